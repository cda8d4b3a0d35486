/**
 * Imports a year of the State Council's published days into a running hall server:
 *   npm run calendar:import -- FILE [--server http://127.0.0.1:8787] [--check]
 * FILE is `{"year": 2027, "days": [{"date": "2027-01-01", "isOffDay": true}, …]}` as public
 * holiday data sets publish it. The staff token comes from HALL_STAFF_TOKEN. `--check`
 * validates the file alone and sends nothing. The server keeps every version and tells open
 * countdowns to count again.
 */
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { CalendarImport, calendarFromImport } from '@zhengwu/core/contract';

const USAGE = 'usage: calendar:import FILE [--server URL] [--check]   (HALL_STAFF_TOKEN for the server)\n';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        server: { type: 'string', default: process.env.HALL_API_URL ?? 'http://127.0.0.1:8787' },
        check: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const file = positionals[0];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    process.stderr.write(`${file}: ${(error as Error).message}\n`);
    return 2;
  }
  const result = v.safeParse(CalendarImport, raw);
  if (!result.success) {
    for (const issue of result.issues.slice(0, 50)) {
      const path = (issue.path ?? []).map((item) => String(item.key)).join('.') || '(root)';
      process.stderr.write(`${file}: ${path}: ${issue.message}\n`);
    }
    return 1;
  }
  const calendar = calendarFromImport(result.output);
  const summary = `${calendar.year}: ${calendar.holidays.length} days off, ${calendar.workdays.length} weekend days worked`;
  if (values.check) {
    process.stdout.write(`${file}: valid, ${summary}\n`);
    return 0;
  }
  const token = process.env.HALL_STAFF_TOKEN;
  if (!token) {
    process.stderr.write('HALL_STAFF_TOKEN is not set\n');
    return 2;
  }
  const url = `${values.server.replace(/\/+$/, '')}/api/calendar/${calendar.year}`;
  const response = await fetch(url, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(result.output),
  });
  const body = (await response.json().catch(() => ({}))) as { version?: number; error?: { message?: string } };
  if (!response.ok) {
    process.stderr.write(`${url}: ${response.status} ${body.error?.message ?? ''}\n`);
    return 1;
  }
  process.stdout.write(
    response.status === 201 ? `imported ${summary} as version ${body.version}\n` : `unchanged: ${summary} (version ${body.version ?? 1})\n`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  },
);
