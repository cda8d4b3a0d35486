import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { formatHallError, parseHall } from '../src/hall-config/parse.js';
import { hall as seedHall } from '../src/seed/hall.js';
import { DB_KIND, REPO_ROOT } from './helpers.js';
import { HALL_YAML, hallCli } from './hall-files.js';

const lines = (text: string) => text.split('\n');
/** The text with line `n` (1-based) replaced. */
function withLine(n: number, line: string, text = HALL_YAML): string {
  const all = lines(text);
  assert.ok(all[n - 1] !== undefined);
  all[n - 1] = line;
  return all.join('\n');
}

const errorsOf = (text: string) => {
  const parsed = parseHall(text);
  assert.equal(parsed.hall, undefined, 'the file must be refused');
  return parsed.errors.map((error) => formatHallError('hall.yaml', error));
};

describe('hall file: parse and check', () => {
  test('a valid file gives the Hall, window staff resolved from the staff list', () => {
    const { hall, errors } = parseHall(HALL_YAML);
    assert.deepEqual(errors, []);
    assert.ok(hall);
    assert.equal(hall.code, 'test-hall');
    assert.equal(hall.translations?.en?.name, 'Test City Service Center');
    assert.deepEqual(hall.windows[0].staff, { id: 's001', name: '李明', number: 'GA001', department: '市公安局' });
    assert.equal(hall.windows[1].staff, undefined);
    assert.deepEqual(hall.categories[0].issuingHours, { from: '08:30', to: '17:00' });
    assert.deepEqual(hall.noShow, { action: 'requeue', after: 3, times: 2 });
  });

  test('the same hall written as JSON reads the same', () => {
    const json = JSON.stringify(parseHall(HALL_YAML).hall, null, 2);
    assert.deepEqual(parseHall(json), { hall: parseHall(HALL_YAML).hall, errors: [] });
  });

  test('the example file is the demo hall the seed starts with', () => {
    const parsed = parseHall(readFileSync(join(REPO_ROOT, 'packages/hall-server/halls/example-hall.yaml'), 'utf8'));
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(parsed.hall, seedHall);
  });

  test('a contract violation names its line and path', () => {
    assert.deepEqual(errorsOf(withLine(21, '    prefix: a')), ['hall.yaml:21 categories[0].prefix: one capital letter']);
    assert.deepEqual(errorsOf(withLine(4, 'regionCode: "4401"')), ['hall.yaml:4 regionCode: a six-digit region code']);
    assert.deepEqual(errorsOf(withLine(5, 'timeZone: Beijing Time')), ['hall.yaml:5 timeZone: an IANA time zone such as Asia/Shanghai']);
    assert.deepEqual(errorsOf(withLine(5, 'timeZone: Asia/Atlantis')), ['hall.yaml:5 timeZone: unknown time zone Asia/Atlantis']);
  });

  test('a missing field is reported at the entry that lacks it', () => {
    assert.deepEqual(errorsOf(HALL_YAML.replace('    prefix: B\n', '')), ['hall.yaml:24 categories[1].prefix: missing required field']);
  });

  test('an unknown (misspelt) field is an error, not silently dropped', () => {
    assert.deepEqual(errorsOf(withLine(22, '    prority: false\n    priority: false')), [
      'hall.yaml:22 categories[0].prority: unknown field',
    ]);
  });

  test('YAML syntax errors and duplicate keys give their line', () => {
    const [syntax] = errorsOf(withLine(10, '    name: [1号窗口'));
    assert.match(syntax, /^hall\.yaml:1[01] /);
    assert.match(errorsOf(withLine(3, 'code: other'))[0], /^hall\.yaml:3 .*unique/i);
    assert.deepEqual(errorsOf('- just\n- a list\n'), [
      'hall.yaml:1 expected a hall: a mapping with code, name, regionCode, windows, categories …',
    ]);
  });

  test('cross checks: duplicate prefix, codes and ids', () => {
    assert.deepEqual(errorsOf(withLine(26, '    prefix: A')), [
      'hall.yaml:26 categories[1].prefix: prefix A is already used by categories[0]',
    ]);
    assert.deepEqual(errorsOf(withLine(14, '  - id: "1"')), ['hall.yaml:14 windows[1].id: id 1 is already used by windows[0]']);
    assert.deepEqual(errorsOf(withLine(32, '  - { id: s001, name: 王芳, number: RS002 }')), [
      'hall.yaml:32 staff[1].id: id s001 is already used by staff[0]',
    ]);
  });

  test('cross checks: a window naming an unknown category, a category no window serves', () => {
    assert.deepEqual(errorsOf(withLine(17, '    categories: [general, passports]')), [
      'hall.yaml:17 windows[1].categories[1]: unknown category passports',
    ]);
    assert.deepEqual(errorsOf(withLine(12, '    categories: [general]')), [
      'hall.yaml:24 categories[1]: no window serves category priority',
    ]);
  });

  test('cross checks: staff referenced by a window must be in the staff list', () => {
    assert.deepEqual(errorsOf(withLine(13, '    staff: s999')), [
      "hall.yaml:13 windows[0].staff: unknown staff s999: not in the hall's staff",
    ]);
  });

  test('cross checks: issuing hours that end before they begin; a quota beyond the numbers', () => {
    assert.deepEqual(errorsOf(withLine(23, '    issuingHours: { from: "17:00", to: "08:30" }')), [
      'hall.yaml:23 categories[0].issuingHours: issuing hours end (08:30) before they begin (17:00)',
    ]);
    assert.deepEqual(errorsOf(withLine(23, '    numberWidth: 2\n    dailyQuota: 120')), [
      'hall.yaml:24 categories[0].dailyQuota: more than the 99 numbers of 2 digits',
    ]);
  });

  test('a staff photo is an http(s) address or a path, never javascript: or data:', () => {
    assert.deepEqual(errorsOf(withLine(32, "  - { id: s002, name: 王芳, number: RS002, photoUrl: 'javascript:alert(1)' }")), [
      'hall.yaml:32 staff[1].photoUrl: not an http(s) address or a path',
    ]);
    assert.deepEqual(errorsOf(withLine(32, "  - { id: s002, name: 王芳, number: RS002, photoUrl: '//evil.example/x.png' }")), [
      'hall.yaml:32 staff[1].photoUrl: not an http(s) address or a path',
    ]);
    const fine = withLine(32, '  - { id: s002, name: 王芳, number: RS002, photoUrl: /photos/s002.jpg }');
    assert.deepEqual(parseHall(fine).errors, []);
  });

  test('several problems are all reported, in line order', () => {
    const text = withLine(26, '    prefix: a', withLine(4, 'regionCode: 12'));
    assert.deepEqual(errorsOf(text), [
      'hall.yaml:4 regionCode: Invalid type: Expected string but received 12',
      'hall.yaml:26 categories[1].prefix: one capital letter',
    ]);
  });
});

describe(`hall:import --check (${DB_KIND})`, () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'zw-hall-check-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a valid file: exit 0, and no database is touched', () => {
    const file = join(dir, 'hall.yaml');
    writeFileSync(file, HALL_YAML);
    const data = join(dir, 'data');
    const result = hallCli(['--check', file], { HALL_DATA_DIR: data });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /valid: 测试市政务服务中心 \(test-hall\): 2 windows, 2 categories, 2 staff/);
    assert.equal(existsSync(data), false);
  });

  test('an invalid file: exit 1 with FILE:LINE PATH: MESSAGE', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, withLine(21, '    prefix: a'));
    const result = hallCli(['--check', file], { HALL_DATA_DIR: join(dir, 'data') });
    assert.equal(result.status, 1);
    assert.ok(result.stderr.includes(`${file}:21 categories[0].prefix: one capital letter`), result.stderr);
    assert.match(result.stderr, /1 problem; nothing imported/);
  });

  test('a file that is not there, or no file: exit 2', () => {
    assert.equal(hallCli([join(dir, 'missing.yaml')], {}).status, 2);
    assert.equal(hallCli([], {}).status, 2);
  });
});
