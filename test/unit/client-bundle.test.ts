// The extension's bundles are thin (issue 11): the client asks the server and carries no
// engine. esbuild.js fails a build that breaks this; here the same check runs on fresh
// in-memory builds of the three client entries, and is shown to fire on a client that does
// import the engine (so a check that never fails would be caught too).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
const { engineInputs } = require('../../scripts/client-bundle-check.js') as { engineInputs(metafile: esbuild.Metafile): string[] };

const ROOT = join(__dirname, '..', '..');

async function inputsOf(options: esbuild.BuildOptions): Promise<esbuild.Metafile> {
  const result = await esbuild.build({ bundle: true, write: false, metafile: true, absWorkingDir: ROOT, external: ['vscode'], logLevel: 'silent', ...options });
  return result.metafile!;
}

describe('client bundles carry no engine', function () {
  this.timeout(60000);

  for (const [entry, platform] of [
    ['client/src/extension.ts', 'node'],
    ['client/src/browser-extension.ts', 'browser'],
    ['client/src/preview/webview-script.ts', 'browser'],
  ] as const) {
    it(`${entry}: no core engine, no yaml parser, no ajv`, async () => {
      const metafile = await inputsOf({ entryPoints: [entry], platform, format: 'cjs', mainFields: platform === 'browser' ? ['browser', 'module', 'main'] : ['module', 'main'] });
      const inputs = Object.keys(metafile.inputs);
      assert.ok(inputs.some((input) => input.startsWith('client/src/')), 'the build read the client');
      assert.deepEqual(engineInputs(metafile), []);
      assert.ok(!inputs.some((input) => input.includes('server/src/core/rules/')), 'no rule');
      assert.ok(!inputs.some((input) => input.includes('core/generated/validators')), 'no ajv validator');
    });
  }

  it('the check fires on a client that imports the engine', async () => {
    const metafile = await inputsOf({
      stdin: { contents: "import { lint } from './server/src/core/lint'; console.log(lint('a: 1'));", resolveDir: ROOT, loader: 'ts' },
      platform: 'node',
      format: 'cjs',
    });
    const engine = engineInputs(metafile);
    assert.ok(engine.includes('server/src/core/lint.ts'), engine.join(', '));
    assert.ok(engine.some((input) => input.includes('node_modules/yaml/')), 'the yaml parser is named');
    assert.ok(engine.some((input) => input.includes('core/generated/validators')), 'the ajv validators are named');
  });
});
