// Custom Elements Manifest: the documented API of every element. The root custom-elements.json
// (all packages, source paths) feeds Storybook's docs; each package gets its own
// packages/<p>/custom-elements.json (its modules, dist paths), named by `customElements` in its
// package.json and published with it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Keeps only events documented with @fires; the analyzer also guesses names from code. */
function documentedEventsOnly() {
  return {
    name: 'zw-documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) {
            declaration.events = declaration.events.filter((event) => event.name && event.description);
          }
        }
      }
    },
  };
}

/**
 * Writes a type alias's values instead of its name (`layout: Layout` shows
 * `'numeric' | 'id-card'`), so the docs list what an enum-like attribute accepts. Follows
 * `type X = 'a' | 'b'` and `(typeof XS)[number]` with `const XS = [...] as const`.
 */
function expandedUnions() {
  const aliases = new Map(); // module path → Map(name → type text)
  const arrays = new Map(); // module path → Map(name → values)
  const inModule = (map, path) => map.get(path) ?? map.set(path, new Map()).get(path);
  return {
    name: 'zw-expanded-unions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isTypeAliasDeclaration(node)) {
        inModule(aliases, moduleDoc.path).set(node.name.text, node.type.getText());
      }
      if (ts.isVariableDeclaration(node) && node.initializer && ts.isAsExpression(node.initializer)) {
        const array = node.initializer.expression;
        if (ts.isArrayLiteralExpression(array) && array.elements.every(ts.isStringLiteral)) {
          inModule(arrays, moduleDoc.path).set(
            node.name.getText(),
            array.elements.map((element) => `'${element.text}'`),
          );
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      // A name defined once across the packages resolves from any module (it was imported).
      const lookup = (map, path, name) => {
        const local = map.get(path)?.get(name);
        if (local !== undefined) return [local, path];
        const found = [...map].filter(([, names]) => names.has(name));
        return found.length === 1 ? [found[0][1].get(name), found[0][0]] : [undefined, path];
      };
      const expand = (text, path, depth = 0) => {
        if (depth > 5) return text;
        return text
          .split(' | ')
          .map((part) => {
            const [alias, where] = /^\(typeof/.test(part) ? [part, path] : lookup(aliases, path, part.trim());
            if (alias === undefined) return part;
            const indexed = alias.match(/^\(typeof (\w+)\)\[number\]$/);
            if (indexed) {
              const [values] = lookup(arrays, where, indexed[1]);
              return values ? values.join(' | ') : part;
            }
            return /^'[^']*'( \| '[^']*')*$/.test(alias) ? alias : expand(alias, where, depth + 1);
          })
          .join(' | ');
      };
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            if (item.type?.text) item.type.text = expand(item.type.text, module.path);
          }
        }
      }
    },
  };
}

/** `packages/ui/src/keypad/zw-keypad.ts` → `dist/keypad/zw-keypad.js`, as published. */
const distPath = (path) => path.replace(/^packages\/[^/]+\/src\//, 'dist/').replace(/\.ts$/, '.js');
const packageFolder = (path) => path.match(/^packages\/([^/]+)\//)?.[1];

/** Writes packages/<p>/custom-elements.json for every package whose package.json asks for one. */
function perPackageManifests() {
  return {
    name: 'zw-per-package-manifests',
    packageLinkPhase({ customElementsManifest }) {
      const folders = new Set(customElementsManifest.modules.map((module) => packageFolder(module.path)));
      const names = new Map();
      for (const folder of folders) {
        const file = `packages/${folder}/package.json`;
        if (existsSync(file)) names.set(folder, JSON.parse(readFileSync(file, 'utf8')));
      }
      for (const [folder, pkg] of names) {
        if (!pkg.customElements) continue;
        const rewrite = (value) => {
          if (Array.isArray(value)) return value.map(rewrite);
          if (!value || typeof value !== 'object') return value;
          const copy = {};
          for (const [key, item] of Object.entries(value)) copy[key] = rewrite(item);
          if (typeof value.module === 'string' && value.module.startsWith('packages/')) {
            const owner = packageFolder(value.module);
            copy.module = distPath(value.module);
            if (owner !== folder && names.has(owner)) copy.package = names.get(owner).name;
          }
          return copy;
        };
        const modules = customElementsManifest.modules
          .filter((module) => packageFolder(module.path) === folder)
          .map((module) => ({ ...rewrite(module), path: distPath(module.path) }));
        const manifest = { schemaVersion: customElementsManifest.schemaVersion, readme: '', modules };
        writeFileSync(`packages/${folder}/${pkg.customElements}`, `${JSON.stringify(manifest, null, 2)}\n`);
      }
    },
  };
}

export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['packages/hall-server/**', '**/test/**', '**/stories/**', '**/locales/**', '**/*.define.ts', '**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [documentedEventsOnly(), expandedUnions(), perPackageManifests()],
};
