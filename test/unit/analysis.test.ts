// The preview and the rules read one derivation layer (server/src/core/analysis), so the
// preview cannot contradict a finding: on every fixture and sample, a WP104, WP204, WP205
// or WP305 finding is there exactly when the preview shows the same fact.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/core/lint';
import { derive } from '../../server/src/core/preview/derive';
import { budgetCover, toCents } from '../../server/src/core/analysis/money';
import { collectRefs, ID_LISTS } from '../../server/src/core/analysis/refs';
import { interventionEnd, interventionPeriod } from '../../server/src/core/analysis/periods';

const ROOT = join(__dirname, '..', '..');

function plans(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return plans(path);
    return /\.ya?ml$/.test(name) && !name.includes('.wijkplanrc.') ? [path] : [];
  });
}

const FILES = [...plans(join(ROOT, 'test', 'fixtures')), ...plans(join(ROOT, 'samples'))];

function pointersOf(findings: ReturnType<typeof lint>['findings'], code: string): string[] {
  return findings.filter((finding) => finding.code === code).map((finding) => finding.pointer).sort();
}

describe('one derivation layer: the preview cannot contradict a finding', () => {
  it('finds the fixtures, the samples and the spec example', () => {
    assert.ok(FILES.length > 200);
    assert.ok(FILES.some((file) => file.endsWith(join('spec', 'example.wijkplan.yaml'))));
  });
  for (const file of FILES) {
    it(file.slice(ROOT.length + 1), () => {
      const result = lint(readFileSync(file, 'utf8'));
      if (!result.plan) return;
      const facts = derive(result.plan);
      // WP104: money stops before the end (or never pays) exactly where the preview says so.
      const early = facts.interventions
        .filter((fact) => (fact.status === 'early' || fact.status === 'never') && interventionEnd(facts.plan, fact.interventie))
        .map((fact) => `${fact.pointer}/financiering`)
        .sort();
      assert.deepEqual(pointersOf(result.findings, 'WP104'), early, 'WP104 against the preview');
      // WP305: the years short are the preview's.
      const wp305 = result.findings.filter((finding) => finding.code === 'WP305');
      assert.equal(wp305.length, facts.money.shortYears.length, 'WP305 against the preview');
      facts.money.shortYears.forEach((year) => assert.ok(wp305.some((finding) => finding.message.en.startsWith(`In ${year} `)), `WP305 in ${year}`));
      // WP204 and WP205: commitments short or missing exactly where the partner cards say so.
      const short = facts.partners.filter((fact) => fact.commitmentStatus === 'short').map((fact) => `${fact.pointer}/commitment`).sort();
      assert.deepEqual(pointersOf(result.findings, 'WP204'), short, 'WP204 against the preview');
      const missing = facts.partners.filter((fact) => fact.commitmentStatus === 'missing').map((fact) => fact.pointer).sort();
      assert.deepEqual(pointersOf(result.findings, 'WP205'), missing, 'WP205 against the preview');
      // One end-date rule: a period the preview draws ends where the rules say it ends.
      for (const fact of facts.interventions) {
        if (fact.period) assert.deepEqual(fact.period, interventionPeriod(facts.plan, fact.interventie));
      }
    });
  }
});

describe('analysis', () => {
  it('derives the fourteen ref fields and five id lists from the schema', () => {
    assert.deepEqual(ID_LISTS.map((list) => list.pattern), ['/partners/*', '/doelen/*', '/doelen/*/indicatoren/*', '/interventies/*', '/financiering/bronnen/*']);
    const example = lint(readFileSync(join(ROOT, 'test', 'fixtures', 'spec', 'example.wijkplan.yaml'), 'utf8'));
    const fields = new Set(collectRefs(example.plan).map((ref) => ref.pointer.replace(/\/\d+(?=\/|$)/g, '/*')));
    assert.equal(fields.size, 14);
  });
  it('adds money in exact cents: 0.1 + 0.2 covers 0.3', () => {
    const cover = budgetCover({
      financiering: { bronnen: [{ id: 'a', bedragen: [{ jaar: 2030, bedrag: 0.1 }] }, { id: 'b', bedragen: [{ jaar: 2030, bedrag: 0.2 }] }] },
      interventies: [{ id: 'i', begroting: [{ jaar: 2030, bedrag: 0.3 }] }],
    });
    assert.deepEqual(cover.shortYears, []);
    assert.deepEqual(cover.years, [{ year: 2030, budget: toCents(0.3), funded: 30 }]);
  });
  it('an intervention whose own eind is broken has no end: neither the plan\'s nor a guess', () => {
    const plan = { looptijd: { start: '2026-01-01', eind: '2035-12-31' }, interventies: [{ id: 'i', looptijd: { start: '2026-01-01' } }] };
    assert.equal(interventionEnd(plan, plan.interventies[0]), undefined);
    assert.equal(interventionPeriod(plan, plan.interventies[0]), undefined);
    const inherits = { ...plan, interventies: [{ id: 'i' }] };
    assert.deepEqual(interventionEnd(inherits, inherits.interventies[0]), { year: 2035, month: 12, day: 31 });
  });
});

describe('the fix contract', () => {
  const base = { category: 'WP1', severity: 'warning', summary: { nl: 's', en: 's' }, sources: [], rationale: { nl: 'r', en: 'r' } } as const;
  const fix = { kind: 'insertKey', pointer: '', key: 'visie', value: 'x', title: { nl: 't', en: 't' }, safe: true } as const;
  const withFix = (fixable: boolean) => ({
    ...base,
    code: 'WP101',
    name: 'probe',
    messages: { m: { nl: 'm', en: 'm' } },
    ...(fixable ? { fixable: true } : {}),
    check(ctx: { report(report: object): void }) {
      ctx.report({ pointer: '', messageId: 'm', fix });
    },
  });
  const text = 'wijkplan: 1\ntitel: t\n';
  it('a fix from a rule that does not declare fixable becomes WP000', () => {
    const codes = lint(text, { rules: [withFix(false) as never] }).findings.map((finding) => finding.code);
    assert.ok(codes.includes('WP000'));
    assert.ok(!codes.includes('WP101'));
  });
  it('a fix from a fixable rule is reported with its fix', () => {
    const findings = lint(text, { rules: [withFix(true) as never] }).findings;
    assert.ok(findings.some((finding) => finding.code === 'WP101'));
    assert.ok(!findings.some((finding) => finding.code === 'WP000'));
  });
});
