import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { connect } from '../src/db/connect.js';
import { parseHall } from '../src/hall-config/parse.js';
import { issueCredential } from '../src/staff/credentials.js';
import { HALL_YAML, hallCli } from './hall-files.js';
import { createTestDatabase, DB_KIND, postJson, request, startTestServer, type TestDatabase } from './helpers.js';

const envOf = (place: TestDatabase): Record<string, string> =>
  place.databaseUrl ? { DATABASE_URL: place.databaseUrl } : { HALL_DATA_DIR: place.dataDir! };

describe(`hall:import (${DB_KIND})`, () => {
  let dir: string;
  let place: TestDatabase;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zw-hall-import-'));
    place = await createTestDatabase();
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await place.drop();
  });

  test('a database the server never set up is refused', () => {
    const file = join(dir, 'hall.yaml');
    writeFileSync(file, HALL_YAML);
    const result = hallCli([file], envOf(place));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /not imported: this database has not been set up by the hall server yet/);
  });

  test('an invalid file imports nothing', async () => {
    const first = await startTestServer({}, place);
    await first.close();
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, HALL_YAML.replace('prefix: B', 'prefix: A'));
    const result = hallCli([file], envOf(place));
    assert.equal(result.status, 1);
    const again = await startTestServer({}, place);
    try {
      assert.equal((await request(again.url, '/api/hall')).body.code, 'test-hall');
      assert.equal((await request(again.url, '/api/hall')).body.name, '测试市政务服务中心');
      assert.equal((await request(again.url, '/api/hall')).body.kiosks, undefined, 'still the fixture hall');
    } finally {
      await again.close();
    }
  });

  test('a valid file replaces the hall; the restarted server serves it and its staff sign in', async () => {
    // s003 was a clerk of the hall before; the new file has s001 and s002 only.
    const database = connect({ dataDir: place.dataDir, databaseUrl: place.databaseUrl });
    let credential: string;
    try {
      credential = await issueCredential(database, 's002');
      await issueCredential(database, 's003');
    } finally {
      await database.close();
    }
    const file = join(dir, 'hall.yaml');
    writeFileSync(file, HALL_YAML.replace('name: 测试市政务服务中心', 'name: 新测试市政务服务中心'));
    const result = hallCli([file], envOf(place));
    assert.equal(result.status, 0, result.stderr);
    assert.match(
      result.stderr,
      /imported 新测试市政务服务中心 \(test-hall\): 2 windows, 2 categories, 2 staff into .* \(replacing test-hall\); restart/,
    );

    const server = await startTestServer({ tarpitMs: 0 }, place);
    try {
      const hall = await request(server.url, '/api/hall');
      assert.deepEqual(hall.body, { ...parseHall(HALL_YAML).hall, name: '新测试市政务服务中心' });
      const signIn = await postJson(server.url, '/api/windows/2/sign-in', { staffId: 's002', credential });
      assert.equal(signIn.status, 200, signIn.text);
      assert.deepEqual(signIn.body.staff, { id: 's002', name: '王芳', number: 'RS002' });
      const check = connect({ dataDir: place.dataDir, databaseUrl: place.databaseUrl });
      try {
        const left = await check.db.selectFrom('staff_credentials').select('staff_id').orderBy('staff_id').execute();
        assert.deepEqual(
          left.map((row) => row.staff_id),
          ['s002'],
          'the credential of a clerk who left the hall is gone',
        );
      } finally {
        await check.close();
      }
    } finally {
      await server.close();
    }
  });
});
