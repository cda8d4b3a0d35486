// The hall server for bench:queue: the demo hall on a clock that runs BENCH_SPEED times faster
// than real time from 09:00 today (the hall's zone), so a day of queueing passes in minutes and
// every time the server writes (taken, called, done; the service durations its estimates come
// from) is simulated time. Run with --conditions=source --import tsx; prints "listening on URL".
import process from 'node:process';
import { withPinyin } from '../../packages/hall-server/src/catalog/pinyin.ts';
import { seedData } from '../../packages/hall-server/src/seed/index.ts';
import { startServer } from '../../packages/hall-server/src/server.ts';
import { dateInZone, startOfDateInZone } from '../../packages/core/src/date/index.ts';

const speed = Number(process.env.BENCH_SPEED ?? 120);
const zone = seedData.hall.timeZone ?? 'Asia/Shanghai';
const simulatedStart = startOfDateInZone(dateInZone(Date.now(), zone), zone) + 9 * 3_600_000;
const realStart = Date.now();
const clock = () => new Date(simulatedStart + (Date.now() - realStart) * speed);

const server = await startServer({
  seed: seedData,
  withPinyin,
  staffToken: process.env.HALL_STAFF_TOKEN,
  padSecret: process.env.HALL_PAD_SECRET,
  dataDir: process.env.HALL_DATA_DIR,
  port: 0,
  clock,
  // Kiosks and phones of a whole hall come from this one address.
  streamLimits: { perAddress: 1000 },
  http: { maxConnectionsPerAddress: 2000 },
});
console.log(`bench hall listening on ${server.url} (clock ×${speed} from ${new Date(simulatedStart).toISOString()}, ${realStart})`);
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
