import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { ServiceItem, type TimeLimit } from '@zhengwu/core/contract';
import { computePinyin, withPinyin } from '../src/catalog/pinyin.js';
import { generateCatalog, serialiseCatalog } from '../src/catalog/generate.js';
import { formatCatalogError, locateItems, parseCatalog } from '../src/catalog/import.js';
import { seedData } from '../src/seed/index.js';

const ItemInput = v.omit(ServiceItem, ['pinyin']);
const root = fileURLToPath(new URL('../../../', import.meta.url));

function inDays(limit: TimeLimit): number {
  return limit.unit === 'day' ? limit.value : Math.ceil((limit.value * 7) / 5);
}

/** 1-based line of each line that opens an item in `JSON.stringify(items, null, 2)`. */
function prettyItemLines(text: string): number[] {
  return text.split('\n').flatMap((line, index) => (line === '  {' ? [index + 1] : []));
}

describe('computePinyin', () => {
  it('gives both readings of 银行', () => {
    const { full, initials } = computePinyin('银行账户变更');
    // 行 reads hang (from context), xing, heng; 账 zhang, 更 geng.
    assert.deepEqual(initials, ['yhzhbg', 'yxzhbg']);
    assert.deepEqual(full, ['yin hang zhang hu bian geng', 'yin xing zhang hu bian geng', 'yin heng zhang hu bian geng']);
    // The lattice lists every reading of 行 once, the one from context first.
    assert.match(computePinyin('银行账户变更').lattice!, /^yin hang\|xing\|heng zhang hu bian geng/);
  });

  it('reads 身份证, 护照 and 户政 as typed on a kiosk keyboard', () => {
    assert.equal(computePinyin('居民身份证换领').initials[0], 'jmsfzhl');
    assert.equal(computePinyin('居民身份证换领').full[0], 'ju min shen fen zheng huan ling');
    assert.deepEqual(computePinyin('普通护照签发'), {
      full: ['pu tong hu zhao qian fa'],
      initials: ['pthzqf'],
      lattice: 'pu tong hu zhao qian fa',
    });
    assert.equal(computePinyin('户政档案查询').initials[0], 'hzdacx');
    assert.equal(computePinyin('户政档案查询').full[0], 'hu zheng dang an cha xun');
  });

  it('puts the reading from context first and keeps the others', () => {
    assert.deepEqual(computePinyin('重新申领').initials, ['cxsl', 'zxsl']);
    const repay = computePinyin('住房公积金贷款提前还款');
    assert.equal(repay.full[0], 'zhu fang gong ji jin dai kuan ti qian hai kuan');
    assert.ok(repay.full.includes('zhu fang gong ji jin dai kuan ti qian huan kuan'));
    assert.ok(computePinyin('单位参保登记').initials.includes('dwcbdj'));
    const longTerm = computePinyin('长期护理保险待遇申请');
    assert.equal(longTerm.initials[0], 'cqhlbxdysq');
    assert.ok(longTerm.initials.includes('zqhlbxdysq'));
  });

  it('keeps Latin letters and digits, drops punctuation, writes ü as v', () => {
    assert.equal(computePinyin('ID卡２号').full[0], 'id ka 2 hao');
    assert.equal(computePinyin('ID卡２号').initials[0], 'idk2h');
    assert.equal(computePinyin('《营业执照》补领（遗失）').initials[0], 'yyzzblys');
    assert.equal(computePinyin('绿色通道').full[0], 'lv se tong dao');
    for (const item of seedData.items) {
      const { full, initials } = computePinyin(item.name);
      for (const text of initials) assert.match(text, /^[a-z0-9]+$/, item.name);
      for (const text of full) assert.match(text, /^[a-z0-9]+( [a-z0-9]+)*$/, item.name);
    }
  });

  it('caps the reading combinations and returns fresh arrays', () => {
    const name = '中华人民共和国行政许可法单位参保长期重新还款';
    assert.ok(computePinyin(name).full.length <= 16);
    assert.ok(computePinyin(name, 4).full.length <= 4);
    const first = computePinyin('银行账户变更');
    first.initials.push('changed');
    assert.deepEqual(computePinyin('银行账户变更').initials, ['yhzhbg', 'yxzhbg']);
  });

  it('withPinyin makes a valid ServiceItem', () => {
    const item = withPinyin(seedData.items[0]);
    assert.doesNotThrow(() => v.parse(ServiceItem, item));
    assert.ok(item.pinyin.initials[0].length > 0);
  });
});

describe('generateCatalog', () => {
  it('builds 10,000 valid items with unique codes in well under 5 s', () => {
    const started = performance.now();
    const items = generateCatalog(10_000);
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 5000, `took ${Math.round(elapsed)} ms`);
    assert.equal(items.length, 10_000);
    for (const item of items) {
      const result = v.safeParse(ItemInput, item);
      assert.ok(result.success, `${item.code}: ${result.issues?.map((issue) => issue.message).join('; ')}`);
      assert.ok(inDays(item.promisedLimit) <= inDays(item.legalLimit), item.code);
      assert.equal(item.online, item.onlineUrl !== undefined, item.code);
    }
    assert.equal(new Set(items.map((item) => item.code)).size, items.length);
    assert.ok(new Set(items.map((item) => item.department)).size >= 50);
    assert.ok(new Set(items.map((item) => item.name)).size >= 1000);
    const audiences = new Set(items.flatMap((item) => item.audiences));
    assert.ok(audiences.has('natural') && audiences.has('legal'));
    assert.ok(items.some((item) => item.highFrequency) && items.some((item) => item.caseType === 'immediate'));
    // No clash with the hand-written seed.
    const seedCodes = new Set(seedData.items.map((item) => item.code));
    assert.ok(items.every((item) => !seedCodes.has(item.code)));
  });

  it('is deterministic for a seed and differs between seeds', () => {
    assert.deepEqual(generateCatalog(300, 42), generateCatalog(300, 42));
    assert.notDeepEqual(generateCatalog(300, 42), generateCatalog(300, 43));
    assert.deepEqual(generateCatalog(50), generateCatalog(50, 1));
  });

  it('keeps codes unique past the number of distinct combinations', () => {
    const items = generateCatalog(20_000, 3);
    assert.equal(new Set(items.map((item) => item.code)).size, 20_000);
  });

  it('rejects a count that is not a whole number', () => {
    assert.throws(() => generateCatalog(-1), RangeError);
    assert.throws(() => generateCatalog(1.5), RangeError);
    assert.deepEqual(generateCatalog(0), []);
  });
});

describe('parseCatalog', () => {
  it('accepts a valid file and adds pinyin', () => {
    const source = generateCatalog(50, 9);
    const progress: [number, number][] = [];
    const { items, errors } = parseCatalog(serialiseCatalog(source), (done, total) => progress.push([done, total]));
    assert.deepEqual(errors, []);
    assert.equal(items.length, 50);
    for (const item of items) assert.doesNotThrow(() => v.parse(ServiceItem, item));
    assert.deepEqual(items[0].pinyin, computePinyin(source[0].name));
    assert.deepEqual(progress[progress.length - 1], [50, 50]);
  });

  it('accepts the hand-written seed and the { "items": [...] } form', () => {
    const { items, errors } = parseCatalog(JSON.stringify({ version: '2026-03', items: seedData.items }, null, 2));
    assert.deepEqual(errors, []);
    assert.equal(items.length, seedData.items.length);
  });

  it('names the index, start line, path and message of a broken item', () => {
    const source = generateCatalog(10, 5) as unknown as Record<string, any>[];
    source[7].materials[2].originals = '2';
    const text = JSON.stringify(source, null, 2);
    const lines = prettyItemLines(text);
    assert.equal(lines.length, 10);
    const { items, errors } = parseCatalog(text);
    assert.equal(items.length, 9);
    assert.equal(errors.length, 1);
    const [error] = errors;
    assert.equal(error.index, 7);
    assert.equal(error.line, lines[7]);
    assert.equal(error.code, source[7].code);
    assert.equal(error.path, 'materials[2].originals');
    assert.match(error.message, /^Invalid type: Expected number but received "2"/);
    assert.equal(
      formatCatalogError('catalog.json', error),
      `catalog.json:${lines[7]} item 7 (${source[7].code}): materials[2].originals: ${error.message}`,
    );
  });

  it('reports missing and unknown fields, bad values and duplicate codes', () => {
    const source = generateCatalog(4, 11) as unknown as Record<string, any>[];
    delete source[0].hours;
    source[1].onlineURL = 'https://zwfw.example.gov.cn/typo';
    source[2].legalLimit = { value: 10, unit: 'week' };
    source[3].code = source[1].code;
    const { items, errors } = parseCatalog(serialiseCatalog(source as never));
    assert.equal(items.length, 0);
    const summary = errors.map((error) => [error.index, error.line, error.path]);
    assert.deepEqual(summary, [
      [0, 2, 'hours'],
      [1, 3, 'onlineURL'],
      [2, 4, 'legalLimit.unit'],
      [3, 5, 'code'],
    ]);
    assert.equal(errors[0].message, 'Missing required field');
    assert.match(errors[1].message, /Unknown field/);
    assert.match(errors[3].message, /Duplicate code: already used by item 1 \(line 3\)/);
  });

  it('points a JSON syntax error at its line and item', () => {
    const text = '[\n{"code": "a"},\n{"code": "b",}\n]';
    const { items, errors } = parseCatalog(text);
    assert.equal(items.length, 0);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].line, 3);
    assert.equal(errors[0].index, 1);
    assert.match(errors[0].message, /^Invalid JSON/);
  });

  it('rejects a file that is not a list of items', () => {
    for (const text of ['{"items": 3}', '"hello"', '{}']) {
      const { errors } = parseCatalog(text);
      assert.equal(errors.length, 1, text);
      assert.equal(errors[0].index, -1);
    }
    assert.deepEqual(parseCatalog('[]'), { items: [], errors: [] });
    assert.equal(parseCatalog('\uFEFF[]').errors.length, 0, 'a byte-order mark is fine');
  });

  it('locates items despite brackets and quotes inside strings', () => {
    const text = '{\n "note": "[not, items]",\n "it\\"ems": [0],\n "items": [\n  {"a": "}],\\""},\n  {"b": [1, {"c": 2}]}\n ]\n}';
    assert.deepEqual(locateItems(text).lines, [5, 6]);
    const { errors } = parseCatalog(text);
    assert.deepEqual(new Set(errors.map((error) => `${error.index}@${error.line}`)), new Set(['0@5', '1@6']));
  });
});

describe('catalog command lines', () => {
  const run = (script: string, args: string[]) =>
    spawnSync(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', join(root, 'packages/hall-server/src/catalog', script), ...args],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );

  it('generate-cli writes a file that import-cli accepts; import-cli fails on a broken one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zw-catalog-'));
    try {
      const catalog = join(dir, 'catalog.json');
      const generated = run('generate-cli.ts', ['--count', '30', '--out', catalog]);
      assert.equal(generated.status, 0, generated.stderr);
      const normalised = join(dir, 'normalised.json');
      const imported = run('import-cli.ts', [catalog, '--out', normalised]);
      assert.equal(imported.status, 0, imported.stderr);
      assert.match(imported.stderr, /checked 30 items .*30 valid/);
      assert.equal((JSON.parse(readFileSync(normalised, 'utf8')) as unknown[]).length, 30);

      const items = JSON.parse(readFileSync(catalog, 'utf8')) as Record<string, any>[];
      items[4].visits = -1;
      const broken = join(dir, 'broken.json');
      writeFileSync(broken, serialiseCatalog(items as never));
      const failed = run('import-cli.ts', [broken]);
      assert.equal(failed.status, 1);
      assert.ok(failed.stderr.includes(`broken.json:6 item 4 (${items[4].code}): visits: Invalid value`), failed.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
