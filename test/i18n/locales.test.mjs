// Every namespace (each package's src/locales, and the kiosk's) has the same keys in zh-CN,
// zh-TW and en, with the plural forms each locale's CLDR rules need (en: _one and _other;
// Chinese: _other only), and the same placeholders. Failures name what is missing where.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const LOCALES = ['zh-CN', 'zh-TW', 'en'];
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Folders holding a namespace's locale files, found rather than listed. */
function localeFolders() {
  const folders = readdirSync('packages', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join('packages', entry.name, 'src', 'locales'));
  folders.push(join('kiosk', 'src', 'locales'));
  return folders.filter((folder) => existsSync(join(folder, 'zh-CN.ts'))).sort();
}

/** Dotted path → string, for every string in a locale resource. */
function flatten(messages, prefix = '', into = new Map()) {
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') into.set(`${prefix}${key}`, value);
    else flatten(value, `${prefix}${key}.`, into);
  }
  return into;
}

/** Base key → plural categories it has ('' for a key without a suffix). */
function forms(strings) {
  const byBase = new Map();
  for (const key of strings.keys()) {
    const match = key.match(PLURAL_SUFFIX);
    const base = match ? key.slice(0, match.index) : key;
    if (!byBase.has(base)) byBase.set(base, new Set());
    byBase.get(base).add(match ? match[1] : '');
  }
  return byBase;
}

const placeholders = (text) => [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((match) => match[1]);
const categories = (locale) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

async function load(folder) {
  const entries = await Promise.all(
    LOCALES.map(async (locale) => {
      const file = join(folder, `${locale}.ts`);
      assert.ok(existsSync(file), `${file} is missing`);
      const module = await import(pathToFileURL(join(process.cwd(), file)).href);
      return [locale, flatten(module.default)];
    }),
  );
  return Object.fromEntries(entries);
}

/** Every problem in one namespace, as lines naming the locale and key. */
function problems(folder, strings) {
  const found = [];
  const formsOf = Object.fromEntries(LOCALES.map((locale) => [locale, forms(strings[locale])]));
  const bases = new Set(LOCALES.flatMap((locale) => [...formsOf[locale].keys()]));
  for (const base of [...bases].sort()) {
    const plural = LOCALES.some((locale) => [...(formsOf[locale].get(base) ?? [])].some(Boolean));
    for (const locale of LOCALES) {
      const have = formsOf[locale].get(base);
      if (!have) {
        found.push(`${folder} ${locale}: missing ${base}`);
        continue;
      }
      if (!plural) continue;
      const need = categories(locale);
      const lacking = need.filter((category) => !have.has(category));
      // _zero is i18next's optional form for a count of 0, not a CLDR category.
      const extra = [...have].filter((category) => category !== 'zero' && !need.includes(category));
      if (lacking.length) found.push(`${folder} ${locale}: missing ${lacking.map((c) => `${base}_${c}`).join(', ')}`);
      if (extra.length) {
        const names = extra.map((c) => (c ? `${base}_${c}` : `${base} (no plural suffix)`));
        found.push(`${folder} ${locale}: ${names.join(', ')} not used by ${locale}'s plural rules (${need.join(', ')})`);
      }
    }
  }
  // The same placeholders in every locale, over all plural forms (a singular may spell out its count).
  for (const base of [...bases].sort()) {
    const used = (locale) => {
      const names = new Set();
      for (const [key, text] of strings[locale]) {
        const keyBase = key.replace(PLURAL_SUFFIX, '');
        if (keyBase === base) for (const name of placeholders(text)) names.add(name);
      }
      return names;
    };
    const reference = used('zh-CN');
    for (const locale of LOCALES.slice(1)) {
      if (!formsOf[locale].has(base) || !formsOf['zh-CN'].has(base)) continue; // reported above
      const names = used(locale);
      const differs = (a, b) => [...a].filter((name) => !b.has(name));
      const lost = differs(reference, names);
      const added = differs(names, reference);
      if (lost.length) found.push(`${folder} ${locale}: ${base} lacks {{${lost.join('}}, {{')}}}`);
      if (added.length) found.push(`${folder} ${locale}: ${base} has {{${added.join('}}, {{')}}}, which zh-CN does not`);
    }
  }
  return found;
}

test('the plural categories are those of CLDR', () => {
  assert.deepEqual(categories('en'), ['one', 'other']);
  assert.deepEqual(categories('zh-CN'), ['other']);
  assert.deepEqual(categories('zh-TW'), ['other']);
});

test('the checks find a missing key, missing and stray plural forms and a lost placeholder', () => {
  const strings = {
    'zh-CN': new Map([
      ['a.title', '标题'],
      ['a.count_other', '{{count}} 项'],
      ['a.hello', '{{name}}，您好'],
      ['a.n', '{{count}} 个'],
    ]),
    'zh-TW': new Map([
      ['a.count_other', '{{count}} 項'],
      ['a.count_one', '1 項'],
      ['a.hello', '{{name}}，您好'],
      ['a.n_other', '{{count}} 個'],
    ]),
    en: new Map([
      ['a.title', 'Title'],
      ['a.count_other', '{{count}} items'],
      ['a.hello', 'Hello'],
      ['a.n_one', 'one'],
      ['a.n_other', '{{count}}'],
    ]),
  };
  assert.deepEqual(problems('x', strings), [
    "x zh-TW: a.count_one not used by zh-TW's plural rules (other)",
    'x en: missing a.count_one',
    'x zh-CN: missing a.n_other',
    "x zh-CN: a.n (no plural suffix) not used by zh-CN's plural rules (other)",
    'x zh-TW: missing a.title',
    'x en: a.hello lacks {{name}}',
  ]);
});

const folders = localeFolders();

test('every package with locale files is checked', () => {
  for (const name of ['core', 'ui', 'rating', 'service-guide']) {
    assert.ok(folders.includes(join('packages', name, 'src', 'locales')), `${name} has no locale files`);
  }
  assert.ok(folders.includes(join('kiosk', 'src', 'locales')));
});

for (const folder of folders) {
  test(`${folder}: the same keys, plural forms and placeholders in ${LOCALES.join(', ')}`, async () => {
    const found = problems(folder, await load(folder));
    assert.deepEqual(found, [], `\n${found.join('\n')}`);
  });
}
