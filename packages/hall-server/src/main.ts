import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withPinyin } from './catalog/pinyin.js';
import { runMain } from './cli.js';
import { seedData } from './seed/index.js';

export { startServer, type RunningServer, type ServerOptions } from './server.js';

const isEntry = process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
if (isEntry) {
  runMain(seedData, withPinyin).catch((error: unknown) => {
    console.error('hall server failed to start:', error);
    process.exit(1);
  });
}
