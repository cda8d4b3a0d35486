/**
 * Prints the pad token of each window given (or of every window of the seed hall), from
 * HALL_PAD_SECRET, with the pad's address:
 *   HALL_PAD_SECRET=… node --conditions=source --import tsx packages/hall-server/src/ratings/pad-token-cli.ts [WINDOW…]
 */
import process from 'node:process';
import { windows } from '../seed/hall.js';
import { MIN_SECRET_LENGTH, padToken } from './tokens.js';

const secret = process.env.HALL_PAD_SECRET ?? '';
if (secret.length < MIN_SECRET_LENGTH) {
  process.stderr.write(`Set HALL_PAD_SECRET (at least ${MIN_SECRET_LENGTH} characters) as the hall server has it.\n`);
  process.exit(1);
}
const ids = process.argv.slice(2);
for (const id of ids.length > 0 ? ids : windows.map((window) => window.id)) {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
    process.stderr.write(`not a window id: ${id}\n`);
    process.exit(1);
  }
  const token = padToken(secret, id);
  process.stdout.write(`window ${id}: ${token}  (/pad?window=${id}&token=${token})\n`);
}
