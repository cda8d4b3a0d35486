import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

const commonjs = fromRollup(rollupCommonjs);

// The system Chromium by default; CHROME_PATH picks another (e.g. Playwright's own build).
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['packages/*/src/**/test/*.test.ts', 'kiosk/**/test/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'], browser: true },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        args: [
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-gpu',
        ],
      },
    }),
  ],
  plugins: [
    commonjs({ include: ['**/node_modules/qrcode/**', '**/node_modules/dijkstrajs/**'] }),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
