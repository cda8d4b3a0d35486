// Custom Elements Manifest: the documented API of every element, used by Storybook's docs.

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

export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['**/test/**', '**/stories/**', '**/locales/**', '**/*.define.ts', '**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [documentedEventsOnly()],
};
