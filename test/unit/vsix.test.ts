// The packaged extension: `vsce package` works offline and ships both entries (Node and web),
// the rule docs the diagnostics link to, the schemas, and nothing from the source tree.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULES } from '../../server/src/core/rules/index';

const ROOT = join(__dirname, '..', '..');

/** The entry names of a zip file, read with yauzl (which vsce itself uses). */
function listZip(path: string): Promise<string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const yauzl = require('yauzl') as {
    open(path: string, options: object, callback: (error: Error | null, zip: { on(event: string, listener: (arg: { fileName: string }) => void): void; readEntry(): void }) => void): void;
  };
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const names: string[] = [];
      zip.on('entry', (entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', (e) => reject(e as unknown as Error));
      zip.readEntry();
    });
  });
}

describe('vsix package', function () {
  this.timeout(120_000);
  let files: string[] = [];
  let dir = '';

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wijkplan-vsix-'));
    const out = join(dir, 'wijkplan.vsix');
    // vscode:prepublish would rebuild for production; the build under test is the one on disk.
    execFileSync(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--skip-license', '--no-update-package-json', '-o', out], {
      cwd: ROOT,
      env: { ...process.env, npm_config_ignore_scripts: 'true' },
      stdio: 'pipe',
    });
    files = await listZip(out);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ships the Node and the web entries and the preview script', () => {
    for (const file of ['dist/client.js', 'dist/server.js', 'dist/web/client.js', 'dist/web/server.js', 'dist/media/preview.js']) {
      assert.ok(files.includes(`extension/${file}`), `${file} is in the vsix`);
    }
  });

  it('ships every rule doc, the schemas and the translations', () => {
    for (const rule of RULES) assert.ok(files.includes(`extension/docs/rules/${rule.code}.md`), `${rule.code}.md`);
    for (const file of ['schemas/wijkplan.schema.json', 'schemas/wijkplanrc.schema.json', 'package.nls.json', 'package.nls.nl.json']) {
      assert.ok(files.includes(`extension/${file}`), file);
    }
  });

  it('leaves sources, tests and tools out', () => {
    // One `files` allowlist serves the vsix and the npm package: the action's comment script
    // (scripts/pr-comment.mjs, a few KiB) rides along; every other script stays out.
    const leaked = files.filter(
      (file) =>
        /^extension\/(server|client|test|bench|\.tools|node_modules)\//.test(file) ||
        (file.startsWith('extension/scripts/') && file !== 'extension/scripts/pr-comment.mjs') ||
        file.endsWith('.map') ||
        file.endsWith('.ts'),
    );
    assert.deepEqual(leaked, []);
  });
});
