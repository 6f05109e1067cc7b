// The suppressions file (review.md, "Adopting the checks on plans that already exist"): the
// format, how one plan's counts apply to its findings, the report of a count to prune, and
// what --suppress-all / --suppress-rule / --prune-suppressions make of the counts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyBulkSuppressions,
  countSuppressible,
  defaultSuppressionsFile,
  formatSuppressions,
  parseSuppressions,
  suppressionsKey,
  updateCounts,
  type BulkContext,
} from '../../server/src/core/bulk-suppressions';
import { lint } from '../../server/src/core/lint';
import { rangeForPointer } from '../../server/src/core/parse';
import { computeScore } from '../../server/src/core/score';
import type { Finding, ResolvedConfig } from '../../server/src/core/types';
import { DEFAULT_CONFIG } from '../../server/src/core/types';

const ZWAK = readFileSync(join(__dirname, '..', '..', 'samples', 'zwak.wijkplan.yaml'), 'utf8');

function lintZwak(config: ResolvedConfig = DEFAULT_CONFIG) {
  return lint(ZWAK, { config });
}

function context(result: ReturnType<typeof lint>, config: ResolvedConfig = DEFAULT_CONFIG): BulkContext {
  return { config, checked: result.plan !== undefined, range: rangeForPointer(result.parsed, ''), file: 'wijkplan-suppressions.json' };
}

function withRules(rules: ResolvedConfig['rules']): ResolvedConfig {
  return { ...DEFAULT_CONFIG, rules };
}

function codesOf(findings: readonly Finding[]): string[] {
  return findings.map((finding) => finding.code);
}

describe('suppressions file: format', () => {
  it('reads what it writes, with plans and codes sorted and a final newline', () => {
    const text = formatSuppressions({ 'b/zwak.wijkplan.yaml': { WP203: 1, WP101: 2 }, 'a.wijkplan.yaml': { WP801: 1 }, 'leeg.wijkplan.yaml': {} });
    assert.equal(
      text,
      '{\n  "a.wijkplan.yaml": {\n    "WP801": {\n      "count": 1\n    }\n  },\n  "b/zwak.wijkplan.yaml": {\n    "WP101": {\n      "count": 2\n    },\n    "WP203": {\n      "count": 1\n    }\n  }\n}\n',
    );
    const parsed = parseSuppressions(text);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual({ ...parsed.suppressions['b/zwak.wijkplan.yaml'] }, { WP101: 2, WP203: 1 });
    assert.equal(parsed.suppressions['leeg.wijkplan.yaml'], undefined, 'a plan without counts is left out');
  });

  it('takes a plan named __proto__ as a plain key', () => {
    const parsed = parseSuppressions('{ "__proto__": { "WP101": { "count": 1 } } }');
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.suppressions.__proto__?.WP101, 1);
    assert.match(formatSuppressions(parsed.suppressions), /"__proto__"/);
  });

  const invalid: Array<[string, string, RegExp, number?]> = [
    ['not JSON', '{ "a.wijkplan.yaml": ', /geen geldige JSON/],
    ['a list', '[]', /JSON-object/],
    ['a plan without an object', '{ "a.wijkplan.yaml": 3 }', /object met per code een aantal/],
    ['an unknown code', '{ "a.wijkplan.yaml": { "WP999": { "count": 1 } } }', /Onbekende regel WP999/],
    ['WP001', '{ "a.wijkplan.yaml": { "WP001": { "count": 1 } } }', /WP001 kan niet worden onderdrukt/],
    ['WP007', '{ "a.wijkplan.yaml": { "WP007": { "count": 1 } } }', /WP007 kan niet worden onderdrukt/],
    ['a count of 0', '{ "a.wijkplan.yaml": { "WP101": { "count": 0 } } }', /heel getal van 1 of meer/],
    ['a count that is a string', '{ "a.wijkplan.yaml": { "WP101": { "count": "2" } } }', /heel getal/],
    ['a count with a fraction', '{ "a.wijkplan.yaml": { "WP101": { "count": 1.5 } } }', /heel getal/],
    ['an extra key', '{ "a.wijkplan.yaml": { "WP101": { "count": 1, "reden": "x" } } }', /precies \{ "count": N \}/],
    ['a plan twice', '{\n  "a.wijkplan.yaml": {},\n  "a.wijkplan.yaml": {}\n}', /twee keer/, 3],
  ];
  for (const [what, text, message, line] of invalid) {
    it(`is invalid with ${what}, and says why`, () => {
      const parsed = parseSuppressions(text);
      assert.ok(parsed.problems.length > 0);
      assert.match(parsed.problems[0].message.nl, message);
      assert.ok(parsed.problems[0].message.en.length > 0);
      assert.deepEqual({ ...parsed.suppressions }, {}, 'an invalid file suppresses nothing');
      if (line !== undefined) assert.equal(parsed.problems[0].range.start.line + 1, line);
    });
  }

  it('points at the count that is wrong', () => {
    const parsed = parseSuppressions('{\n  "a.wijkplan.yaml": {\n    "WP101": { "count": -1 }\n  }\n}\n');
    assert.equal(parsed.problems.length, 1);
    assert.equal(parsed.problems[0].range.start.line, 2);
  });
});

describe('suppressions file: applying one plan\'s counts', () => {
  const result = lintZwak();
  const wp101 = result.findings.filter((finding) => finding.code === 'WP101');
  const wp201 = result.findings.filter((finding) => finding.code === 'WP201');

  it('the sample has the findings these tests count on', () => {
    assert.equal(wp101.length, 2);
    assert.equal(wp201.length, 2);
  });

  it('leaves out up to the count per code, in document order; the rest stay', () => {
    const applied = applyBulkSuppressions(result.findings, { WP101: 1, WP201: 2 }, context(result));
    assert.deepEqual(applied.suppressed, [wp101[0], ...wp201].sort((a, b) => result.findings.indexOf(a) - result.findings.indexOf(b)));
    assert.ok(applied.findings.includes(wp101[1]), 'the second WP101 is beyond the count and stays');
    assert.equal(applied.findings.length, result.findings.length - 3);
    assert.ok(!codesOf(applied.findings).includes('WP201'));
    assert.ok(!codesOf(applied.findings).includes('WP007'), 'nothing to prune');
  });

  it('gives the score of the findings that stay, as inline suppressions do', () => {
    const applied = applyBulkSuppressions(result.findings, countSuppressible(result.findings), context(result));
    assert.deepEqual(applied.findings, []);
    assert.equal(computeScore(applied.findings).overall, 100);
    const inline = lint(`# wijkplan-disable ${[...new Set(codesOf(result.findings))].join(', ')} -- oude schuld\n${ZWAK}`);
    assert.equal(inline.score.overall, 100);
  });

  it('reports a count above what is found once per code, as WP007 at ""', () => {
    const applied = applyBulkSuppressions(result.findings, { WP101: 5, WP106: 1 }, context(result));
    const prune = applied.findings.filter((finding) => finding.code === 'WP007');
    assert.equal(prune.length, 2);
    assert.deepEqual(
      prune.map((finding) => finding.pointer),
      ['', ''],
    );
    assert.deepEqual(prune[0].range, rangeForPointer(result.parsed, ''));
    assert.equal(prune[0].severity, 'warning');
    assert.match(prune[0].message.nl, /onderdrukt in dit plan 5 × WP101, maar nu is het aantal 2/);
    assert.match(prune[1].message.en, /suppresses 1 × WP106 in this plan, but the number is now 0/);
    assert.equal(applied.suppressed.length, 2, 'both WP101 are still left out');
  });

  it('does not count or report codes that configuration switched off', () => {
    const config = withRules({ WP101: 'off' });
    const off = lintZwak(config);
    const applied = applyBulkSuppressions(off.findings, { WP101: 2 }, context(off, config));
    assert.deepEqual(applied.findings, off.findings);
    assert.deepEqual(applied.suppressed, []);
  });

  it('follows the severity of WP007 and says nothing when WP007 is off', () => {
    const warn = applyBulkSuppressions(result.findings, { WP106: 1 }, context(result, withRules({ WP007: 'error' })));
    assert.equal(warn.findings.find((finding) => finding.code === 'WP007')?.severity, 'error');
    const silent = applyBulkSuppressions(result.findings, { WP106: 1 }, context(result, withRules({ WP007: 'off' })));
    assert.ok(!codesOf(silent.findings).includes('WP007'));
  });

  it('never leaves out WP000, WP001 or WP007, even when a count names them', () => {
    const broken = lint('wijkplan: 1\ntitel: [\n');
    assert.deepEqual(codesOf(broken.findings), ['WP001']);
    const applied = applyBulkSuppressions(broken.findings, { WP001: 1 }, context(broken));
    assert.deepEqual(codesOf(applied.findings), ['WP001']);
    assert.deepEqual(applied.suppressed, []);
    const inline = lint(`# wijkplan-disable WP999 -- geen regel\n${ZWAK}`);
    assert.ok(codesOf(inline.findings).includes('WP007'));
    const kept = applyBulkSuppressions(inline.findings, { WP007: 3 }, context(inline));
    assert.equal(kept.findings.filter((finding) => finding.code === 'WP007').length, 1);
  });

  it('reports nothing to prune for a plan the rules did not run on (WP001)', () => {
    const broken = lint('wijkplan: 1\ntitel: [\n');
    const applied = applyBulkSuppressions(broken.findings, { WP101: 2 }, context(broken));
    assert.deepEqual(codesOf(applied.findings), ['WP001']);
  });
});

describe('suppressions file: new counts', () => {
  const result = lintZwak();
  const now = countSuppressible(result.findings);

  it('counts every code but the unsuppressible ones', () => {
    assert.equal(now.WP101, 2);
    const inline = lint(`# wijkplan-disable WP999 -- geen regel\n${ZWAK}`);
    assert.equal(countSuppressible(inline.findings).WP007, undefined);
  });

  it('--suppress-all makes the counts what is found, keeping codes that are switched off', () => {
    const config = withRules({ WP306: 'off' });
    const counts = updateCounts({ WP306: 4, WP106: 3 }, result.findings, { kind: 'all' }, config, true);
    assert.deepEqual({ ...counts }, { ...now, WP306: 4 });
  });

  it('--suppress-rule sets one code and keeps the others', () => {
    const counts = updateCounts({ WP106: 3 }, result.findings, { kind: 'rules', codes: ['WP101', 'WP999'] }, DEFAULT_CONFIG, true);
    assert.deepEqual({ ...counts }, { WP106: 3, WP101: 2 });
    const gone = updateCounts({ WP106: 3 }, result.findings, { kind: 'rules', codes: ['WP106'] }, DEFAULT_CONFIG, true);
    assert.equal(gone, undefined, 'a code that is no longer found leaves the file');
  });

  it('--prune-suppressions lowers the counts and drops the zeros, never raises', () => {
    const counts = updateCounts({ WP101: 5, WP106: 1, WP201: 1 }, result.findings, { kind: 'prune' }, DEFAULT_CONFIG, true);
    assert.deepEqual({ ...counts }, { WP101: 2, WP201: 1 });
  });

  it('leaves the counts of a plan the rules did not run on as they are', () => {
    const broken = lint('wijkplan: 1\ntitel: [\n');
    assert.deepEqual({ ...updateCounts({ WP101: 2 }, broken.findings, { kind: 'prune' }, DEFAULT_CONFIG, false) }, { WP101: 2 });
    assert.deepEqual({ ...updateCounts({ WP101: 2 }, broken.findings, { kind: 'all' }, DEFAULT_CONFIG, false) }, { WP101: 2 });
  });
});

describe('suppressions file: where it is and how plans are named in it', () => {
  it('names a plan by its path from the file\'s folder, with /', () => {
    assert.equal(suppressionsKey('/repo', '/repo/plannen/oost.wijkplan.yaml'), 'plannen/oost.wijkplan.yaml');
    assert.equal(suppressionsKey('/repo/config', '/repo/plannen/oost.wijkplan.yaml'), '../plannen/oost.wijkplan.yaml');
    assert.equal(suppressionsKey('/', '/oost.wijkplan.yaml'), 'oost.wijkplan.yaml');
    assert.equal(suppressionsKey('C:/repo', 'C:/repo/a/b.wijkplan.yaml'), 'a/b.wijkplan.yaml');
  });

  it('lies beside the configuration, else in the fallback folder', () => {
    const host = { dirname: (p: string) => p.slice(0, p.lastIndexOf('/')), join: (a: string, b: string) => `${a}/${b}` };
    assert.equal(defaultSuppressionsFile('/repo/.wijkplanrc.yaml', '/repo/sub', host), '/repo/wijkplan-suppressions.json');
    assert.equal(defaultSuppressionsFile(undefined, '/repo/sub', host), '/repo/sub/wijkplan-suppressions.json');
  });
});
