// The CLI's folder walk finds plans by the same name pattern as the editor: in any case.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAN_FILE_NAME } from '../../server/src/core/plan-files';
import { requireBuild, run, SAMPLES, tempDir } from './helpers';

describe('CLI: which files in a folder are plans', () => {
  before(requireBuild);

  it('takes *.wijkplan.yaml and *.wijkplan.yml in any case, and nothing else', () => {
    const { dir, cleanup } = tempDir();
    try {
      mkdirSync(join(dir, 'plannen'));
      copyFileSync(join(SAMPLES, 'sterk.wijkplan.yaml'), join(dir, 'plannen', 'OOST.WIJKPLAN.YAML'));
      copyFileSync(join(SAMPLES, 'sterk.wijkplan.yaml'), join(dir, 'plannen', 'west.Wijkplan.yml'));
      writeFileSync(join(dir, 'plannen', 'notities.yaml'), 'niet: een plan\n');
      const result = run(['check', 'plannen', '--format', 'json'], { cwd: dir });
      assert.equal(result.code, 0, result.stderr);
      assert.deepEqual(JSON.parse(result.stdout).files.map((file: { path: string }) => file.path), ['plannen/OOST.WIJKPLAN.YAML', 'plannen/west.Wijkplan.yml']);
    } finally {
      cleanup();
    }
  });

  it('is the one pattern the editor uses too', () => {
    for (const name of ['a.wijkplan.yaml', 'B.WIJKPLAN.YML', 'c.Wijkplan.Yaml']) assert.ok(PLAN_FILE_NAME.test(name), name);
    for (const name of ['a.yaml', 'wijkplan.yaml', 'a.wijkplan.yaml.bak']) assert.ok(!PLAN_FILE_NAME.test(name), name);
  });
});
