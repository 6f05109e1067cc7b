// GitHub workflow commands: one annotation per finding with GitHub's escaping, and the
// Markdown job summary appended to $GITHUB_STEP_SUMMARY.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeData, escapeProperty } from '../../server/src/cli/formatters/github';
import { requireBuild, run, SAMPLES, tempDir } from './helpers';

describe('cli: --format github', () => {
  before(requireBuild);

  it('escapes data and properties as GitHub does', () => {
    assert.equal(escapeData('100% klaar\r\nregel 2: a,b'), '100%25 klaar%0D%0Aregel 2: a,b');
    assert.equal(escapeProperty('map:1,2%/x\ny'), 'map%3A1%2C2%25/x%0Ay');
    assert.equal(escapeData('%0A'), '%250A', 'a literal escape sequence is not decoded by GitHub');
  });

  it('one command per finding: errors ::error, warnings ::warning, infos ::notice, with the range', () => {
    const result = run(['samples/concept.wijkplan.yaml', '--format', 'github']);
    assert.equal(result.code, 1);
    const lines = result.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 10);
    assert.equal(
      lines.find((line) => line.includes('WP401')),
      '::error file=samples/concept.wijkplan.yaml,line=80,col=9,endLine=80,endColumn=19,title=WP401 no-baseline::' +
        'Indicator "I-taal" heeft geen nulmeting: meet vóór de start en vul waarde en datum in, anders kunt u later niet aantonen dat er iets veranderde.',
    );
    assert.ok(lines.find((line) => line.includes('WP502'))!.startsWith('::warning '));
    assert.ok(lines.find((line) => line.includes('WP206'))!.startsWith('::notice '));
  });

  it('escapes percent, newlines, commas and colons in messages and paths', () => {
    const { dir, cleanup } = tempDir();
    try {
      const name = 'a%b,c:d.wijkplan.yaml';
      // An unknown key with every awkward character: the WP002 message quotes it.
      writeFileSync(join(dir, name), `${readFileSync(join(SAMPLES, 'sterk.wijkplan.yaml'), 'utf8')}"x%y,z:w\\nregel2\\rr": 1\n`);
      const result = run(['.', '--format', 'github'], { cwd: dir });
      assert.equal(result.code, 1);
      const lines = result.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 1, 'one annotation, on one line');
      const [head, ...rest] = lines[0].split('::').slice(1);
      const message = rest.join('::');
      assert.match(head, /^error file=a%25b%2Cc%3Ad\.wijkplan\.yaml,line=\d+,col=1,endLine=\d+,endColumn=\d+,title=WP002 schema$/);
      assert.match(message, /"x%25y,z:w%0Aregel2%0Dr"/);
      assert.doesNotMatch(message, /[\r\n]/);
    } finally {
      cleanup();
    }
  });

  it('appends the Markdown summary to $GITHUB_STEP_SUMMARY, next to the SARIF file of the same run', () => {
    const { dir, cleanup } = tempDir();
    try {
      const summary = join(dir, 'summary.md');
      writeFileSync(summary, '# earlier step\n');
      copyFileSync(join(SAMPLES, 'concept.wijkplan.yaml'), join(dir, 'concept.wijkplan.yaml'));
      const result = run(['.', '--format', 'github', '--format', 'sarif', '--output', 'out.sarif'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
      assert.equal(result.code, 1);
      assert.match(result.stdout, /^::error /m);
      assert.equal(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).runs[0].results.length, 10);
      const text = readFileSync(summary, 'utf8');
      assert.ok(text.startsWith('# earlier step\n## Wijkplan: borgingscontrole'));
      assert.match(text, /\| concept\.wijkplan\.yaml \| 59 \|/);
    } finally {
      cleanup();
    }
  });
});
