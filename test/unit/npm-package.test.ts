// What `npm publish` would ship: the `files` allowlist in package.json (issue 11). The CLI
// runs from the package alone (dist/cli.js with the docs it links to), and no source, test,
// tool or source map leaks into it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

describe('the npm package', function () {
  this.timeout(60000);
  let files: string[] = [];

  before(() => {
    // --ignore-scripts: packing must not run `prepare` (a rebuild of dist/ mid-suite).
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    files = (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0].files.map((file) => file.path);
  });

  it('ships the command, the servers, the schemas and every rule doc', () => {
    for (const file of ['dist/cli.js', 'dist/server.js', 'dist/web/server.js', 'schemas/wijkplan.schema.json', 'docs/rules/WP101.md', 'package.json', 'README.md', 'LICENSE']) {
      assert.ok(files.includes(file), `${file} is in the package`);
    }
  });

  it('leaves sources, tests, tools and source maps out', () => {
    const leaked = files.filter((file) => /^(server|client|test|bench|\.tools|node_modules|out)\//.test(file) || file.endsWith('.map') || file.endsWith('.ts'));
    assert.deepEqual(leaked, []);
  });
});
