// Exit codes exactly as cli.md: 0 fine, 1 findings at or above --fail-on or a score below
// --min-score (a null score is below every minimum), 2 could not do the job; 2 wins over 1.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireBuild, run, SAMPLES, tempDir } from './helpers';

const STERK = 'samples/sterk.wijkplan.yaml';
const CONCEPT = 'samples/concept.wijkplan.yaml';

describe('cli: exit codes', () => {
  let dir: string;
  let cleanup: () => void;
  let infoOnly: string;
  let warningOnly: string;

  before(() => {
    requireBuild();
    ({ dir, cleanup } = tempDir());
    const strong = readFileSync(join(SAMPLES, 'sterk.wijkplan.yaml'), 'utf8');
    // Without the knowledge institute's value case the plan has one info (WP206) and nothing else.
    infoOnly = join(dir, 'info.wijkplan.yaml');
    writeFileSync(infoOnly, strong.replace(/\n    belang: een langjarige onderzoekslocatie[^\n]*/, ''));
    // Without a deputy for one lead the plan has one warning (WP202) and nothing else.
    warningOnly = join(dir, 'warning.wijkplan.yaml');
    writeFileSync(warningOnly, strong.replace(', vervanger: teamleider entree-opleidingen', ''));
  });
  after(() => cleanup());

  function codes(file: string): string[] {
    const result = run([file, '--format', 'json']);
    return JSON.parse(result.stdout).files[0].diagnostics.map((d: { code: string; severity: string }) => `${d.code} ${d.severity}`);
  }

  it('the variants have exactly the finding they were made for', () => {
    assert.deepEqual(codes(infoOnly), ['WP206 info']);
    assert.deepEqual(codes(warningOnly), ['WP202 warning']);
  });

  it('0 for a plan without findings', () => {
    assert.equal(run([STERK]).code, 0);
    assert.equal(run([STERK, '--fail-on', 'info']).code, 0);
  });

  it('1 for an error at the default --fail-on error', () => {
    assert.equal(run([CONCEPT]).code, 1);
  });

  it('--fail-on sets the lowest severity that fails', () => {
    assert.equal(run([warningOnly]).code, 0);
    assert.equal(run([warningOnly, '--fail-on', 'warning']).code, 1);
    assert.equal(run([warningOnly, '--fail-on', 'info']).code, 1);
    assert.equal(run([infoOnly, '--fail-on', 'warning']).code, 0);
    assert.equal(run([infoOnly, '--fail-on', 'info']).code, 1);
    assert.equal(run([CONCEPT, '--fail-on', 'never']).code, 0);
  });

  it('--min-score fails below the minimum, not at it', () => {
    const score = JSON.parse(run([CONCEPT, '--format', 'json']).stdout).files[0].score as number;
    assert.equal(run([CONCEPT, '--fail-on', 'never', '--min-score', String(score)]).code, 0);
    assert.equal(run([CONCEPT, '--fail-on', 'never', '--min-score', String(score + 1)]).code, 1);
    assert.equal(run([STERK, '--min-score', '100']).code, 0);
  });

  it('a null score is below every --min-score, even 0', () => {
    const empty = join(dir, 'leeg.wijkplan.yaml');
    writeFileSync(empty, '');
    assert.equal(run([empty, '--fail-on', 'never']).code, 0);
    assert.equal(run([empty, '--fail-on', 'never', '--min-score', '0']).code, 1);
  });

  it('2 wins over 1, and the other files are still reported', () => {
    const result = run([CONCEPT, 'samples/bestaat-niet.wijkplan.yaml', '--format', 'json']);
    assert.equal(result.code, 2);
    assert.deepEqual(
      JSON.parse(result.stdout).files.map((f: { path: string }) => f.path),
      ['samples/concept.wijkplan.yaml'],
    );
  });

  it('2 for an invalid --min-score or --fail-on value', () => {
    assert.equal(run([STERK, '--min-score', 'hoog']).code, 2);
    assert.equal(run([STERK, '--min-score', '101']).code, 2);
    assert.equal(run([STERK, '--fail-on', 'fatal']).code, 2);
  });
});
