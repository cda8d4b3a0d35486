import { createRequire } from 'node:module';
import { buildSync } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { checkChromium } from './scripts/chromium.mjs';
import { hallServerPlugin } from './test/helpers/hall-server-plugin.mjs';
import { testSetupPlugin } from './test/helpers/test-setup-plugin.mjs';
import { defaultReporter } from '@web/test-runner';

/**
 * qrcode is CommonJS; the dev server's CommonJS plugin mangles it (ECLevel.from is not a
 * function). Serve it as one pre-bundled ES module, as Vite does.
 */
function prebundledQrcode() {
  const path = '/__prebundled__/qrcode.js';
  let body;
  return {
    name: 'prebundled-qrcode',
    resolveImport({ source }) {
      if (source === 'qrcode') return path;
      return undefined;
    },
    serve(context) {
      if (context.path !== path) return undefined;
      body ??= buildSync({
        entryPoints: [createRequire(import.meta.url).resolve('qrcode/lib/browser.js')],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        write: false,
      }).outputFiles[0].text;
      return { body, type: 'js' };
    },
  };
}

// The system Chromium by default; CHROME_PATH picks another (e.g. Playwright's own build).
// Checked before the hall server starts, so a missing browser fails at once.
const chromium = checkChromium();
if (!chromium.ok) throw new Error(chromium.message);
const executablePath = chromium.path;

export default {
  files: ['packages/*/src/**/test/*.test.ts', 'kiosk/**/test/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'], browser: true },
  // One file at a time: some tests stop the shared hall server to test offline behaviour.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
      },
    }),
  ],
  plugins: [
    hallServerPlugin(),
    // Missing i18n keys fail the test that asked for them.
    testSetupPlugin('/test/helpers/test-setup.ts'),
    prebundledQrcode(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
