// Placeholders (format.md, "Placeholders (1.1)"): each clause, its near misses, and where the
// engine looks (every `tekst` of the schema, nothing else).
import assert from 'node:assert/strict';
import { enclosed, findPlaceholders, isPlaceholder, startsWithPhrase, tekstPaths } from '../../server/src/core/placeholder';
import { lint } from '../../server/src/core/lint';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateHeavyPlan } from '../../bench/generate-heavy.mjs';
import { yamlFilesUnder } from './arbitraries';

const ROOT = join(__dirname, '..', '..');

function check(cases: Record<string, boolean>): void {
  for (const [text, expected] of Object.entries(cases)) assert.equal(isPlaceholder(text), expected, JSON.stringify(text));
}

describe('placeholders', () => {
  it('clause 1: wholly enclosed in one pair of brackets, balanced', () => {
    check({
      '(naam van de wijk)': true,
      '<vul in>': true,
      '[PM]': true,
      '{{gemeente}}': true,
      '  (met spaties eromheen)  ': true,
      '(wie (welke rol) trekt?)': true,
      '[a [b] c]': true,
      '{{a {{b}} c}}': true,
      '()': true,
      '(a) en (b)': false,
      'Gemeente (naam)': false,
      '(naam) Gemeente': false,
      '[a] of [b]': false,
      '<a> <b>': false,
      '{{a}} en {{b}}': false,
      '(a))': false,
      '((a)': false,
      '(a]': false,
      '{a}': false,
      '(': false,
    });
    assert.equal(enclosed('(a) (b)'), false);
    assert.equal(enclosed('((a) (b))'), true);
  });

  it('clause 2: a phrase at the start, then the end or a character that is no letter or digit', () => {
    check({
      'in te vullen': true,
      'In te vullen: naam van de bron': true,
      'NOG IN TE VULLEN': true,
      'nog invullen!': true,
      'nader te bepalen': true,
      'Nog te bepalen (na de evaluatie)': true,
      'n.t.b.': true,
      'ntb.': true,
      'NTB': true,
      'n.n.b. door de stuurgroep': true,
      'nnb': true,
      'TODO beschrijven': true,
      'tbd': true,
      'Fixme': true,
      'Lorem ipsum dolor sit amet': true,
      'De details zijn nog in te vullen': false,
      'In te vullenformulier': false,
      'Ntbregeling': false,
      'nnbx': false,
      'Nader overleg': false,
      'lorem': false,
    });
    assert.equal(startsWithPhrase('ntb-regeling'), true, 'a hyphen is not a letter or digit');
    assert.equal(startsWithPhrase('ntbé'), false, 'a letter with an accent is a letter');
  });

  it('clause 3: xxx, todo, tbd, fixme as a whole word anywhere', () => {
    check({
      'Minder eenzaamheid, zie xxx': true,
      'Wordt uitgewerkt (tbd)': true,
      'Begroting: TODO': true,
      'zie FIXME hierboven': true,
      'budget_todo': true,
      'Wethouder XXXL': false,
      'xxxx': false,
      'Todos': false,
      'Intodo': false,
      'tbdx': false,
    });
  });

  it('clause 4: exactly pm or p.m.', () => {
    check({ pm: true, PM: true, 'p.m.': true, ' P.M. ': true, 'p.m. volgt': false, pmx: false, 'p.m': false });
  });

  it('clause 5: only . … ? - _ * / and whitespace', () => {
    check({ '...': true, '…': true, '?': true, '- / -': true, '___': true, '***': true, '?.': true, 'Ja (?)': false, '-1': false });
  });

  it('n.v.t. is an answer; an empty text is missing, not a placeholder', () => {
    check({ 'n.v.t.': false, 'N.v.t.': false, '': false, '   ': false, 'Zuiderpark': false });
  });

  it('knows every tekst of the schema, and only tekst', () => {
    const paths = tekstPaths();
    for (const path of ['/titel', '/visie', '/wijk/naam', '/wijk/gemeente', '/partners/*/naam', '/partners/*/rol', '/partners/*/belang',
      '/partners/*/commitment/vastgelegd_in', '/bestuur/portefeuillehouders/*', '/bestuur/programmamanager/rol', '/bestuur/inbedding',
      '/doelen/*/titel', '/doelen/*/indicatoren/*/naam', '/interventies/*/trekker/vervanger', '/interventies/*/voortzetting/toelichting',
      '/financiering/inverdieneffecten/*/beschrijving', '/evaluatie/momenten/*/onderwerp', '/bewoners/wijkinitiatieven']) {
      assert.ok(paths.includes(path), `${path} is tekst`);
    }
    for (const path of ['/partners/*/id', '/partners/*/soort', '/looptijd/start', '/wijk/gemeentecode', '/wijk/wijkcodes/*',
      '/bestuur/stuurgroep/*', '/interventies/*/voortzetting/strategie', '/financiering/budgethouder']) {
      assert.ok(!paths.includes(path), `${path} is not tekst`);
    }
  });

  it('finds placeholders only in tekst values, not in ids, enums, dates or x- keys', () => {
    const found = findPlaceholders({
      titel: '(titel)',
      'x-eigen': '(todo)',
      partners: [{ id: 'TODO', naam: 'pm', soort: 'gemeente', 'x-a': 'tbd' }],
      bestuur: { portefeuillehouders: ['Wethouder', '(tweede)'], stuurgroep: ['xxx'] },
      onbekend: '(x)',
    });
    assert.deepEqual(found.map((p) => [p.pointer, p.field]), [
      ['/titel', 'titel'],
      ['/partners/0/naam', 'naam'],
      ['/bestuur/portefeuillehouders/1', 'portefeuillehouders'],
    ]);
  });

  it('a required key holding a placeholder is WP801 only, never WP002', () => {
    const text = 'wijkplan: 1\ntitel: (titel)\nwijk: { naam: "(wijk)", gemeente: "[gemeente]" }\nlooptijd: { start: 2025-01-01, eind: 2044-12-31 }\nvisie: TODO\npartners:\n  - { id: g, naam: "<naam>", soort: gemeente }\ndoelen:\n  - { id: D1, titel: "...", domein: sociaal }\ninterventies:\n  - { id: I1, naam: "?", doelen: [D1] }\n';
    const { findings, placeholders } = lint(text);
    assert.equal(findings.filter((f) => f.code === 'WP002').length, 0);
    assert.deepEqual(findings.filter((f) => f.code === 'WP801').map((f) => f.pointer).sort(),
      ['/doelen/0/titel', '/interventies/0/naam', '/partners/0/naam', '/titel', '/visie', '/wijk/gemeente', '/wijk/naam']);
    assert.equal(placeholders.length, 7);
  });

  it('a value that is WP002 for another reason is not also WP801', () => {
    const text = 'wijkplan: 1\ntitel: !!binary (titel)\nwijk: { naam: Oost, gemeente: Stad }\nlooptijd: { start: 2025-01-01, eind: 2044-12-31 }\nvisie: Visie\npartners:\n  - { id: g, naam: G, soort: gemeente, nam: (x) }\ndoelen:\n  - { id: D1, titel: Doel, domein: sociaal }\ninterventies:\n  - { id: I1, naam: I, doelen: [D1] }\n';
    const { findings } = lint(text);
    assert.deepEqual(findings.filter((f) => f.code === 'WP801'), []);
    assert.ok(findings.some((f) => f.code === 'WP002' && f.pointer === '/titel'));
  });

  it('reports exactly the placeholders that the plan holds once its broken values have left it', () => {
    // The lint looks in the plan before the broken values leave (the same list items as the
    // last version's) and then leaves out those under a broken value; that must be the same.
    let k = 0;
    const withPlaceholders = (text: string) => text.replace(/^(\s+(?:- )?(?:naam|rol|titel|beschrijving|belang|toelichting): ).*$/gm, (line, key: string) => (k++ % 3 === 0 ? `${key}(nog invullen)` : line));
    const heavy = [1, 2, 3, 4, 5, 6].map((seed) => withPlaceholders(generateHeavyPlan({ lines: 600, seed, rate: 0.3 })));
    const example = readFileSync(join(ROOT, 'test', 'fixtures', 'spec', 'example.wijkplan.yaml'), 'utf8');
    const broken = [
      example.replace(/^wijk:/m, 'wijk: !onbekend').replace(/^( {2}naam: ).*$/m, '$1(naam van de wijk)'),
      example.replace(/^(partners:\n)/m, '$1  - 12\n  - !x { id: q, naam: "(wie)", soort: gemeente }\n  - { id: r, naam: "[PM]", soort: 7 }\n'),
    ];
    const texts = [...broken, ...heavy, ...[...yamlFilesUnder(join(ROOT, 'samples')), ...yamlFilesUnder(join(ROOT, 'test', 'fixtures'))].map((file) => readFileSync(file, 'utf8'))];
    let found = 0;
    let underBroken = 0;
    for (const text of texts) {
      const { plan, placeholders, parsed } = lint(text);
      const inCleaned = plan ? findPlaceholders(plan) : [];
      assert.deepStrictEqual(placeholders, inCleaned);
      found += placeholders.length;
      // The case that matters: placeholders in the text that a broken value takes with it.
      const inText = parsed.value && typeof parsed.value === 'object' ? findPlaceholders(parsed.value) : [];
      underBroken += inText.length - inCleaned.length;
    }
    assert.ok(found > 100 && underBroken >= 2, `${found} placeholders, ${underBroken} under broken values`);
  });
});
