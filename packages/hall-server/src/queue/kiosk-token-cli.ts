/**
 * Prints the ticket-issuing token of each self-service kiosk named, from HALL_PAD_SECRET:
 *   HALL_PAD_SECRET=… node --conditions=source --import tsx packages/hall-server/src/queue/kiosk-token-cli.ts KIOSK…
 * The kiosk sends it as `Authorization: Bearer <token>` when it takes a ticket.
 */
import process from 'node:process';
import { MIN_SECRET_LENGTH, kioskToken } from '../ratings/tokens.js';

const secret = process.env.HALL_PAD_SECRET ?? '';
if (secret.length < MIN_SECRET_LENGTH) {
  process.stderr.write(`Set HALL_PAD_SECRET (at least ${MIN_SECRET_LENGTH} characters) as the hall server has it.\n`);
  process.exit(1);
}
const ids = process.argv.slice(2);
if (ids.length === 0) {
  process.stderr.write('usage: kiosk-token KIOSK… (a kiosk id of letters, digits, - or _, e.g. lobby-1)\n');
  process.exit(2);
}
for (const id of ids) {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
    process.stderr.write(`not a kiosk id: ${id}\n`);
    process.exit(1);
  }
  process.stdout.write(`kiosk ${id}: ${kioskToken(secret, id)}\n`);
}
