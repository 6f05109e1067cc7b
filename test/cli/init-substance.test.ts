// Issue 12 (format 1.1): the untouched `wijkplan init` template is hollow and must look hollow:
// it scores at most 40, and WP801 points at every text the user must still write.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, isScalar, visit } from 'yaml';
import { isPlaceholder } from '../../server/src/core/placeholder';
import { requireBuild, run, tempDir } from './helpers';

describe('wijkplan init: a hollow plan does not look like a good one', () => {
  before(requireBuild);

  it('the untouched template scores at most 40, with WP801 on every fill-in text and no WP002', () => {
    const { dir, cleanup } = tempDir();
    try {
      const init = run(['init', 'nieuw.wijkplan.yaml'], { cwd: dir });
      assert.equal(init.code, 0, init.stderr);
      const text = readFileSync(join(dir, 'nieuw.wijkplan.yaml'), 'utf8');
      const check = run(['check', 'nieuw.wijkplan.yaml', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
      assert.equal(check.code, 0, check.stderr);
      const file = JSON.parse(check.stdout).files[0];
      assert.ok(file.score !== null && file.score <= 40, `score ${file.score}`);
      assert.ok(file.categories.WP8 < 100);
      const codes: string[] = file.diagnostics.map((d: { code: string }) => d.code);
      assert.ok(!codes.includes('WP002'), 'the template passes the schema');
      // Every placeholder string in the template (found independently of the engine) has its WP801.
      const fillIns: number[] = [];
      const doc = parseDocument(text);
      visit(doc, {
        Scalar(_key, node) {
          if (isScalar(node) && typeof node.value === 'string' && node.range && isPlaceholder(node.value)) fillIns.push(node.range[0]);
        },
      });
      const wp801 = file.diagnostics.filter((d: { code: string }) => d.code === 'WP801');
      assert.ok(fillIns.length >= 20, `only ${fillIns.length} fill-in texts`);
      assert.equal(wp801.length, fillIns.length, 'one WP801 per fill-in text');
    } finally {
      cleanup();
    }
  });
});
