// Loaded before every browser test file (see web-test-runner.config.mjs): a `t()` of a key
// missing in the active locale fails the test that made it.
import { describeMissingKeys, recordMissingKeys, takeMissingKeys } from './missing-keys.js';

recordMissingKeys();

/** Mocha's `Hook#error`: an error set on a hook fails the current test, not the hook. */
type HookWithError = Mocha.Runnable & { error(error: Error): void };

afterEach(function () {
  const missing = takeMissingKeys();
  // Failing the test rather than the hook lets the tests after it still run.
  if (missing.length) {
    (this.test as HookWithError).error(new Error(`missing i18n keys: ${describeMissingKeys(missing)}`));
  }
});

after(() => {
  const missing = takeMissingKeys();
  if (missing.length) throw new Error(`missing i18n keys after the last test: ${describeMissingKeys(missing)}`);
});
