// `npm run build`: the packages (JS + types), the element manifests, Storybook and the kiosk.
import { spawnSync } from 'node:child_process';

const steps = [
  ['packages', ['run', 'build:packages']],
  ['manifest + Storybook', ['run', 'build:storybook']],
  ['kiosk', ['run', 'build:kiosk']],
];
for (const [label, args] of steps) {
  console.log(`\n▶ build ${label}`);
  const { status } = spawnSync('npm', args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`✖ build ${label} failed`);
    process.exit(status ?? 1);
  }
}
console.log('\n✔ built: packages/*/dist, custom-elements.json (root and packages/*), dist/storybook, dist/kiosk');
