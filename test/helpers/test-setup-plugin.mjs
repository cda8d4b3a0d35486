// A web-test-runner plugin that loads one setup module before every test file, where Mocha's
// globals exist (the page's own scripts run before Mocha is set up). The import goes on the
// first line, so line numbers in stack traces stay true.
export function testSetupPlugin(setupModule) {
  return {
    name: 'test-setup',
    transform(context) {
      if (!context.URL.searchParams.has('wtr-session-id') || !/\.test\.[jt]s$/.test(context.path)) return undefined;
      return { body: `import ${JSON.stringify(setupModule)};${context.body}` };
    },
  };
}
