// The suppressions file from the command line (review.md, "Adopting the checks on plans that
// already exist"), each case in a fresh temporary folder: --suppress-all, a later check, a new
// finding beyond the count, a fixed finding to prune, --prune-suppressions, --suppress-rule,
// --suppressions-location, the file beside the nearest .wijkplanrc.yaml, an invalid file,
// worker threads and --changed-since.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertOneLineError, requireBuild, run, SAMPLES, tempDir } from './helpers';

const ZWAK = readFileSync(join(SAMPLES, 'zwak.wijkplan.yaml'), 'utf8');
/** A third intervention without `voortzetting` and with one owner: one WP101 and one WP201 more than the sample has. */
const EXTRA = '  - id: extra\n    naam: Buurtpreventie-app\n    doelen: [D-veilig]\n    eigenaars: [gemeente]\n';
/** The first intervention's WP101 silenced in the plan itself: one WP101 fewer. */
const FIXED = ZWAK.replace('  - id: camera\n', '  # wijkplan-disable-next-line WP101 -- afgesproken in de stuurgroep\n  - id: camera\n');

interface JsonReport {
  files: Array<{ path: string; score: number | null; suppressed?: number; diagnostics: Array<{ code: string; severity: string; message: string; line: number; pointer: string }> }>;
  summary: { files: number; errors: number; warnings: number; infos: number; suppressed?: number };
}

function json(args: string[], cwd: string, env?: Record<string, string>): { code: number | null; report: JsonReport; stderr: string } {
  const result = run(['check', ...args, '--format', 'json'], { cwd, env });
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}

function counts(file: string): Record<string, Record<string, number>> {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, { count: number }>>;
  const out: Record<string, Record<string, number>> = {};
  for (const [plan, codes] of Object.entries(data)) {
    out[plan] = {};
    for (const [code, { count }] of Object.entries(codes)) out[plan][code] = count;
  }
  return out;
}

function inTemp(body: (dir: string) => void): void {
  const { dir, cleanup } = tempDir('wijkplan-supp-');
  try {
    body(dir);
  } finally {
    cleanup();
  }
}

describe('cli: the suppressions file', function () {
  this.timeout(120_000);
  before(requireBuild);

  it('--suppress-all writes the counts beside no configuration (the current folder); a later check leaves them out and exits 0', () =>
    inTemp((dir) => {
      writeFileSync(join(dir, 'zwak.wijkplan.yaml'), ZWAK);
      const before = json([], dir);
      assert.equal(before.code, 1);
      const found = before.report.files[0].diagnostics.length;
      assert.equal(before.report.files[0].suppressed, undefined, 'no file, no count');

      const written = run(['check', '--suppress-all'], { cwd: dir });
      assert.equal(written.code, 0, written.stderr);
      const file = join(dir, 'wijkplan-suppressions.json');
      assert.ok(existsSync(file));
      const saved = counts(file);
      assert.deepEqual(Object.keys(saved), ['zwak.wijkplan.yaml']);
      assert.equal(saved['zwak.wijkplan.yaml'].WP101, 2);
      assert.equal(Object.values(saved['zwak.wijkplan.yaml']).reduce((a, b) => a + b, 0), found);
      assert.match(written.stderr, new RegExp(`Onderdrukkingen geschreven naar wijkplan-suppressions\\.json: ${found} bevindingen in 1 plan`));
      assert.match(written.stderr, /^ {2}zwak\.wijkplan\.yaml: .*WP101 × 2, WP102 × 1/m);
      assert.match(written.stdout, new RegExp(`Geen bevindingen in 1 bestand; ${found} onderdrukt`));
      const text = readFileSync(file, 'utf8');
      assert.ok(text.endsWith('}\n'));

      const after = json([], dir);
      assert.equal(after.code, 0);
      assert.deepEqual(after.report.files[0].diagnostics, []);
      assert.equal(after.report.files[0].suppressed, found);
      assert.equal(after.report.files[0].score, 100, 'suppressed findings cost no points, as inline suppressions');
      assert.equal(after.report.summary.suppressed, found);

      // Writing the same counts twice gives the same bytes (the file diffs well).
      assert.equal(run(['check', '--suppress-all'], { cwd: dir }).code, 0);
      assert.equal(readFileSync(file, 'utf8'), text);
    }));

  it('fails on a finding beyond the count, and reports a fixed one as a suppression to prune; --prune-suppressions lowers the count', () =>
    inTemp((dir) => {
      const plan = join(dir, 'zwak.wijkplan.yaml');
      writeFileSync(plan, ZWAK);
      assert.equal(run(['check', '--suppress-all'], { cwd: dir }).code, 0);

      writeFileSync(plan, ZWAK + EXTRA);
      const worse = json([], dir);
      assert.equal(worse.code, 1);
      const left = worse.report.files[0].diagnostics;
      assert.deepEqual(
        left.filter((d) => d.code === 'WP101').map((d) => d.pointer),
        ['/interventies/2'],
        'the first two WP101 in document order are left out, the third stays',
      );

      writeFileSync(plan, FIXED);
      const better = json([], dir);
      assert.equal(better.code, 0, 'a suppression to prune is a warning');
      const prune = better.report.files[0].diagnostics.filter((d) => d.code === 'WP007');
      assert.equal(prune.length, 1);
      assert.equal(prune[0].pointer, '');
      assert.equal(prune[0].severity, 'warning');
      assert.match(prune[0].message, /wijkplan-suppressions\.json onderdrukt in dit plan 2 × WP101, maar nu is het aantal 1/);
      assert.equal(json(['--fail-on', 'warning'], dir).code, 1);

      const pruned = run(['check', '--prune-suppressions'], { cwd: dir });
      assert.equal(pruned.code, 0, pruned.stderr);
      assert.match(pruned.stderr, /WP101 × 1/);
      assert.equal(counts(join(dir, 'wijkplan-suppressions.json'))['zwak.wijkplan.yaml'].WP101, 1);
      assert.deepEqual(json(['--fail-on', 'warning'], dir).report.files[0].diagnostics, []);
    }));

  it('--prune-suppressions drops plans that no longer exist and leaves plans it did not check', () =>
    inTemp((dir) => {
      mkdirSync(join(dir, 'a'));
      writeFileSync(join(dir, 'a', 'een.wijkplan.yaml'), ZWAK);
      writeFileSync(join(dir, 'a', 'twee.wijkplan.yaml'), ZWAK);
      writeFileSync(join(dir, 'drie.wijkplan.yaml'), ZWAK);
      assert.equal(run(['check', '--suppress-all'], { cwd: dir }).code, 0);
      assert.deepEqual(Object.keys(counts(join(dir, 'wijkplan-suppressions.json'))), ['a/een.wijkplan.yaml', 'a/twee.wijkplan.yaml', 'drie.wijkplan.yaml']);
      unlinkSync(join(dir, 'a', 'twee.wijkplan.yaml'));
      writeFileSync(join(dir, 'drie.wijkplan.yaml'), FIXED);
      assert.equal(run(['check', 'a', '--prune-suppressions'], { cwd: dir }).code, 0);
      const saved = counts(join(dir, 'wijkplan-suppressions.json'));
      assert.deepEqual(Object.keys(saved), ['a/een.wijkplan.yaml', 'drie.wijkplan.yaml']);
      assert.equal(saved['drie.wijkplan.yaml'].WP101, 2, 'a plan this run did not check keeps its counts');
    }));

  it('--suppress-rule writes one code and merges into the file; an unknown or unsuppressible code is exit 2', () =>
    inTemp((dir) => {
      writeFileSync(join(dir, 'zwak.wijkplan.yaml'), ZWAK);
      const one = run(['check', '--suppress-rule', 'WP101'], { cwd: dir });
      assert.equal(one.code, 1, 'the other errors (WP102, WP401) still fail');
      const file = join(dir, 'wijkplan-suppressions.json');
      assert.deepEqual(counts(file), { 'zwak.wijkplan.yaml': { WP101: 2 } });
      assert.doesNotMatch(one.stdout, /WP101/);

      const more = run(['check', '--suppress-rule', 'WP102', '--suppress-rule=WP401'], { cwd: dir });
      assert.equal(more.code, 0, more.stdout);
      assert.deepEqual(counts(file), { 'zwak.wijkplan.yaml': { WP101: 2, WP102: 1, WP401: 1 } });

      const unknown = run(['check', '--suppress-rule', 'WP999'], { cwd: dir });
      assert.equal(unknown.code, 2);
      assertOneLineError(unknown, 'WP999', '--suppress-rule');
      const never = run(['check', '--suppress-rule', 'WP001', '--lang', 'en'], { cwd: dir });
      assert.equal(never.code, 2);
      assertOneLineError(never, 'WP001 cannot be suppressed');
      const both = run(['check', '--suppress-all', '--prune-suppressions'], { cwd: dir });
      assert.equal(both.code, 2);
      assertOneLineError(both, '--suppress-all', '--prune-suppressions');
      assert.deepEqual(counts(file), { 'zwak.wijkplan.yaml': { WP101: 2, WP102: 1, WP401: 1 } }, 'a refused command line writes nothing');
    }));

  it('--suppressions-location names the file to write and to read', () =>
    inTemp((dir) => {
      writeFileSync(join(dir, 'zwak.wijkplan.yaml'), ZWAK);
      mkdirSync(join(dir, 'ci'));
      const location = ['--suppressions-location', 'ci/oude-schuld.json'];
      assert.equal(run(['check', '--suppress-all', ...location], { cwd: dir }).code, 0);
      assert.ok(!existsSync(join(dir, 'wijkplan-suppressions.json')));
      assert.deepEqual(Object.keys(counts(join(dir, 'ci', 'oude-schuld.json'))), ['../zwak.wijkplan.yaml']);
      assert.equal(json(location, dir).code, 0);
      assert.equal(json([], dir).code, 1, 'without the option the default file is read, and there is none');
    }));

  it('lies beside the nearest .wijkplanrc.yaml, found as the configuration is', () =>
    inTemp((dir) => {
      mkdirSync(join(dir, 'gemeente', 'plannen'), { recursive: true });
      writeFileSync(join(dir, 'gemeente', '.wijkplanrc.yaml'), 'regels:\n  WP306: off\n');
      writeFileSync(join(dir, 'gemeente', 'plannen', 'zwak.wijkplan.yaml'), ZWAK);
      const written = run(['check', '--suppress-all'], { cwd: dir });
      assert.equal(written.code, 0);
      assert.match(written.stderr, /Onderdrukkingen geschreven naar gemeente\/wijkplan-suppressions\.json/);
      assert.match(written.stderr, /^ {2}gemeente\/plannen\/zwak\.wijkplan\.yaml: /m);
      assert.ok(!existsSync(join(dir, 'wijkplan-suppressions.json')));
      assert.deepEqual(Object.keys(counts(join(dir, 'gemeente', 'wijkplan-suppressions.json'))), ['plannen/zwak.wijkplan.yaml']);
      // Run from another folder, the same file governs the plan.
      assert.equal(json(['zwak.wijkplan.yaml'], join(dir, 'gemeente', 'plannen')).code, 0);
    }));

  it('an invalid file is exit 2 with its file, line and reason; the plans it governs are not checked, others are', () =>
    inTemp((dir) => {
      mkdirSync(join(dir, 'oost'));
      writeFileSync(join(dir, 'oost', '.wijkplanrc.yaml'), 'extends: aanbevolen\n');
      writeFileSync(join(dir, 'oost', 'zwak.wijkplan.yaml'), ZWAK);
      writeFileSync(join(dir, 'oost', 'wijkplan-suppressions.json'), '{\n  "zwak.wijkplan.yaml": {\n    "WP101": { "count": 0 }\n  }\n}\n');
      writeFileSync(join(dir, 'sterk.wijkplan.yaml'), readFileSync(join(SAMPLES, 'sterk.wijkplan.yaml'), 'utf8'));
      const result = json([], dir);
      assert.equal(result.code, 2);
      assertOneLineError({ code: result.code, stdout: '', stderr: result.stderr }, 'oost/wijkplan-suppressions.json:3:', 'ongeldig onderdrukkingsbestand', 'heel getal');
      assertOneLineError({ code: result.code, stdout: '', stderr: result.stderr }, 'oost/zwak.wijkplan.yaml', 'niet gecontroleerd');
      assert.deepEqual(
        result.report.files.map((file) => file.path),
        ['sterk.wijkplan.yaml'],
      );
      writeFileSync(join(dir, 'oost', 'wijkplan-suppressions.json'), '{ "zwak.wijkplan.yaml": ');
      const broken = run(['check', '--suppress-all'], { cwd: dir });
      assert.equal(broken.code, 2);
      assertOneLineError(broken, 'oost/wijkplan-suppressions.json:1:1', 'geen geldige JSON');
      assert.equal(readFileSync(join(dir, 'oost', 'wijkplan-suppressions.json'), 'utf8'), '{ "zwak.wijkplan.yaml": ', 'an invalid file is never overwritten');
    }));

  it('applies the counts on worker threads as on one thread', () =>
    inTemp((dir) => {
      for (let i = 0; i < 240; i++) writeFileSync(join(dir, `plan-${String(i).padStart(3, '0')}.wijkplan.yaml`), ZWAK.replace(/^titel: .*$/m, `titel: Plan ${i}`));
      assert.equal(run(['check', '--suppress-all'], { cwd: dir }).code, 0);
      writeFileSync(join(dir, 'plan-123.wijkplan.yaml'), ZWAK + EXTRA);
      const single = run(['check', '--format', 'json'], { cwd: dir, env: { WIJKPLAN_THREADS: '1' } });
      const parallel = run(['check', '--format', 'json'], { cwd: dir, env: { WIJKPLAN_THREADS: '4' } });
      assert.equal(parallel.code, 1);
      assert.equal(parallel.code, single.code);
      assert.equal(parallel.stdout, single.stdout);
      const report = JSON.parse(parallel.stdout) as JsonReport;
      const failing = report.files.filter((file) => file.diagnostics.length > 0);
      assert.deepEqual(
        failing.map((file) => [file.path, file.diagnostics.map((d) => d.code)]),
        [['plan-123.wijkplan.yaml', ['WP101', 'WP201']]],
      );
      assert.ok(report.files.every((file) => (file.suppressed ?? 0) > 0));
    }));

  it('works with --changed-since: only the finding beyond the count is new', () =>
    inTemp((dir) => {
      const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir } });
      git('init', '-q', '-b', 'main');
      git('config', 'user.email', 'test@example.org');
      git('config', 'user.name', 'Test');
      git('config', 'commit.gpgsign', 'false');
      writeFileSync(join(dir, 'zwak.wijkplan.yaml'), ZWAK);
      writeFileSync(join(dir, 'sterk.wijkplan.yaml'), readFileSync(join(SAMPLES, 'sterk.wijkplan.yaml'), 'utf8'));
      assert.equal(run(['check', '--suppress-all'], { cwd: dir }).code, 0);
      git('add', '.');
      git('commit', '-q', '-m', 'basis met onderdrukkingen');

      writeFileSync(join(dir, 'zwak.wijkplan.yaml'), ZWAK + EXTRA);
      const result = run(['check', '--changed-since', 'HEAD', '--fail-on-new', '--format', 'json'], { cwd: dir });
      assert.equal(result.code, 1);
      const report = JSON.parse(result.stdout) as { files: Array<{ path: string; suppressed?: number; before: { score: number | null }; diagnostics: Array<{ code: string; new: boolean }> }> };
      assert.deepEqual(
        report.files.map((file) => file.path),
        ['zwak.wijkplan.yaml'],
      );
      assert.deepEqual(
        report.files[0].diagnostics.map((d) => [d.code, d.new]),
        [
          ['WP101', true],
          ['WP201', true],
        ],
      );
      assert.equal(report.files[0].before.score, 100, 'the version at REF is judged with the same file');

      writeFileSync(join(dir, 'zwak.wijkplan.yaml'), ZWAK.replace(/^titel: .*$/m, 'titel: Wijkaanpak Zwak, herzien'));
      assert.equal(run(['check', '--changed-since', 'HEAD', '--fail-on-new'], { cwd: dir }).code, 0);
    }));
});
