// Child processes for tests and benchmarks: the hall server (or any server that prints its URL)
// started and stopped one way, and the tokens its command lines print.
import { spawn, spawnSync } from 'node:child_process';

const URL_PATTERN = /https?:\/\/[\d.]+:\d+/;

/**
 * Starts `node …args`; `ready` resolves to the first http(s) URL it prints. A process that
 * exits first rejects it, and one that prints none within `timeoutMs` is killed, not left behind.
 */
export function spawnProcess(args, { env = {}, cwd, timeoutMs = 30_000, stderr = 'pipe' } = {}) {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', stderr] });
  let output = '';
  const collect = (chunk) => (output += chunk);
  child.stderr?.on('data', collect);
  const ready = new Promise((resolve, reject) => {
    const done = (error, url) => {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stderr?.off('data', collect);
      child.off('exit', onExit);
      // Keep reading, so a chatty process never blocks on a full pipe.
      child.stdout.resume();
      child.stderr?.resume();
      if (error) reject(error);
      else resolve(url);
    };
    const onData = (chunk) => {
      output += chunk;
      const match = output.match(URL_PATTERN);
      if (match) done(undefined, match[0]);
    };
    const onExit = (code, signal) => done(new Error(`${args.at(-1)} exited with ${code ?? signal}:\n${output}`));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      done(new Error(`${args.at(-1)} printed no URL within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.stdout.on('data', onData);
    child.once('exit', onExit);
  });
  return { child, ready };
}

/** The hall server as `npm run server` starts it, with `env` on top of this process's. */
export function spawnHall(env, options = {}) {
  return spawnProcess(['--conditions=source', '--import', 'tsx', 'packages/hall-server/src/main.ts'], { ...options, env });
}

/** Ends a child process: `signal`, then SIGKILL if it is still there after `graceMs`. */
export function endProcess(child, signal = 'SIGTERM', graceMs = 5_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill(signal);
  });
}

/**
 * The tokens a hall's token command prints (`pad-token-cli.ts`, `kiosk-token-cli.ts`), by id,
 * so tests and benchmarks use them as a hall gets them and never derive them a second way.
 */
export function printedTokens(cli, secret, ids, { cwd } = {}) {
  const printed = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', `packages/hall-server/src/${cli}`, ...ids], {
    cwd,
    env: { ...process.env, HALL_PAD_SECRET: secret },
    encoding: 'utf8',
  });
  const tokens = new Map([...printed.stdout.matchAll(/^\w+ (\S+): (\S+)/gm)].map((match) => [match[1], match[2]]));
  for (const id of ids) if (!tokens.has(id)) throw new Error(`${cli} printed no token for ${id}: ${printed.stderr}`);
  return tokens;
}
