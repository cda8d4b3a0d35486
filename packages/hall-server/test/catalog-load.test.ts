import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseCatalog } from '../src/catalog/import.js';
import { createTestDatabase, DB_KIND, REPO_ROOT, request, startTestServer } from './helpers.js';

const cli = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', join(REPO_ROOT, 'packages/hall-server/src/catalog', script), ...args],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    },
  );

/** A generated catalog of `count` valid items. */
function generated(dir: string, count: number): Record<string, any>[] {
  const file = join(dir, 'generated.json');
  const result = cli('generate-cli.ts', ['--count', String(count), '--out', file]);
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>[];
}

describe('catalog import: text a portal must not show', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zw-import-'));
  const items = generated(dir, 6);
  rmSync(dir, { recursive: true, force: true });

  test('URLs that are not http(s), phones that are not phone numbers, and bidi or zero-width characters in names are line-level errors', () => {
    const bad = structuredClone(items);
    bad[0].onlineUrl = 'javascript:alert(1)';
    bad[1].consultPhone = 'call us';
    bad[2].name = `居民身份证\u202E换领`;
    bad[3].department = `市公安\u200B局`;
    bad[4].materials[0].sampleUrl = 'data:text/html,<script>alert(1)</script>';
    const text = JSON.stringify(bad, null, 2);
    const { items: valid, errors } = parseCatalog(text);
    const found = errors.map((error) => `${error.index}:${error.path}:${error.message}`);
    assert.ok(found.includes('0:onlineUrl:Not an http(s) address'), found.join('\n'));
    assert.ok(found.includes('1:consultPhone:Not a phone number'), found.join('\n'));
    assert.ok(
      found.some((f) => f.startsWith('2:name:Bidirectional control characters')),
      found.join('\n'),
    );
    assert.ok(found.includes('3:department:Zero-width characters are not allowed in names'), found.join('\n'));
    assert.ok(found.includes('4:materials[0].sampleUrl:Not an http(s) address'), found.join('\n'));
    assert.ok(errors.every((error) => typeof error.line === 'number' && error.line > 1));
    assert.equal(valid.length, 1);
  });

  test('text is NFC-normalised', () => {
    const decomposed = structuredClone(items.slice(0, 1));
    decomposed[0].name = 'Cafe\u0301 营业执照';
    const { items: valid, errors } = parseCatalog(JSON.stringify(decomposed));
    assert.deepEqual(errors, []);
    assert.equal(valid[0].name, 'Café 营业执照');
  });
});

describe(`catalog:import --load (${DB_KIND})`, () => {
  test('replaces the catalog in the hall’s database, which the server serves at its next start', async () => {
    const place = await createTestDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'zw-load-'));
    try {
      const env: Record<string, string> = place.databaseUrl
        ? { DATABASE_URL: place.databaseUrl }
        : { HALL_DATA_DIR: place.dataDir!, DATABASE_URL: '' };
      const file = join(dir, 'catalog.json');
      writeFileSync(file, JSON.stringify(generated(dir, 25)));
      // A database the server has never set up is refused.
      const early = cli('import-cli.ts', [file, '--load'], env);
      assert.equal(early.status, 1);
      assert.match(early.stderr, /start it once/);

      await (await startTestServer({}, place)).close();
      const loaded = cli('import-cli.ts', [file, '--load'], env);
      assert.equal(loaded.status, 0, loaded.stderr);
      assert.match(loaded.stderr, /loaded 25 items .*replacing 3/);
      const server = await startTestServer({}, place);
      try {
        const catalog = await request(server.url, '/api/catalog');
        assert.equal(catalog.body.items.length, 25);
      } finally {
        await server.close();
      }
      // A file with any problem loads nothing.
      const broken = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>[];
      broken[3].onlineUrl = 'vbscript:msgbox';
      writeFileSync(file, JSON.stringify(broken));
      const refused = cli('import-cli.ts', [file, '--load'], env);
      assert.equal(refused.status, 1);
      assert.match(refused.stderr, /nothing loaded/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await place.drop();
    }
  });
});
