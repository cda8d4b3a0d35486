import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { dateAt, dateInZone, startOfDateInZone, timeZoneOffsetMinutes, timestampInZone, zonedTimestamp } from '@zhengwu/core/date';
import { DB_KIND, kioskAuth, postJson, request, startTestServer, type TestServer } from './helpers.js';
import { queueSeed, take } from './queue-helpers.js';

describe('time zones in @zhengwu/core/date', () => {
  test('the offset of an IANA zone at an instant, daylight saving included', () => {
    assert.equal(timeZoneOffsetMinutes('Asia/Shanghai', Date.parse('2026-07-01T00:00:00Z')), 480);
    assert.equal(timeZoneOffsetMinutes('Europe/Berlin', Date.parse('2026-01-15T12:00:00Z')), 60);
    assert.equal(timeZoneOffsetMinutes('Europe/Berlin', Date.parse('2026-07-15T12:00:00Z')), 120);
    // New York springs forward at 02:00 EST on 8 March 2026 (07:00 UTC).
    assert.equal(timeZoneOffsetMinutes('America/New_York', Date.parse('2026-03-08T06:59:59Z')), -300);
    assert.equal(timeZoneOffsetMinutes('America/New_York', Date.parse('2026-03-08T07:00:00Z')), -240);
    assert.equal(timeZoneOffsetMinutes('Asia/Kolkata', new Date('2026-11-22T00:00:00Z')), 330);
    assert.equal(timeZoneOffsetMinutes('UTC', 0), 0);
    assert.throws(() => timeZoneOffsetMinutes('Mars/Olympus_Mons', 0), RangeError);
  });

  test('days, timestamps and the start of a day in a zone', () => {
    assert.equal(dateInZone(Date.parse('2026-03-08T04:59:00Z'), 'America/New_York'), '2026-03-07');
    assert.equal(dateInZone(Date.parse('2026-03-08T05:00:00Z'), 'America/New_York'), '2026-03-08');
    assert.equal(timestampInZone(Date.parse('2026-10-25T00:30:00Z'), 'Europe/Berlin'), '2026-10-25T02:30:00.000+02:00');
    assert.equal(timestampInZone(Date.parse('2026-10-25T01:30:00Z'), 'Europe/Berlin'), '2026-10-25T02:30:00.000+01:00');
    assert.equal(new Date(startOfDateInZone('2026-03-29', 'Europe/Berlin')).toISOString(), '2026-03-28T23:00:00.000Z');
    assert.equal(new Date(startOfDateInZone('2026-10-25', 'Europe/Berlin')).toISOString(), '2026-10-24T22:00:00.000Z');
    // Chile moves its clocks at midnight: 6 September 2026 begins at 01:00.
    assert.equal(new Date(startOfDateInZone('2026-09-06', 'America/Santiago')).toISOString(), '2026-09-06T04:00:00.000Z');
    // The fixed offset the progress code uses is unchanged.
    assert.equal(dateAt(Date.parse('2026-11-22T16:30:00Z')), '2026-11-23');
    assert.equal(zonedTimestamp(Date.parse('2026-11-22T01:30:00Z')), '2026-11-22T09:30:00.000+08:00');
  });
});

describe(`a hall in another time zone (${DB_KIND})`, () => {
  const servers: TestServer[] = [];
  after(async () => {
    for (const server of servers) await server.close();
  });
  const start = async (timeZone: string, clock: () => Date) => {
    const hall = {
      ...queueSeed.hall,
      timeZone,
      categories: [
        ...queueSeed.hall.categories,
        { code: 'morning', name: '上午', prefix: 'M', priority: false, issuingHours: { from: '08:30', to: '12:00' } },
      ],
      windows: queueSeed.hall.windows.map((w) => (w.id === '1' ? { ...w, categories: [...w.categories, 'morning'] } : w)),
    };
    const server = await startTestServer({ seed: { ...queueSeed, hall }, clock });
    servers.push(server);
    return server;
  };

  test('America/New_York: numbers restart at New York midnight, across the change to summer time', async () => {
    let now = new Date('2026-03-08T04:58:00Z'); // 23:58 EST on the 7th (12:58 on the 8th in Beijing)
    const server = await start('America/New_York', () => now);
    const late = await take(server.url, { category: 'general' }, kioskAuth());
    assert.equal(late.number, 'A001');
    assert.equal(late.day, '2026-03-07');
    assert.equal(late.takenAt, '2026-03-07T23:58:00.000-05:00');
    assert.equal((await take(server.url, { category: 'general' }, kioskAuth())).number, 'A002');
    now = new Date('2026-03-08T05:01:00Z'); // 00:01 EST on the 8th: still 8 March in Beijing, a new day here
    const first = await take(server.url, { category: 'general' }, kioskAuth());
    assert.equal(first.number, 'A001');
    assert.equal(first.day, '2026-03-08');
    now = new Date('2026-03-08T07:30:00Z'); // 03:30 EDT: the clocks went forward, the same day
    const summer = await take(server.url, { category: 'general' }, kioskAuth());
    assert.equal(summer.number, 'A002');
    assert.equal(summer.takenAt, '2026-03-08T03:30:00.000-04:00');
    const queue = (await request(server.url, '/api/queue')).body;
    assert.equal(queue.day, '2026-03-08');
    assert.equal(queue.categories.find((c: any) => c.code === 'general').waiting, 2);
    now = new Date('2026-03-09T04:00:30Z'); // 00:00:30 EDT on the 9th
    assert.equal((await take(server.url, { category: 'general' }, kioskAuth())).number, 'A001');

    // Issuing hours are New York's: 09:00 EDT is 13:00 UTC.
    now = new Date('2026-03-09T13:00:00Z');
    assert.equal((await postJson(server.url, '/api/tickets', { category: 'morning' }, kioskAuth())).status, 201);
    now = new Date('2026-03-09T16:30:00Z'); // 12:30 EDT
    const closed = await postJson(server.url, '/api/tickets', { category: 'morning' }, kioskAuth());
    assert.equal(closed.body.error.code, 'outside_issuing_hours');
  });

  test('Europe/Berlin: the day and the timestamps are Berlin’s, winter and summer', async () => {
    let now = new Date('2026-10-24T21:59:00Z'); // 23:59 CEST on the 24th
    const server = await start('Europe/Berlin', () => now);
    const summer = await take(server.url, { category: 'general' }, kioskAuth());
    assert.equal(summer.day, '2026-10-24');
    assert.equal(summer.takenAt, '2026-10-24T23:59:00.000+02:00');
    now = new Date('2026-10-24T22:00:00Z'); // midnight in Berlin
    const next = await take(server.url, { category: 'general' }, kioskAuth());
    assert.equal(next.number, 'A001');
    assert.equal(next.day, '2026-10-25');
    now = new Date('2026-10-25T08:00:00Z'); // 09:00 CET, after the clocks went back
    const winter = await take(server.url, { category: 'general' }, kioskAuth());
    assert.equal(winter.number, 'A002');
    assert.equal(winter.takenAt, '2026-10-25T09:00:00.000+01:00');
  });

  test('a zone the runtime does not know stops the start', async () => {
    await assert.rejects(
      start('Mars/Olympus_Mons', () => new Date()),
      /time zone/,
    );
  });
});
