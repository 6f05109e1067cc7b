// The change list of a plan in the CLI (review.md): `diff --format json` and
// `check --changed-since REF` carry `changes`, `--fail-on-weaker` fails on a weakening that
// crosses no rule's threshold while `--fail-on-new` passes, and `# wijkplan-accept` accepts one.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireBuild, ROOT, run, tempDir } from './helpers';

const BASE = readFileSync(join(ROOT, 'test', 'fixtures', 'review', 'base.wijkplan.yaml'), 'utf8');

/** Four weakenings that cross no threshold: less structural money, a later decision, adoption by the college. */
function weakened(text: string): string {
  const lines = text.split('\n');
  const replace = (needle: string, from: string, to: string) => {
    const index = lines.findIndex((line) => line.includes(needle));
    assert.ok(index >= 0, `the base plan has "${needle}"`);
    lines[index] = lines[index].replace(from, to);
  };
  replace('bedragen: [{ van: 2025, tot_en_met: 2044, bedrag: 600000 }]', '600000', '500000');
  replace('besluitmoment: 2032-06-30', '2032-06-30', '2033-06-30');
  replace('door: gemeenteraad', 'gemeenteraad', 'college');
  return lines.join('\n');
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir } });
}

/** A git repository in `dir` whose one commit holds the base plan as oost.wijkplan.yaml. */
function commitBase(dir: string): void {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'test@example.org');
  git(dir, 'config', 'user.name', 'Test');
  git(dir, 'config', 'commit.gpgsign', 'false');
  writeFileSync(join(dir, 'oost.wijkplan.yaml'), BASE);
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'basis');
}

interface JsonChange {
  kind: string;
  effect: string;
  pointer: string;
  side: string;
  line: number;
  accepted: boolean;
  message: string;
}

describe('CLI: what changed in the plan', () => {
  before(requireBuild);

  it('diff --format json lists every weaker change, sorted weaker first, and --fail-on-weaker fails where --fail-on-new passes', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'oud.wijkplan.yaml'), BASE);
      writeFileSync(join(dir, 'nieuw.wijkplan.yaml'), weakened(BASE));
      const json = run(['diff', 'oud.wijkplan.yaml', 'nieuw.wijkplan.yaml', '--format', 'json'], { cwd: dir });
      assert.equal(json.code, 0, json.stderr);
      const changes = JSON.parse(json.stdout).changes as JsonChange[];
      const kinds = changes.map((change) => change.kind);
      for (const kind of ['source-amount-lowered', 'decision-later', 'adoption-lowered', 'structural-share-lowered']) assert.ok(kinds.includes(kind), `${kind} in ${kinds.join(', ')}`);
      assert.ok(changes.every((change) => change.effect === 'weaker' && change.side === 'after' && change.line > 0 && change.accepted === false));
      const amount = changes.find((change) => change.kind === 'source-amount-lowered')!;
      assert.match(amount.message, /€ 600\.000 → € 500\.000 per jaar \(−17%\)/);

      assert.equal(run(['diff', 'oud.wijkplan.yaml', 'nieuw.wijkplan.yaml', '--fail-on-new'], { cwd: dir }).code, 0);
      assert.equal(run(['diff', 'oud.wijkplan.yaml', 'nieuw.wijkplan.yaml', '--fail-on-weaker'], { cwd: dir }).code, 1);
      assert.equal(run(['diff', 'oud.wijkplan.yaml', 'oud.wijkplan.yaml', '--fail-on-weaker'], { cwd: dir }).code, 0, 'no change, nothing weaker');

      const markdown = run(['diff', 'oud.wijkplan.yaml', 'nieuw.wijkplan.yaml', '--format', 'markdown'], { cwd: dir }).stdout;
      const section = markdown.indexOf('### Wat is er veranderd');
      assert.ok(section > 0 && section < markdown.indexOf('Nieuwe bevindingen'), 'the change list comes before the findings');
      assert.match(markdown, /zwakker \| nieuw\.wijkplan\.yaml:\d+ \| Bron F-gemeente: € 600\.000 → € 500\.000 per jaar \(−17%\)/);
    } finally {
      cleanup();
    }
  });

  it('accepts a deliberate weaker change with # wijkplan-accept on the line before it', () => {
    const { dir, cleanup } = tempDir();
    try {
      const lines = weakened(BASE).split('\n');
      const adoption = lines.findIndex((line) => line.includes('door: college'));
      lines.splice(adoption, 0, `${' '.repeat(lines[adoption].length - lines[adoption].trimStart().length)}# wijkplan-accept adoption-lowered -- de raad mandateert het college`);
      writeFileSync(join(dir, 'oud.wijkplan.yaml'), BASE);
      writeFileSync(join(dir, 'nieuw.wijkplan.yaml'), lines.join('\n'));
      const changes = JSON.parse(run(['diff', 'oud.wijkplan.yaml', 'nieuw.wijkplan.yaml', '--format', 'json'], { cwd: dir }).stdout).changes as JsonChange[];
      assert.equal(changes.find((change) => change.kind === 'adoption-lowered')?.accepted, true);
      assert.equal(changes.find((change) => change.kind === 'decision-later')?.accepted, false);
    } finally {
      cleanup();
    }
  });

  it('check --changed-since in a real git repository carries changes per file, and SARIF and GitHub show weaker changes on their line', () => {
    const { dir, cleanup } = tempDir('wijkplan-git-');
    try {
      commitBase(dir);
      writeFileSync(join(dir, 'oost.wijkplan.yaml'), weakened(BASE));

      const json = run(['check', '--changed-since', 'HEAD', '--format', 'json'], { cwd: dir });
      const [file] = JSON.parse(json.stdout).files as Array<{ changes: JsonChange[] }>;
      assert.ok(file.changes.some((change) => change.kind === 'decision-later' && change.effect === 'weaker'));
      assert.equal(run(['check', '--changed-since', 'HEAD', '--fail-on-new'], { cwd: dir }).code, 0);
      assert.equal(run(['check', '--changed-since', 'HEAD', '--fail-on-weaker'], { cwd: dir }).code, 1);
      assert.equal(run(['check', '--fail-on-weaker'], { cwd: dir }).code, 2, '--fail-on-weaker needs --changed-since');

      const github = run(['check', '--changed-since', 'HEAD', '--format', 'github'], { cwd: dir }).stdout;
      assert.match(github, /::warning file=oost\.wijkplan\.yaml,line=\d+,col=\d+,title=change\/decision-later::/);
      const sarif = JSON.parse(run(['check', '--changed-since', 'HEAD', '--format', 'sarif'], { cwd: dir }).stdout);
      const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'change/decision-later');
      assert.ok(result, 'a SARIF result for the weaker change');
      assert.equal(sarif.runs[0].tool.driver.rules[result.ruleIndex].id, 'change/decision-later');
    } finally {
      cleanup();
    }
  });

  it('SARIF and GitHub show a removed partner on the nearest line that is still there (the partners list)', () => {
    const { dir, cleanup } = tempDir('wijkplan-git-');
    try {
      commitBase(dir);
      const start = BASE.indexOf('  - id: supermarkt');
      const removed = BASE.slice(0, start) + BASE.slice(BASE.indexOf('  - id: hogeschool'));
      writeFileSync(join(dir, 'oost.wijkplan.yaml'), removed);
      const partnersLine = removed.split('\n').findIndex((line) => line === 'partners:') + 1;
      assert.ok(partnersLine > 0);
      const github = run(['check', '--changed-since', 'HEAD', '--format', 'github'], { cwd: dir }).stdout;
      assert.match(github, new RegExp(`::warning file=oost\\.wijkplan\\.yaml,line=${partnersLine},col=1,title=change/partner-removed::`));
      const sarif = JSON.parse(run(['check', '--changed-since', 'HEAD', '--format', 'sarif'], { cwd: dir }).stdout);
      const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'change/partner-removed');
      assert.ok(result, 'a SARIF result for the removed partner');
      assert.equal(result.locations[0].physicalLocation.region.startLine, partnersLine);
    } finally {
      cleanup();
    }
  });

  describe('JUnit', () => {
    /** The <testcase> elements of a JUnit document, with their name and body. */
    function testcases(xml: string): Array<{ name: string; body: string }> {
      return [...xml.matchAll(/<testcase [^>]*name="([^"]*)"[^>]*?(?:\/>|>([\s\S]*?)<\/testcase>)/g)].map((m) => ({ name: m[1], body: m[2] ?? '' }));
    }

    /** The weakened plan, with the change of adoption accepted on the line before it. */
    function acceptedAdoption(): { text: string; decisionLine: number } {
      const lines = weakened(BASE).split('\n');
      const adoption = lines.findIndex((line) => line.includes('door: college'));
      lines.splice(adoption, 0, '  # wijkplan-accept adoption-lowered -- de raad mandateert het college');
      const text = lines.join('\n');
      return { text, decisionLine: text.split('\n').findIndex((line) => line.includes('besluitmoment: 2033-06-30')) + 1 };
    }

    it('check --changed-since --format junit: a failing case change/<kind> per weaker kind, on its line; an accepted change is no failure', () => {
      const { dir, cleanup } = tempDir('wijkplan-git-');
      try {
        commitBase(dir);
        const { text, decisionLine } = acceptedAdoption();
        writeFileSync(join(dir, 'oost.wijkplan.yaml'), text);

        const xml = run(['check', '--changed-since', 'HEAD', '--format', 'junit'], { cwd: dir }).stdout;
        const cases = testcases(xml);
        const decision = cases.find((c) => c.name === 'change/decision-later');
        assert.ok(decision, `a case change/decision-later in\n${xml}`);
        assert.match(decision.body, new RegExp(`<failure type="warning" message="Besluitmoment over voortzetting van gezinslab: 30 juni 2032 → 30 juni 2033\\.">oost\\.wijkplan\\.yaml:${decisionLine}:\\d+ change/decision-later `));
        const adoption = cases.find((c) => c.name === 'change/adoption-lowered');
        assert.ok(adoption, 'the accepted change still has its case');
        assert.doesNotMatch(adoption.body, /<failure/);
        assert.match(adoption.body, /<system-out>geaccepteerd: oost\.wijkplan\.yaml:\d+:\d+ change\/adoption-lowered /);
        for (const kind of ['source-amount-lowered', 'structural-share-lowered']) assert.match(cases.find((c) => c.name === `change/${kind}`)?.body ?? '', /<failure type="warning"/, kind);
        assert.ok(!cases.some((c) => c.name === 'change/value-changed'), 'neutral changes are no test case');

        const failing = cases.filter((c) => c.body.includes('<failure'));
        const suite = /<testsuite [^>]*tests="(\d+)" failures="(\d+)"/.exec(xml)!;
        assert.equal(Number(suite[1]), cases.length);
        assert.equal(Number(suite[2]), failing.length, 'the suite counts the change failures, not the accepted one');

        const plain = run(['check', 'oost.wijkplan.yaml', '--format', 'junit'], { cwd: dir }).stdout;
        assert.ok(!testcases(plain).some((c) => c.name.startsWith('change/')), 'without --changed-since there is no change list');
      } finally {
        cleanup();
      }
    });

    it('diff --format junit: introduced findings and weaker changes; a removal names its line in the old version', () => {
      const { dir, cleanup } = tempDir();
      try {
        writeFileSync(join(dir, 'oud.wijkplan.yaml'), BASE);
        const { text } = acceptedAdoption();
        const start = text.indexOf('  - id: supermarkt');
        writeFileSync(join(dir, 'nieuw.wijkplan.yaml'), text.slice(0, start) + text.slice(text.indexOf('  - id: hogeschool')));
        const result = run(['diff', 'oud.wijkplan.yaml', 'nieuw.wijkplan.yaml', '--format', 'junit'], { cwd: dir });
        assert.equal(result.code, 0, result.stderr);
        const cases = testcases(result.stdout);
        const oldLine = BASE.split('\n').findIndex((line) => line === '  - id: supermarkt') + 1;
        assert.match(cases.find((c) => c.name === 'change/partner-removed')?.body ?? '', new RegExp(`oud\\.wijkplan\\.yaml:${oldLine}:\\d+ \\(vorige versie\\) change/partner-removed Partner supermarkt`));
        assert.doesNotMatch(cases.find((c) => c.name === 'change/adoption-lowered')?.body ?? '<failure', /<failure/);
        const wp004 = cases.find((c) => c.name.startsWith('WP004 '));
        assert.match(wp004?.body ?? '', /<failure .*supermarkt/, 'the references to the removed partner are a new finding');
        assert.ok(cases.some((c) => /^WP\d{3} /.test(c.name) && c.body === ''), 'rules without a new finding pass');
      } finally {
        cleanup();
      }
    });
  });
});
