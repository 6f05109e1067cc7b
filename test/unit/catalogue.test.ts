// The rule catalogue: codes unique and equal to their file names, every rule documented with
// the fixed headings, with a valid and an invalid fixture, and the same placeholders in nl
// and en. The README's rule list is generated from the same catalogue.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { placeholdersOf } from '../../server/src/core/rule';
import { RULES } from '../../server/src/core/rules/index';
import { SOURCES } from '../../server/src/core/sources';
import { renderRuleTable } from '../../server/src/core/rule-table';
import { schemaAtPath } from '../../server/src/core/language/schema-info';
// The generator is plain Node (esbuild.js runs it before every build).
const { renderRegistry } = require('../../scripts/generate-rule-registry.js') as { renderRegistry(): string };

const ROOT = join(__dirname, '..', '..');
const RULES_DIR = join(ROOT, 'server', 'src', 'core', 'rules');
const DOC_HEADINGS = ['## Wanneer / When', '## Fout / Failing example', '## Goed / Fixed example', '## Waarom / Why', '## Instellingen / Options'];

/** The codes of rules.md, in order: the contract the catalogue must match. */
const SPEC_CODES = [
  'WP000', 'WP001', 'WP002', 'WP003', 'WP004', 'WP005', 'WP006', 'WP007', 'WP008',
  'WP101', 'WP102', 'WP103', 'WP104', 'WP105', 'WP106', 'WP107', 'WP108', 'WP109',
  'WP201', 'WP202', 'WP203', 'WP204', 'WP205', 'WP206', 'WP207',
  'WP301', 'WP302', 'WP303', 'WP304', 'WP305', 'WP306', 'WP307', 'WP308', 'WP309',
  'WP401', 'WP402', 'WP403', 'WP404', 'WP405', 'WP406', 'WP407', 'WP408', 'WP409', 'WP410', 'WP411', 'WP412', 'WP413', 'WP414',
  'WP501', 'WP502', 'WP503', 'WP504', 'WP505',
  'WP601', 'WP602', 'WP603',
  'WP701', 'WP702', 'WP703',
  'WP801', 'WP802',
];

function ruleFiles(): string[] {
  const files: string[] = [];
  for (const folder of readdirSync(RULES_DIR, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(RULES_DIR, folder.name))) if (/^WP\d{3}-/.test(file)) files.push(file);
  }
  return files;
}

describe('rule catalogue', () => {
  it('has exactly the codes of rules.md, in order, each once', () => {
    assert.deepEqual(RULES.map((rule) => rule.code), SPEC_CODES);
  });

  it('is generated from the rule folders, and the committed registry is current', () => {
    const committed = readFileSync(join(RULES_DIR, 'registry.generated.ts'), 'utf8');
    assert.equal(committed, renderRegistry(), 'registry.generated.ts is stale: run `npm run build`');
  });

  it('names each rule file after its code and name', () => {
    const expected = RULES.map((rule) => `${rule.code}-${rule.name}.ts`).sort();
    assert.deepEqual(ruleFiles().sort(), expected);
  });

  for (const rule of RULES) {
    describe(`${rule.code} ${rule.name}`, () => {
      it('has a kebab-case name, a category matching its code and a summary in both languages', () => {
        assert.match(rule.name, /^[a-z]+(-[a-z]+)*$/);
        assert.equal(rule.category, `WP${rule.code[2]}`);
        assert.ok(rule.summary.nl.trim() && rule.summary.en.trim());
        assert.ok(rule.rationale.nl.trim() && rule.rationale.en.trim());
      });

      it('watches keys that exist in the schema (a hover on them names the rule)', () => {
        for (const pointer of rule.watches ?? []) {
          assert.ok(pointer.startsWith('/'), `${pointer} is a pointer`);
          assert.ok(schemaAtPath(pointer.slice(1).split('/')), `${pointer} is no key of the plan schema`);
        }
        // Every borging rule looks at some key; the structure rules and WP801 look at every node.
        if (rule.category !== 'WP0' && rule.code !== 'WP801') assert.ok((rule.watches ?? []).length > 0, 'declares the keys it watches');
      });

      it('declares every level it reports at, its default first among them', () => {
        if (rule.severities) assert.ok(rule.severities.includes(rule.severity), `${rule.severity} is among ${rule.severities.join(', ')}`);
      });

      it('uses the same placeholders in nl and en', () => {
        assert.ok(Object.keys(rule.messages).length > 0);
        for (const [id, message] of Object.entries(rule.messages)) {
          assert.deepEqual(placeholdersOf(message.nl), placeholdersOf(message.en), `message ${id}`);
        }
      });

      it('cites known sources', () => {
        for (const source of rule.sources) assert.ok(SOURCES[source], `unknown source ${source}`);
        if (rule.category !== 'WP0') assert.ok(rule.sources.length > 0, 'a borging rule cites its source');
      });

      it('has a doc page with the fixed headings', () => {
        const path = join(ROOT, 'docs', 'rules', `${rule.code}.md`);
        assert.ok(existsSync(path), `${path} is missing`);
        const doc = readFileSync(path, 'utf8');
        assert.ok(doc.startsWith(`# ${rule.code} ${rule.name}\n`), 'first line is "# CODE name"');
        let last = -1;
        for (const heading of DOC_HEADINGS) {
          const at = doc.indexOf(`\n${heading}\n`);
          assert.ok(at > last, `heading "${heading}" missing or out of order`);
          last = at;
        }
      });

      if (rule.code !== 'WP000') {
        it('has a valid and an invalid fixture', () => {
          const dir = join(ROOT, 'test', 'fixtures', rule.code);
          const files = existsSync(dir) ? readdirSync(dir) : [];
          assert.ok(files.some((f) => f.startsWith('valid-')), 'no valid-*.yaml');
          assert.ok(files.some((f) => f.startsWith('invalid-')), 'no invalid-*.yaml');
        });
      }
    });
  }

  it('README lists every rule, generated from the catalogue', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = renderRuleTable();
    assert.ok(readme.includes(table), 'README.md rule table is stale: run `npm run docs:rules`');
  });
});

describe('documentation links', () => {
  it('go through the package homepage, pinned to the released version (blob/vX.Y.Z/)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; homepage: string };
    assert.ok(pkg.homepage.endsWith(`/blob/v${pkg.version}/`), `homepage ${pkg.homepage} is pinned to v${pkg.version}`);
  });
});

describe('rule docs repeat no metadata by hand that could drift', () => {
  const SEVERITY_NL = { error: 'fout', warning: 'waarschuwing', info: 'info' } as const;
  const THRESHOLD_NAMES = ['minHorizonYears', 'minOwners', 'minPartnerKinds', 'minStructuralShare', 'maxEvaluationGapYears', 'minDecisionLeadMonths'];
  for (const rule of RULES) {
    it(`${rule.code}: the doc's default severity and thresholds are the rule's`, () => {
      const doc = readFileSync(join(ROOT, 'docs', 'rules', `${rule.code}.md`), 'utf8');
      const options = doc.slice(doc.indexOf('## Instellingen / Options'));
      const severity = /- Standaard ernst \/ default severity: \*\*(\w+) \/ (\w+)\*\*/.exec(options);
      assert.ok(severity, 'one wording: "Standaard ernst / default severity: **nl / en**"');
      assert.deepEqual([severity[1], severity[2]], [SEVERITY_NL[rule.severity], rule.severity]);
      const named = THRESHOLD_NAMES.filter((name) => options.includes(`\`${name}\``));
      assert.deepEqual(named.sort(), [...(rule.thresholds ?? [])].sort(), 'the thresholds the doc names are the ones the rule reads');
    });
  }
});
