import { startTestServer, request } from './helpers.js';
import Database from 'better-sqlite3';
import { join } from 'node:path';
const server = await startTestServer();
const db = new Database(join(server.place.dataDir!, 'hall.db'));
const ins = db.prepare(`insert or ignore into rating_days values (?, ?, ?, ?, 100, 90, 50, 30, 10, 6, 4)`);
db.transaction(() => {
  for (let d = 0; d < 366; d++) {
    const day = new Date(Date.now() - d * 864e5).toISOString().slice(0, 10);
    for (let w = 1; w <= 20; w++) ins.run(day, String(w), `${w}号窗口`, `部门${w % 8}`);
  }
})();
db.close();
const from = new Date(Date.now() - 365 * 864e5).toISOString().slice(0, 10),
  to = new Date().toISOString().slice(0, 10);
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  const r = await request(server.url, `/api/ratings/stats?from=${from}&to=${to}`);
  console.log(r.status, r.body.total, (performance.now() - t).toFixed(1));
}
await server.close();
