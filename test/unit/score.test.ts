// The borging score's properties (rules.md, "The borging score"), checked with fast-check:
// - 100 exactly when no WP1xx–WP8xx finding remains after suppressions and configuration;
// - fixing a finding never lowers it (overall and per category);
// - an error costs more than a warning, a warning more than an info;
// - a WP0xx finding of severity error makes the score (and every category) null.
// Both on computeScore with arbitrary findings and end to end through lint() with random
// configurations and suppressions of a real plan.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lint } from '../../server/src/core/lint';
import { computeScore } from '../../server/src/core/score';
import { RULES } from '../../server/src/core/rules/index';
import type { Category, ConfiguredSeverity, Finding, ResolvedConfig, Score, Severity } from '../../server/src/core/types';
import { DEFAULT_THRESHOLDS, SCORED_CATEGORIES } from '../../server/src/core/types';

const SAMPLES = join(__dirname, '..', '..', 'samples');
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const CATEGORIES: Category[] = ['WP0', 'WP1', 'WP2', 'WP3', 'WP4', 'WP5', 'WP6', 'WP7', 'WP8'];

function finding(category: Category, severity: Severity, n = 0): Finding {
  return {
    code: `${category}${String(n % 10).padStart(2, '0')}`,
    name: 'x',
    category,
    severity,
    pointer: '',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message: { nl: '', en: '' },
  };
}

const findingArb = fc.record({
  category: fc.constantFrom(...CATEGORIES),
  severity: fc.constantFrom(...SEVERITIES),
  n: fc.nat(99),
}).map(({ category, severity, n }) => finding(category, severity, n));

/** Findings without a WP0 error, so the score is a number. */
const scoredFindingsArb = fc.array(findingArb, { maxLength: 80 }).map((list) => list.filter((f) => !(f.category === 'WP0' && f.severity === 'error')));

/** a >= b for every part of the score; null only where both are null. */
function notLower(a: Score, b: Score): boolean {
  const ge = (x: number | null, y: number | null) => (x === null ? y === null : y === null || x >= y);
  return ge(a.overall, b.overall) && SCORED_CATEGORIES.every((c) => ge(a.categories[c], b.categories[c]));
}

function inRange(score: Score): boolean {
  const ok = (x: number | null) => x === null || (Number.isInteger(x) && x >= 0 && x <= 100);
  return ok(score.overall) && SCORED_CATEGORIES.every((c) => ok(score.categories[c]));
}

describe('borging score (properties)', () => {
  it('is a whole number from 0 to 100, or null', () => {
    fc.assert(fc.property(fc.array(findingArb, { maxLength: 200 }), (list) => inRange(computeScore(list))));
  });

  it('is 100 exactly when no WP1xx–WP8xx finding remains (WP0 warnings and infos do not count)', () => {
    fc.assert(
      fc.property(scoredFindingsArb, (list) => {
        const score = computeScore(list);
        const scored = list.filter((f) => f.category !== 'WP0');
        assert.equal(score.overall === 100, scored.length === 0);
        for (const c of SCORED_CATEGORIES) assert.equal(score.categories[c] === 100, !scored.some((f) => f.category === c), c);
      }),
    );
  });

  it('fixing a finding never lowers it, overall or in any category', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { minLength: 1, maxLength: 80 }), fc.nat(), (list, pick) => {
        const fixed = list.filter((_, i) => i !== pick % list.length);
        return notLower(computeScore(fixed), computeScore(list));
      }),
    );
  });

  it('fixing any subset of findings never lowers it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(findingArb, fc.boolean()), { maxLength: 80 }), (pairs) => {
        const all = pairs.map(([f]) => f);
        const kept = pairs.filter(([, keep]) => keep).map(([f]) => f);
        return notLower(computeScore(kept), computeScore(all));
      }),
    );
  });

  it('an error costs more than a warning, a warning more than an info (never less, and strictly alone)', () => {
    fc.assert(
      fc.property(scoredFindingsArb, fc.constantFrom(...SCORED_CATEGORIES), (rest, category) => {
        const withError = computeScore([...rest, finding(category, 'error')]);
        const withWarning = computeScore([...rest, finding(category, 'warning')]);
        const withInfo = computeScore([...rest, finding(category, 'info')]);
        assert.ok(notLower(withWarning, withError));
        assert.ok(notLower(withInfo, withWarning));
      }),
    );
    for (const category of SCORED_CATEGORIES) {
      const [e, w, i] = SEVERITIES.map((severity) => computeScore([finding(category, severity)]));
      assert.ok(e.overall! < w.overall! && w.overall! < i.overall! && i.overall! < 100, `overall ${category}`);
      assert.ok(e.categories[category]! < w.categories[category]! && w.categories[category]! < i.categories[category]! && i.categories[category]! < 100);
    }
  });

  it('WP8 (substance, 1.1) is a category like the others: it has a score and its findings cost', () => {
    assert.deepEqual([...SCORED_CATEGORIES], ['WP1', 'WP2', 'WP3', 'WP4', 'WP5', 'WP6', 'WP7', 'WP8']);
    const score = computeScore([finding('WP8', 'warning', 1)]);
    assert.ok(score.overall! < 100);
    assert.ok(score.categories.WP8! < 100);
    for (const c of SCORED_CATEGORIES) if (c !== 'WP8') assert.equal(score.categories[c], 100, c);
    const perfect = computeScore([finding('WP0', 'warning')]);
    assert.equal(perfect.categories.WP8, 100);
  });

  it('a WP0xx error makes the score and every category null; a WP0 warning or info does not', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 60 }), fc.nat(), (list, at) => {
        const broken = [...list];
        broken.splice(at % (list.length + 1), 0, finding('WP0', 'error'));
        const score = computeScore(broken);
        assert.equal(score.overall, null);
        for (const c of SCORED_CATEGORIES) assert.equal(score.categories[c], null);
        const hasWp0Error = list.some((f) => f.category === 'WP0' && f.severity === 'error');
        assert.equal(computeScore(list).overall === null, hasWp0Error);
      }),
    );
  });

  describe('end to end through lint()', function () {
    this.timeout(60_000);
    const zwak = readFileSync(join(SAMPLES, 'zwak.wijkplan.yaml'), 'utf8');
    const concept = readFileSync(join(SAMPLES, 'concept.wijkplan.yaml'), 'utf8');
    const scoredCodes = RULES.filter((rule) => rule.category !== 'WP0').map((rule) => rule.code);
    const config = (rules: Record<string, ConfiguredSeverity>, preset: ResolvedConfig['preset'] = 'aanbevolen'): ResolvedConfig => ({
      preset,
      rules,
      thresholds: DEFAULT_THRESHOLDS,
    });
    const firing = (text: string) => [...new Set(lint(text).findings.filter((f) => f.category !== 'WP0').map((f) => f.code))];

    it('switching rules off (or suppressing them) is like fixing: never lower, 100 when all are gone', () => {
      for (const text of [zwak, concept]) {
        const codes = firing(text);
        assert.ok(codes.length > 0);
        fc.assert(
          fc.property(fc.subarray(codes), fc.subarray(codes), (off, more) => {
            const fewer = Object.fromEntries(off.map((code) => [code, 'off' as const]));
            const most = Object.fromEntries([...off, ...more].map((code) => [code, 'off' as const]));
            const a = lint(text, { config: config(fewer) }).score;
            const b = lint(text, { config: config(most) }).score;
            assert.ok(notLower(b, a));
            const remaining = lint(text, { config: config(most) }).findings.filter((f) => f.category !== 'WP0');
            assert.equal(b.overall === 100, remaining.length === 0);
          }),
          { numRuns: 25 },
        );
        const allOff = lint(text, { config: config(Object.fromEntries(codes.map((code) => [code, 'off' as const]))) });
        assert.equal(allOff.score.overall, 100);
        const suppressed = lint(`# wijkplan-disable ${codes.join(', ')} -- test\n${text}`);
        assert.equal(suppressed.score.overall, 100);
        assert.deepEqual(suppressed.findings.filter((f) => f.category !== 'WP0'), []);
        const someSuppressed = lint(`# wijkplan-disable ${codes[0]} -- test\n${text}`).score;
        assert.ok(notLower(someSuppressed, lint(text).score));
      }
    });

    it('raising a rule\'s severity never raises the score', () => {
      const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...scoredCodes), fc.constantFrom(...SEVERITIES)), fc.constantFrom(...scoredCodes), (rules, code) => {
          const current = (rules[code] as Severity | undefined) ?? RULES.find((rule) => rule.code === code)!.severity;
          const higher = SEVERITIES.filter((s) => rank[s] > rank[current]);
          for (const severity of higher) {
            const before = lint(zwak, { config: config(rules) }).score;
            const after = lint(zwak, { config: config({ ...rules, [code]: severity }) }).score;
            assert.ok(notLower(before, after), `${code} ${current} -> ${severity}`);
          }
        }),
        { numRuns: 30 },
      );
      // The streng preset only raises infos, so it never raises the score.
      assert.ok(notLower(lint(zwak).score, lint(zwak, { config: config({}, 'streng') }).score));
    });

    it('a plan with a WP0xx error has no score, whatever else is configured', () => {
      const broken = zwak.replace(/^titel: .*$/m, 'titel: [geen tekst]');
      fc.assert(
        fc.property(fc.subarray(scoredCodes), (off) => {
          const result = lint(broken, { config: config(Object.fromEntries(off.map((code) => [code, 'off' as const]))) });
          assert.ok(result.findings.some((f) => f.code === 'WP002' && f.severity === 'error'));
          assert.equal(result.score.overall, null);
          for (const c of SCORED_CATEGORIES) assert.equal(result.score.categories[c], null);
        }),
        { numRuns: 20 },
      );
      // Configured down to a warning, the same finding no longer hides the score.
      assert.notEqual(lint(broken, { config: config({ WP002: 'warning' }) }).score.overall, null);
    });
  });
});
