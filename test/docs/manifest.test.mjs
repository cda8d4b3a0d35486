// The element manifest documents every element's public API: regenerates custom-elements.json
// (root and per package) and fails for each element, property, attribute, event, slot, CSS part
// or CSS custom property that lacks its text.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const elementsOf = (manifest) =>
  manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.customElement).map((declaration) => ({ module, declaration })),
  );
const isPublic = (member) => !member.privacy || member.privacy === 'public';
// A blank line inside a tag's text is prose that ended up after the tags.
const glued = (text) => /\n\s*\n/.test(text ?? '');

let manifest;
before(() => {
  execFileSync('npm', ['run', '-s', 'build:manifest'], { stdio: 'pipe' });
  manifest = read('custom-elements.json');
});

test('the manifest lists elements', () => {
  assert.ok(elementsOf(manifest).length > 0, 'no custom element in custom-elements.json');
});

describe('every element documents its API', () => {
  // One test per define file, so that an element missing from the manifest is named too.
  const files = readdirSync('packages')
    .flatMap((folder) =>
      existsSync(`packages/${folder}/src`)
        ? readdirSync(`packages/${folder}/src`, { recursive: true }).map((file) => `packages/${folder}/src/${file}`)
        : [],
    )
    .filter((file) => /\/zw-[a-z-]+\.define\.ts$/.test(file))
    .sort();
  for (const define of files) {
    const tag = define.match(/(zw-[a-z-]+)\.define\.ts$/)[1];
    test(tag, () => {
      const found = elementsOf(manifest).find(({ declaration }) => declaration.tagName === tag);
      assert.ok(found, `${tag}: not in the manifest (is @tag ${tag} in its JSDoc header?)`);
      const { declaration: d, module } = found;
      const where = `${tag} (${module.path})`;
      const problems = [];
      if (!d.summary?.trim()) problems.push('no @summary');
      if (!d.description?.trim()) problems.push('no description (prose first in the JSDoc header, before the tags)');
      const check = (kind, items) => {
        for (const item of items ?? []) {
          if (!item.description?.trim()) problems.push(`${kind} ${item.name || '(default)'} has no description`);
          else if (glued(item.description)) problems.push(`${kind} ${item.name}: prose glued onto its tag`);
        }
      };
      check(
        'property',
        (d.members ?? []).filter((m) => m.kind === 'field' && isPublic(m) && !m.static),
      );
      check('attribute', d.attributes);
      check('event', d.events);
      check('slot', d.slots);
      check('css part', d.cssParts);
      check('css property', d.cssProperties);
      assert.deepEqual(problems, [], `${where}:\n  ${problems.join('\n  ')}`);
    });
  }
});

test('enum-like attributes list their values', () => {
  const plain = [];
  for (const { declaration } of elementsOf(manifest)) {
    for (const attribute of declaration.attributes ?? []) {
      // Documented as "`a`, `b` or `c`" but typed as a bare string.
      const listed = /^`[^`]+`(, `[^`]+`)*,? or `[^`]+`/.test(attribute.description ?? '');
      if (listed && !attribute.type?.text.includes("'")) {
        plain.push(`${declaration.tagName} ${attribute.name}: ${attribute.type?.text}`);
      }
    }
  }
  assert.deepEqual(plain, [], `type these as unions of their values:\n  ${plain.join('\n  ')}`);
});

describe('each package ships its own manifest', () => {
  for (const folder of ['core', 'ui', 'rating', 'service-guide']) {
    test(folder, () => {
      const pkg = read(`packages/${folder}/package.json`);
      assert.equal(pkg.customElements, 'custom-elements.json', `${pkg.name}: "customElements" in package.json`);
      assert.ok(pkg.files.includes('custom-elements.json'), `${pkg.name}: custom-elements.json in "files"`);
      const file = `packages/${folder}/${pkg.customElements}`;
      assert.ok(existsSync(file), `${file} was not generated`);
      const own = read(file);
      assert.ok(elementsOf(own).length > 0, `${file} lists no element`);
      for (const module of own.modules) {
        assert.match(module.path, /^dist\/.+\.js$/, `${file}: ${module.path} is not a published path`);
        const ts = module.path.replace(/^dist\//, `packages/${folder}/src/`).replace(/\.js$/, '.ts');
        assert.ok(existsSync(ts), `${file}: ${module.path} has no source ${ts}`);
      }
      const root = elementsOf(manifest).filter(({ module }) => module.path.startsWith(`packages/${folder}/`));
      assert.deepEqual(
        elementsOf(own)
          .map(({ declaration }) => declaration.tagName)
          .sort(),
        root.map(({ declaration }) => declaration.tagName).sort(),
      );
    });
  }
});
