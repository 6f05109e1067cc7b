// The core runs in the CLI, the Node server and a web worker alike, so it never imports
// vscode, an LSP library or Node's own modules, and never reaches for a clock or the disk.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const CORE = join(__dirname, '..', '..', 'server', 'src', 'core');
const FORBIDDEN_IMPORT = /(?:from\s+|require\(\s*|import\(\s*)['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*|vscode-jsonrpc[^'"]*|node:[^'"]+|fs|path|child_process|os|process)['"]/g;
const FORBIDDEN_GLOBAL = /\b(process\.|Date\.now\(|new Date\(\)|require\(['"]fs)/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('core purity', () => {
  const files = sources(CORE);
  it('finds the core sources', () => assert.ok(files.length > 20));
  for (const file of files) {
    it(`${relative(CORE, file)} imports no editor, LSP or Node module and uses no clock`, () => {
      const text = readFileSync(file, 'utf8');
      const imports = [...text.matchAll(FORBIDDEN_IMPORT)].map((m) => m[1]);
      assert.deepEqual(imports, []);
      assert.doesNotMatch(text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, ''), FORBIDDEN_GLOBAL);
    });
  }
});

// The layers around the core, as facts a test can check (issue 11): what each may import.
const SRC = join(__dirname, '..', '..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g;

interface ImportOf {
  file: string;
  specifier: string;
  typeOnly: boolean;
  /** The imported file relative to the repository, for a relative specifier. */
  target?: string;
}

function importsOf(dir: string): ImportOf[] {
  return sources(dir).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => {
      const specifier = m[2];
      const target = specifier.startsWith('.') ? relative(SRC, join(file, '..', specifier)).replace(/\\/g, '/') : undefined;
      return { file: relative(SRC, file).replace(/\\/g, '/'), specifier, typeOnly: Boolean(m[1]), target };
    }),
  );
}

describe('layer boundaries', () => {
  const core = importsOf(CORE);
  const cli = importsOf(join(SRC, 'server', 'src', 'cli'));
  const lsp = importsOf(join(SRC, 'server', 'src', 'lsp'));
  const client = importsOf(join(SRC, 'client', 'src'));

  it('reads the imports of every layer', () => {
    for (const layer of [core, cli, lsp, client]) assert.ok(layer.length > 5);
  });

  it('the core imports only itself, yaml, ajv and JSON data, and has no import for its side effects', () => {
    // JSON is data (the schemas, package.json's homepage for doc links), bundled as such.
    const outside = core.filter((i) => (i.target ? !i.target.startsWith('server/src/core/') && !i.target.endsWith('.json') : !['yaml', 'ajv'].includes(i.specifier)));
    assert.deepEqual(outside.map((i) => `${i.file} -> ${i.specifier}`), []);
    const sideEffects = sources(CORE).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)].map((m) => `${relative(SRC, file)} -> ${m[1]}`));
    assert.deepEqual(sideEffects, []);
  });

  it('the CLI imports no LSP code or library, the server no CLI', () => {
    const cliToLsp = cli.filter((i) => i.target?.startsWith('server/src/lsp/') || /^vscode-language/.test(i.specifier));
    assert.deepEqual(cliToLsp.map((i) => `${i.file} -> ${i.specifier}`), []);
    const lspToCli = lsp.filter((i) => i.target?.startsWith('server/src/cli/'));
    assert.deepEqual(lspToCli.map((i) => `${i.file} -> ${i.specifier}`), []);
  });

  it('the client imports the protocol and the webview message guards, never the engine', () => {
    const allowed = new Set(['server/src/protocol', 'server/src/core/preview/messages']);
    const engine = client.filter((i) => {
      if (!i.target) return !/^(vscode|vscode-languageclient(\/node|\/browser)?|node:path)$/.test(i.specifier);
      if (i.target.startsWith('client/src/')) return false;
      if (allowed.has(i.target)) return false;
      // Types cost nothing at run time (esbuild drops them): the core's types may be shared.
      return !(i.typeOnly && i.target === 'server/src/core/types');
    });
    assert.deepEqual(engine.map((i) => `${i.file} -> ${i.specifier}`), []);
  });
});
