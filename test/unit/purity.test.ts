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
