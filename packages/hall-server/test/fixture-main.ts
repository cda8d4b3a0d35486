// The command-line server with the fixture hall, for tests that need a separate process.
import { runMain } from '../src/cli.js';
import { fixturePinyin, fixtureSeed } from './fixtures.js';

runMain(fixtureSeed, fixturePinyin).catch((error: unknown) => {
  console.error('hall server failed to start:', error);
  process.exit(1);
});
