// Review: `wijkplan diff OLD NEW` and `check --changed-since REF` in a real git repository
// made for the test. The change drops a baseline and shortens the period (new findings) and
// decides a continuation (a resolved finding); findings are matched by code and pointer.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireBuild, run, SAMPLES, tempDir, assertOneLineError } from './helpers';

interface Diag {
  code: string;
  pointer: string;
  line: number;
  severity: string;
  new?: boolean;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir } });
}

const CONCEPT = readFileSync(join(SAMPLES, 'concept.wijkplan.yaml'), 'utf8');

/** The concept sample after the change under review. */
function changed(text: string): string {
  const out = text
    .replace('        nulmeting: { waarde: 48, datum: 2025-06-30 }\n', '')
    .replace('  eind: 2037-12-31', '  eind: 2034-12-31')
    .replace(
      '      strategie: inbedden\n      toelichting: als het werkt',
      '      strategie: inbedden\n      besluitmoment: 2034-06-30\n      toelichting: als het werkt',
    );
  assert.notEqual(out, text);
  return out;
}

function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  assert.ok(index >= 0, needle);
  return index + 1;
}

describe('cli: review (diff, --changed-since, --fail-on-new)', function () {
  this.timeout(60_000);
  let dir: string;
  let cleanup: () => void;

  before(() => {
    requireBuild();
    ({ dir, cleanup } = tempDir('wijkplan-git-'));
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'config', 'user.email', 'test@example.org');
    git(dir, 'config', 'user.name', 'Test');
    git(dir, 'config', 'commit.gpgsign', 'false');
    writeFileSync(join(dir, 'plan.wijkplan.yaml'), CONCEPT);
    copyFileSync(join(SAMPLES, 'sterk.wijkplan.yaml'), join(dir, 'ongewijzigd.wijkplan.yaml'));
    writeFileSync(join(dir, 'README.md'), 'geen plan\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'basis');
    writeFileSync(join(dir, 'plan.wijkplan.yaml'), changed(CONCEPT));
    writeFileSync(join(dir, 'README.md'), 'nog steeds geen plan\n');
    git(dir, 'commit', '-q', '-am', 'nulmeting weg, looptijd korter, besluitmoment erbij');
  });
  after(() => cleanup());

  it('--changed-since lists only the changed plans and marks what the change introduced', () => {
    const result = run(['--changed-since', 'HEAD~1', '--format', 'json'], { cwd: dir });
    assert.equal(result.code, 1, result.stderr);
    const report = JSON.parse(result.stdout);
    assert.equal(report.changedSince, 'HEAD~1');
    assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['plan.wijkplan.yaml']);
    const file = report.files[0];
    assert.equal(file.before.score, 59);
    assert.ok(file.score < file.before.score);
    const diags = file.diagnostics as Diag[];
    const find = (code: string, pointer: string) => diags.find((d) => d.code === code && d.pointer === pointer);
    const text = readFileSync(join(dir, 'plan.wijkplan.yaml'), 'utf8');
    // New: the dropped baseline and the short period, on the changed nodes' lines.
    assert.deepEqual(find('WP401', '/doelen/0/indicatoren/0'), { ...find('WP401', '/doelen/0/indicatoren/0')!, new: true, line: lineOf(text, 'id: I-tevredenheid-groen') });
    assert.deepEqual(find('WP102', '/looptijd'), { ...find('WP102', '/looptijd')!, new: true, line: lineOf(text, 'looptijd:'), severity: 'warning' });
    // Not new: the baseline that was already missing, though its line moved up.
    assert.equal(find('WP401', '/doelen/1/indicatoren/0')!.new, false);
    assert.equal(find('WP401', '/doelen/1/indicatoren/0')!.line, lineOf(CONCEPT, 'id: I-taal') - 1);
    // Resolved: the continuation now has a decision date.
    assert.equal(find('WP103', '/interventies/1/voortzetting'), undefined);
    const unchanged = diags.filter((d) => !d.new).map((d) => d.code).sort();
    assert.deepEqual(unchanged, ['WP108', 'WP201', 'WP202', 'WP206', 'WP307', 'WP401', 'WP411', 'WP502', 'WP801']);
  });

  it('--fail-on-new fails on what the change introduced, and only on that', () => {
    assert.equal(run(['--changed-since', 'HEAD~1', '--fail-on-new'], { cwd: dir }).code, 1);
    // A later change that only touches the title introduces nothing: the old error no longer fails.
    const text = readFileSync(join(dir, 'plan.wijkplan.yaml'), 'utf8');
    writeFileSync(join(dir, 'plan.wijkplan.yaml'), text.replace('(concept)', '(concept 2)'));
    try {
      assert.equal(run(['--changed-since', 'HEAD', '--fail-on-new'], { cwd: dir }).code, 0);
      assert.equal(run(['--changed-since', 'HEAD'], { cwd: dir }).code, 1, 'without --fail-on-new every error counts');
      const report = JSON.parse(run(['--changed-since', 'HEAD', '--format', 'json'], { cwd: dir }).stdout);
      assert.deepEqual(report.files[0].diagnostics.filter((d: Diag) => d.new), []);
    } finally {
      writeFileSync(join(dir, 'plan.wijkplan.yaml'), text);
    }
    assertOneLineError(run(['--fail-on-new'], { cwd: dir }), '--fail-on-new', '--changed-since');
  });

  it('an untracked new plan has no before: all its findings are new', () => {
    const extra = join(dir, 'nieuw.wijkplan.yaml');
    copyFileSync(join(SAMPLES, 'zwak.wijkplan.yaml'), extra);
    try {
      const report = JSON.parse(run(['--changed-since', 'HEAD', '--format', 'json'], { cwd: dir }).stdout);
      assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['nieuw.wijkplan.yaml']);
      assert.equal(report.files[0].before, null);
      assert.ok(report.files[0].diagnostics.length > 10);
      assert.ok(report.files[0].diagnostics.every((d: Diag) => d.new === true));
    } finally {
      execFileSync('rm', [extra]);
    }
  });

  it('the github format titles new findings, and stylish marks them with +', () => {
    const github = run(['--changed-since', 'HEAD~1', '--format', 'github'], { cwd: dir }).stdout;
    assert.match(github, /^::error file=plan\.wijkplan\.yaml,line=\d+,col=9,endLine=\d+,endColumn=\d+,title=WP401 no-baseline \(nieuw\)::/m);
    assert.match(github, /title=WP502 alderman-hobby::/);
    const stylish = run(['--changed-since', 'HEAD~1', '--no-color'], { cwd: dir }).stdout;
    assert.match(stylish, /^ {2}\+ \d+:\d+ +waarschuwing +De looptijd/m);
    assert.match(stylish, /Borgingsscore: \d+\/100 \(was 59, −\d+\)/);
  });

  it('no changed plan: exit 0 and says so', () => {
    const result = run(['--changed-since', 'HEAD', '--no-color'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Geen gewijzigde plannen sinds HEAD/);
  });

  it('an unknown REF or a folder outside git: exit 2, one line', () => {
    assertOneLineError(run(['--changed-since', 'bestaat-niet'], { cwd: dir }), 'bestaat-niet');
    const outside = tempDir();
    try {
      copyFileSync(join(SAMPLES, 'sterk.wijkplan.yaml'), join(outside.dir, 'x.wijkplan.yaml'));
      const result = run(['--changed-since', 'HEAD'], { cwd: outside.dir, env: { GIT_CEILING_DIRECTORIES: outside.dir } });
      assert.equal(result.code, 2);
      assertOneLineError(result, 'git-repository');
    } finally {
      outside.cleanup();
    }
  });

  it('wijkplan diff OLD NEW: scores before and after, new and resolved matched by code and pointer', () => {
    writeFileSync(join(dir, 'oud.yaml'), git(dir, 'show', 'HEAD~1:plan.wijkplan.yaml'));
    try {
      const result = run(['diff', 'oud.yaml', 'plan.wijkplan.yaml', '--format', 'json'], { cwd: dir });
      assert.equal(result.code, 0, result.stderr);
      const report = JSON.parse(result.stdout);
      assert.deepEqual(Object.keys(report), ['version', 'before', 'after', 'introduced', 'resolved', 'changes', 'summary']);
      assert.equal(report.before.path, 'oud.yaml');
      assert.equal(report.before.score, 59);
      assert.deepEqual(Object.keys(report.after.categories), ['WP1', 'WP2', 'WP3', 'WP4', 'WP5', 'WP6', 'WP7', 'WP8']);
      const introduced = report.introduced.map((d: Diag) => `${d.code} ${d.pointer}`);
      assert.ok(introduced.includes('WP401 /doelen/0/indicatoren/0'));
      assert.ok(introduced.includes('WP102 /looptijd'));
      assert.deepEqual(report.resolved.map((d: Diag) => `${d.code} ${d.pointer}`), ['WP103 /interventies/1/voortzetting']);
      assert.equal(report.summary.unchanged, 9);
      assert.ok(report.changes.some((c: { kind: string; effect: string }) => c.kind === 'plan-end-earlier' && c.effect === 'weaker'), 'the shorter period is a weaker change');
      assert.equal(run(['diff', 'oud.yaml', 'plan.wijkplan.yaml', '--fail-on-new'], { cwd: dir }).code, 1);
      assert.equal(run(['diff', 'plan.wijkplan.yaml', 'oud.yaml', '--fail-on-new'], { cwd: dir }).code, 0, 'the reverse change only resolves errors');
      const stylish = run(['diff', 'oud.yaml', 'plan.wijkplan.yaml', '--no-color'], { cwd: dir }).stdout;
      assert.match(stylish, /Borgingsscore: 59 → \d+ \(−\d+\)/);
      assert.match(stylish, /Opgelost \(1\)/);
      const markdown = run(['diff', 'oud.yaml', 'plan.wijkplan.yaml', '--format', 'markdown'], { cwd: dir }).stdout;
      assert.match(markdown, /\| \*\*Borgingsscore\*\* \| 59 \| \d+ \| −\d+ \|/);
    } finally {
      execFileSync('rm', [join(dir, 'oud.yaml')]);
    }
  });
});
