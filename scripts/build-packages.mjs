// `npm run build:packages`: compiles every workspace that has a tsconfig.build.json (JS, types,
// source maps into its dist/), so a new package is built without editing a list. tsc -b
// orders them by their project references.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders of the root package.json's workspaces; a pattern may end in `/*`. */
export function workspaceFolders(root = '.') {
  const { workspaces = [] } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return workspaces
    .flatMap((pattern) => {
      if (!pattern.endsWith('/*')) return [pattern];
      const parent = pattern.slice(0, -2);
      return readdirSync(join(root, parent), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${parent}/${entry.name}`);
    })
    .filter((folder) => existsSync(join(root, folder, 'package.json')))
    .sort();
}

/** The tsconfig.build.json of every workspace that has one. */
export function buildConfigs(root = '.') {
  return workspaceFolders(root)
    .map((folder) => `${folder}/tsconfig.build.json`)
    .filter((config) => existsSync(join(root, config)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const configs = buildConfigs();
  if (configs.length === 0) {
    console.error('✖ no workspace has a tsconfig.build.json');
    process.exit(1);
  }
  console.log(`tsc -b ${configs.join(' ')}`);
  const { status } = spawnSync('npx', ['tsc', '-b', ...configs, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(status ?? 1);
}
