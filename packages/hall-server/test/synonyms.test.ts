import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withPinyin } from '../src/catalog/pinyin.js';
import { parseCatalog } from '../src/catalog/import.js';
import { SYNONYMS, hallSynonyms, withSearchTerms } from '../src/catalog/synonyms.js';
import { seedData } from '../src/seed/index.js';

describe('aliases and synonyms', () => {
  it('every seed item has aliases of its own, within the contract', () => {
    for (const item of seedData.items) {
      assert.ok(item.aliases && item.aliases.length >= 2, item.name);
      for (const alias of item.aliases) assert.ok(alias.length <= 40 && alias !== item.name, `${item.name}: ${alias}`);
    }
  });

  it('an import keeps the aliases the catalog file gives', () => {
    const item = { ...seedData.items[0], aliases: ['第一次办身份证'] };
    const parsed = parseCatalog(JSON.stringify([item]));
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(parsed.items[0].aliases, ['第一次办身份证']);
    const tooLong = parseCatalog(JSON.stringify([{ ...item, aliases: ['长'.repeat(41)] }]));
    assert.equal(tooLong.items.length, 0);
    assert.match(tooLong.errors[0].path, /^aliases/);
  });

  it('adds what visitors say for the catalog word as keywords, one way only, and the pinyin of aliases', () => {
    const licence = withSearchTerms(withPinyin({ ...seedData.items.find((i) => i.name === '机动车驾驶证补领')!, aliases: ['补办驾照'] }));
    assert.ok(licence.keywords?.includes('驾驶本'));
    assert.ok(licence.keywords?.includes('丢了'));
    assert.deepEqual(licence.pinyin.aliases, ['bu ban jia zhao']);
    // 社保卡 holds 社保, which is not the catalog word of 养老保险: no 养老保险 keyword.
    const card = withSearchTerms(withPinyin(seedData.items.find((i) => i.name === '社会保障卡申领')!));
    assert.ok(!card.keywords?.includes('养老保险'));
  });

  it('a hall extends the table with a file of its own groups, and a bad file fails loudly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zw-synonyms-'));
    try {
      const file = join(dir, 'synonyms.json');
      writeFileSync(file, JSON.stringify([['公章', '公司章']]));
      const table = hallSynonyms(file);
      assert.equal(table.length, SYNONYMS.length + 1);
      const seal = withSearchTerms(withPinyin(seedData.items.find((i) => i.name === '公章刻制备案')!), table);
      assert.ok(seal.keywords?.includes('公司章'));
      writeFileSync(file, JSON.stringify({ 公章: '公司章' }));
      assert.throws(() => hallSynonyms(file), TypeError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
