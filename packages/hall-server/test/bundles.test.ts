import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { BundleGuide, BundlesResponse, type ServiceBundle } from '@zhengwu/core/contract';
import { withPinyin } from '../src/catalog/pinyin.js';
import { seedBundles, seedData, seedItems } from '../src/seed/index.js';
import { parseBundles } from '../src/bundles/import.js';
import { DB_KIND, REPO_ROOT, createTestDatabase, request, startTestServer, type TestServer } from './helpers.js';

describe(`一件事 bundles (${DB_KIND})`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ seed: seedData, withPinyin });
  });
  after(async () => {
    await server.close();
  });

  test('the seed has the five life events, each over items of several departments', () => {
    const names = seedBundles.map((bundle) => bundle.name);
    for (const name of ['出生一件事', '结婚一件事', '退休一件事', '开办企业一件事', '二手房过户一件事'])
      assert.ok(names.includes(name), name);
    const departments = new Map(seedItems.map((item) => [item.code, item.department]));
    for (const bundle of seedBundles) {
      assert.ok(
        bundle.items.every((code) => departments.has(code)),
        `${bundle.name} lists only seed items`,
      );
      assert.ok(new Set(bundle.items.map((code) => departments.get(code))).size >= 2, `${bundle.name} spans departments`);
      assert.ok(bundle.aliases.length >= 3, `${bundle.name} has everyday names`);
    }
    assert.ok(seedBundles.find((bundle) => bundle.code === 'birth')!.aliases.includes('生孩子'));
  });

  test('GET /api/catalog/bundles lists the bundles in order, valid against the contract', async () => {
    const response = await request(server.url, '/api/catalog/bundles');
    assert.equal(response.status, 200);
    const body = v.parse(BundlesResponse, response.body);
    assert.deepEqual(
      body.bundles.map((bundle) => bundle.code),
      seedBundles.map((bundle) => bundle.code),
    );
  });

  test("GET /api/catalog/bundles/{code} answers the bundle with every item's full guide in its order", async () => {
    const response = await request(server.url, '/api/catalog/bundles/birth');
    assert.equal(response.status, 200);
    const guide = v.parse(BundleGuide, response.body);
    assert.equal(guide.bundle.name, '出生一件事');
    assert.deepEqual(
      guide.items.map((item) => item.code),
      guide.bundle.items,
    );
    assert.ok(guide.items.every((item) => item.steps.length > 0 && item.materials.length > 0));
  });

  test('an unknown or malformed bundle code is a 404, and item routes still work', async () => {
    for (const path of ['/api/catalog/bundles/nope', '/api/catalog/bundles/%3Cscript%3E']) {
      const response = await request(server.url, path);
      assert.equal(response.status, 404, path);
      assert.equal(response.body.error.code, 'unknown_bundle');
    }
    const item = await request(server.url, `/api/catalog/${seedBundles[0].items[0]}`);
    assert.equal(item.status, 200);
  });
});

describe(`bundle seeding (${DB_KIND})`, () => {
  test('a bundle that lists an item the catalog lacks is left out, and the server starts', async (t) => {
    const warnings: string[] = [];
    t.mock.method(console, 'warn', (message: string) => warnings.push(message));
    const broken: ServiceBundle = { ...seedBundles[0], code: 'broken', items: [seedBundles[0].items[0], 'NO_SUCH_ITEM'] };
    const server = await startTestServer({ seed: { ...seedData, bundles: [broken, seedBundles[1]] }, withPinyin });
    try {
      const response = await request(server.url, '/api/catalog/bundles');
      assert.deepEqual(
        response.body.bundles.map((bundle: ServiceBundle) => bundle.code),
        [seedBundles[1].code],
      );
      assert.ok(
        warnings.some((warning) => /bundle broken left out: the catalog has no item NO_SUCH_ITEM/.test(warning)),
        warnings.join('\n'),
      );
    } finally {
      await server.close();
    }
  });

  test('bundles are written once: a restart on the same database keeps them and adds none', async () => {
    const place = await createTestDatabase();
    try {
      const first = await startTestServer({ seed: seedData, withPinyin }, place);
      await first.close();
      const again = await startTestServer({ seed: { ...seedData, bundles: [{ ...seedBundles[0], code: 'extra' }] }, withPinyin }, place);
      try {
        const response = await request(again.url, '/api/catalog/bundles');
        assert.deepEqual(
          response.body.bundles.map((bundle: ServiceBundle) => bundle.code),
          seedBundles.map((bundle) => bundle.code),
        );
      } finally {
        await again.close();
      }
    } finally {
      await place.drop();
    }
  });
});

describe('parseBundles', () => {
  test('takes { bundles } or an array, and names every problem with the bundle and field', () => {
    assert.equal(parseBundles(JSON.stringify({ bundles: seedBundles })).bundles.length, seedBundles.length);
    assert.deepEqual(parseBundles(JSON.stringify(seedBundles)).errors, []);
    const broken = [seedBundles[0], { ...seedBundles[1], items: ['only-one'] }, { ...seedBundles[2], code: seedBundles[0].code }];
    const { errors } = parseBundles(JSON.stringify(broken));
    assert.equal(errors.length, 2, errors.join('\n'));
    assert.match(errors[0], /^bundle 1 \(marriage\): items: /);
    assert.match(errors[1], /^bundle 2 \(birth\): code: used by an earlier bundle/);
    assert.match(parseBundles('{').errors[0], /^Invalid JSON/);
    assert.match(parseBundles('{"items": []}').errors[0], /expected/);
  });
});

describe(`bundles:import --load (${DB_KIND})`, () => {
  const cli = (args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/hall-server/src/bundles/import-cli.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });

  test('replaces the bundles, served at once; a bundle naming an unknown item loads nothing', async () => {
    const place = await createTestDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'zw-bundles-'));
    try {
      const env: Record<string, string> = place.databaseUrl
        ? { DATABASE_URL: place.databaseUrl }
        : { HALL_DATA_DIR: place.dataDir!, DATABASE_URL: '' };
      const file = join(dir, 'bundles.json');
      const renamed = { ...seedBundles[0], code: 'newborn', name: '新生儿出生一件事' };
      writeFileSync(file, JSON.stringify({ bundles: [renamed, seedBundles[1]] }));
      assert.match(cli([file, '--load'], env).stderr, /start it once/);

      const server = await startTestServer({ seed: seedData, withPinyin }, place);
      try {
        const loaded = cli([file, '--load'], env);
        assert.equal(loaded.status, 0, loaded.stderr);
        assert.match(loaded.stderr, /loaded 2 bundles .*replacing 5/);
        const response = await request(server.url, '/api/catalog/bundles');
        assert.deepEqual(
          response.body.bundles.map((bundle: ServiceBundle) => bundle.code),
          ['newborn', 'marriage'],
        );

        writeFileSync(file, JSON.stringify([{ ...renamed, items: [renamed.items[0], 'NO_SUCH_ITEM'] }]));
        const refused = cli([file, '--load'], env);
        assert.equal(refused.status, 1);
        assert.match(refused.stderr, /not loaded: items not in the catalog: newborn: NO_SUCH_ITEM/);
        assert.equal((await request(server.url, '/api/catalog/bundles')).body.bundles.length, 2);
      } finally {
        await server.close();
      }
      // The seed's bundles are not added back at the next start.
      const again = await startTestServer({ seed: seedData, withPinyin }, place);
      try {
        assert.equal((await request(again.url, '/api/catalog/bundles')).body.bundles.length, 2);
      } finally {
        await again.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await place.drop();
    }
  });
});
