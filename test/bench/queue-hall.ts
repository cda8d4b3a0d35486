// The demo hall server for bench:queue, on a clock that runs BENCH_SPEEDUP times faster from
// BENCH_DAY_START (hall time, e.g. 08:30 today): service times, waits and estimates are then
// in the simulated day's minutes, so the estimate's error can be read in minutes a visitor feels.
import { withPinyin } from '../../packages/hall-server/src/catalog/pinyin.js';
import { startServer } from '../../packages/hall-server/src/server.js';
import { seedData } from '../../packages/hall-server/src/seed/index.js';

const speedup = Number(process.env.BENCH_SPEEDUP ?? 120);
const startAt = Date.parse(process.env.BENCH_DAY_START ?? new Date().toISOString());
const realStart = Date.now();
const clock = () => new Date(startAt + (Date.now() - realStart) * speedup);

const server = await startServer({
  seed: seedData,
  withPinyin,
  port: 0,
  dataDir: process.env.HALL_DATA_DIR,
  staffToken: process.env.HALL_STAFF_TOKEN ?? '',
  padSecret: process.env.HALL_PAD_SECRET ?? '',
  clock,
  // One machine plays every board, phone and counter: one address.
  streamLimits: { perAddress: 1000, total: 2000 },
  http: { maxConnectionsPerAddress: 2000 },
});
console.log(`bench hall listening on ${server.url}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
