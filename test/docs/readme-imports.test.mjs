// Every import in the README's code blocks bundles as a portal developer's bundler sees the
// published packages: after `npm run build:packages`, with esbuild and no `source` condition,
// so each `@zhengwu/*` module must come from the package's dist/ and be listed in its "files".
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const README = 'README.md';
const LANGUAGES = new Set(['html', 'js', 'javascript', 'mjs', 'ts', 'typescript']);

/** The import statements of the README's html, js and ts code blocks, in order. */
function readmeImports(markdown) {
  const statements = [];
  for (const [, language, code] of markdown.matchAll(/^[ \t]*```(\w*)[^\n]*\n([\s\S]*?)^[ \t]*```/gm)) {
    if (!LANGUAGES.has(language.toLowerCase())) continue;
    // `import '…'` and `import … from '…'` (names may span lines); not `import(…)`.
    for (const match of code.matchAll(/\bimport\s+(?:([\w*{}\s,$]+?)\s+from\s+)?(['"])([^'"]+)\2/g)) {
      statements.push({ statement: match[0], bindings: match[1]?.trim(), specifier: match[3] });
    }
  }
  return statements;
}

const statements = readmeImports(readFileSync(README, 'utf8'));

before(() => {
  execFileSync('npm', ['run', '-s', 'build:packages'], { stdio: 'pipe' });
});

test('the README has import examples', () => {
  assert.ok(statements.length > 0, `no import statement found in the code blocks of ${README}`);
});

/** The "files" patterns of a package, as a test of one path (enough for dist/… and src/…). */
function published(folder) {
  const { files = [] } = JSON.parse(readFileSync(`packages/${folder}/package.json`, 'utf8'));
  return (path) => files.some((entry) => !entry.startsWith('!') && (path === entry || path.startsWith(`${entry}/`)));
}

async function bundle(statement, conditions = []) {
  const result = await build({
    stdin: { contents: statement, resolveDir: process.cwd(), loader: 'js', sourcefile: 'readme-example.js' },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2021',
    conditions,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('every README import bundles against the built packages', () => {
  for (const { statement, specifier } of statements) {
    test(specifier, async () => {
      let inputs;
      try {
        inputs = await bundle(statement);
      } catch (error) {
        const messages = (error.errors ?? []).map((item) => item.text).join('; ') || error.message;
        assert.fail(`README import '${specifier}' does not bundle: ${messages}`);
      }
      if (!specifier.startsWith('@zhengwu/')) return;
      const own = inputs.filter((input) => input.startsWith('packages/'));
      assert.ok(own.length > 0, `'${specifier}' pulled in no file from packages/`);
      for (const input of own) {
        const [, folder, path] = input.match(/^packages\/([^/]+)\/(.+)$/);
        assert.match(path, /^dist\//, `'${specifier}' bundled ${input}, not the built dist/`);
        assert.ok(published(folder)(path), `'${specifier}' needs ${input}, which is not in the package's "files"`);
      }
    });
  }
});

describe('the kiosk form (no extension, source condition) resolves the same modules', () => {
  for (const { specifier } of statements.filter(({ specifier: s }) => s.startsWith('@zhengwu/') && s.endsWith('.js'))) {
    const bare = specifier.slice(0, -'.js'.length);
    test(bare, async () => {
      const fromDist = await bundle(`import '${bare}';`).catch((error) => assert.fail(`'${bare}': ${error.message}`));
      assert.ok(
        fromDist.some((input) => input.startsWith('packages/') && input.includes('/dist/')),
        `'${bare}' without .js`,
      );
      const fromSource = await bundle(`import '${bare}';`, ['source']).catch((error) =>
        assert.fail(`'${bare}' (source): ${error.message}`),
      );
      assert.ok(
        fromSource.some((input) => /^packages\/[^/]+\/src\/.+\.ts$/.test(input)),
        `'${bare}' with the source condition did not come from src/`,
      );
    });
  }
});
