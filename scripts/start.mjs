// `npm start`: the hall server (embedded database in ./.data unless DATABASE_URL is set) and
// the kiosk, which reaches the server through the kiosk's own origin (/api is proxied).
import { spawn } from 'node:child_process';
import { createServer } from 'vite';

const serverPort = process.env.PORT ?? '8787';
const server = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/hall-server/src/main.ts'], {
  env: { ...process.env, PORT: serverPort },
  stdio: ['ignore', 'pipe', 'inherit'],
});

const serverUrl = await new Promise((resolve, reject) => {
  let output = '';
  server.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    output += chunk;
    const match = output.match(/https?:\/\/[\w.:-]+:\d+/);
    if (match) resolve(match[0]);
  });
  server.once('exit', (code) => reject(new Error(`the hall server stopped (exit ${code})`)));
});

const kiosk = await createServer({
  configFile: 'vite.config.ts',
  server: { proxy: { '/api': { target: serverUrl, changeOrigin: false } } },
});
await kiosk.listen();
const kioskUrl = kiosk.resolvedUrls.local[0];
console.log(`\n  hall server  ${serverUrl}/api  (OpenAPI: ${serverUrl}/api/openapi.json)`);
console.log(`  kiosk        ${kioskUrl}\n`);

const stop = async () => {
  server.kill('SIGTERM');
  await kiosk.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', async (code) => {
  console.error(`the hall server stopped (exit ${code})`);
  await kiosk.close();
  process.exit(code ?? 1);
});
