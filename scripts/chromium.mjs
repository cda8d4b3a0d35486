// The Chromium that the system and browser tests drive: Debian's by default, CHROME_PATH for
// another (e.g. Playwright's own build). Checked before anything starts, so a machine without it
// gets one clear message at once instead of failed setups and servers left running.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const INSTALL_COMMAND = 'apt-get install -y chromium fonts-noto-cjk';

/** The binary to launch: `CHROME_PATH`, or Debian's Chromium. */
export function chromiumPath(env = process.env) {
  return env.CHROME_PATH || DEFAULT_CHROMIUM;
}

/**
 * Whether the browser is there and runs: `{ ok: true, version }` or `{ ok: false, message }`,
 * the message naming CHROME_PATH and the install command.
 */
export function checkChromium(env = process.env) {
  const path = chromiumPath(env);
  const where = env.CHROME_PATH ? `CHROME_PATH=${path}` : `${path} (CHROME_PATH is not set)`;
  let problem;
  if (!existsSync(path)) {
    problem = 'no such file';
  } else {
    const probe = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 15_000 });
    if (probe.error) problem = probe.error.message;
    else if (probe.status !== 0) problem = `\`--version\` exited with ${probe.status ?? probe.signal}`;
    else return { ok: true, path, version: probe.stdout.trim() };
  }
  const message = [
    `Chromium is needed for the system and browser tests, and ${where} does not run: ${problem}.`,
    `Install it with:  ${INSTALL_COMMAND}`,
    `or set CHROME_PATH to a Chromium or Chrome binary.`,
  ].join('\n');
  return { ok: false, path, message };
}
