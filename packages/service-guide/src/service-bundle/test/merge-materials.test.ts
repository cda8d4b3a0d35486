import { expect } from '@open-wc/testing';
import { BIRTH_BUNDLE } from '../stories/sample-bundle.js';
import { byDepartment, materialKey, mergeMaterials } from '../merge-materials.js';

const [birth, insurance, allowance] = BIRTH_BUNDLE.items;

describe('mergeMaterials', () => {
  it('lists a material several items need once, in order of first appearance, naming every item that needs it', () => {
    const merged = mergeMaterials(BIRTH_BUNDLE.items);
    expect(merged.map((each) => each.material.name)).to.deep.equal(['出生医学证明', '申请人居民身份证', '居民户口簿', '出院记录']);
    const id = merged.find((each) => each.material.name === '申请人居民身份证')!;
    expect(id.neededBy.map((each) => each.code)).to.deep.equal([birth.code, insurance.code, allowance.code]);
    expect(merged.find((each) => each.material.name === '出院记录')!.neededBy.map((each) => each.name)).to.deep.equal([allowance.name]);
  });

  it('keeps the highest original and copy counts and the strictest necessity', () => {
    const merged = mergeMaterials(BIRTH_BUNDLE.items);
    const book = merged.find((each) => each.material.name === '居民户口簿')!.material;
    expect([book.originals, book.copies]).to.deep.equal([1, 1]);
    const certificate = merged.find((each) => each.material.name === '出生医学证明')!.material;
    expect([certificate.originals, certificate.copies]).to.deep.equal([1, 1]);

    const base = birth.materials[0];
    const optional = { ...birth, code: 'A', materials: [{ ...base, originals: 2, copies: 0, necessity: 'optional' as const }] };
    const required = { ...birth, code: 'B', materials: [{ ...base, originals: 1, copies: 3, necessity: 'required' as const }] };
    const deferrable = { ...birth, code: 'C', materials: [{ ...base, originals: 0, copies: 0, necessity: 'deferrable' as const }] };
    const [one] = mergeMaterials([optional, required, deferrable]);
    expect([one.material.originals, one.material.copies, one.material.necessity]).to.deep.equal([2, 3, 'required']);
    expect(one.neededBy.map((each) => each.code)).to.deep.equal(['A', 'B', 'C']);
  });

  it('does not change the items it reads', () => {
    const before = JSON.stringify(BIRTH_BUNDLE);
    mergeMaterials(BIRTH_BUNDLE.items);
    expect(JSON.stringify(BIRTH_BUNDLE)).to.equal(before);
  });

  it('treats spaces and full-width brackets as the same name, and different names as different materials', () => {
    expect(materialKey('存量房买卖合同（网签）')).to.equal(materialKey('存量房买卖合同 (网签)'));
    const a = { ...birth, code: 'A', materials: [{ ...birth.materials[0], name: '结婚证' }] };
    const b = { ...birth, code: 'B', materials: [{ ...birth.materials[0], name: '父母结婚证' }] };
    expect(mergeMaterials([a, b])).to.have.length(2);
  });
});

describe('byDepartment', () => {
  it("groups items by department in the bundle's order", () => {
    const groups = byDepartment(BIRTH_BUNDLE.items);
    expect(groups.map((group) => [group.department, group.items.length])).to.deep.equal([
      ['示例市公安局', 1],
      ['示例市医疗保障局', 2],
    ]);
  });
});
