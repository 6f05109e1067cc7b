// Many plans are linted on every core (worker threads); the report must be exactly what one
// thread gives, in the same order, with unreadable files still reported as exit 2.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireBuild, run, SAMPLES, tempDir } from './helpers';

describe('cli: many plans on every core', function () {
  this.timeout(120_000);
  before(requireBuild);

  it('gives the same report with worker threads as on one thread', () => {
    const { dir, cleanup } = tempDir();
    try {
      const samples = ['sterk', 'concept', 'zwak'].map((name) => readFileSync(join(SAMPLES, `${name}.wijkplan.yaml`), 'utf8'));
      for (let i = 0; i < 300; i++) {
        const folder = join(dir, `gemeente-${String(i % 7)}`);
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, `plan-${String(i).padStart(3, '0')}.wijkplan.yaml`), samples[i % 3].replace(/^titel: .*$/m, `titel: Plan ${i}`));
      }
      // A file that cannot be read is exit 2 in both, and the others are still reported.
      mkdirSync(join(dir, 'kapot.wijkplan.yaml'));
      const args = (out: string) => [dir, 'kapot.wijkplan.yaml', '--format', 'json', '--output', join(dir, out)];
      const single = run(args('one.json'), { cwd: dir, env: { WIJKPLAN_THREADS: '1' } });
      const parallel = run(args('all.json'), { cwd: dir });
      assert.equal(single.code, 2);
      assert.equal(parallel.code, single.code);
      assert.equal(parallel.stderr, single.stderr);
      assert.match(parallel.stderr, /kapot\.wijkplan\.yaml/);
      const report = readFileSync(join(dir, 'all.json'), 'utf8');
      assert.equal(report, readFileSync(join(dir, 'one.json'), 'utf8'));
      assert.equal(JSON.parse(report).files.length, 300);
    } finally {
      cleanup();
    }
  });
});
