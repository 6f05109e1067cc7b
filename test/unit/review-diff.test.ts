import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/core/lint';
import { CHANGE_KINDS, diffPlans } from '../../server/src/core/review';
import { isPlaceholder } from '../../server/src/core/placeholder';
import { GLOSSARY } from '../../server/src/core/vocabulary';
import type { Change } from '../../server/src/core/review';

const BASE = fs.readFileSync(path.join(__dirname, '../fixtures/review/base.wijkplan.yaml'), 'utf8');

function edit(text: string, from: string | RegExp, to: string): string {
  const next = text.replace(from, to);
  assert.notEqual(next, text, `edit did not apply: ${from}`);
  return next;
}

function changes(before: string, after: string): Change[] {
  return diffPlans(lint(before).plan, lint(after).plan);
}

function only(before: string, after: string, kind: string): Change {
  const list = changes(before, after).filter((c) => c.effect !== 'neutral' && (kind.startsWith('structural-share') || !c.kind.startsWith('structural-share')));
  assert.deepEqual(list.map((c) => c.kind), [kind], JSON.stringify(list, null, 1));
  assert.equal(list[0].effect, CHANGE_KINDS[kind].effect);
  return list[0];
}

describe('review: semantic diff of two plans', () => {
  it('identical plans: no change', () => {
    assert.deepEqual(changes(BASE, BASE), []);
  });

  it('comment-only and reformat-only edits (flow to block, key order): no change', () => {
    let other = BASE.replace(/^# .*$/gm, '# andere opmerking');
    other = edit(other, '  start: 2025-01-01\n  eind: 2044-12-31', '  eind: 2044-12-31   # einde\n  start: "2025-01-01"');
    other = edit(other, 'commitment: { tot: 2044-12-31, vastgelegd_in: Regiodeal Oost }', 'commitment:\n      vastgelegd_in: Regiodeal Oost\n      tot: 2044-12-31');
    assert.deepEqual(changes(BASE, other), []);
  });

  // Every row of review.md's table, one edit each way: [name, from, to, kind of the edit, kind of its reverse].
  const WONINGEN_VOORTZETTING = '    voortzetting:\n      strategie: inbedden\n      besluitmoment: 2040-01-01\n      toelichting: onderhoud en groenbeheer gaan op in het meerjarenonderhoudsplan\n';
  const MONITOR_2032 = '    - { datum: 2032-12-01, soort: monitor, door: hogeschool, met: [gemeente, bewonersraad] }\n';
  const TUSSENTIJDS_2026 = '    - { datum: 2026-12-01, soort: tussentijds, door: hogeschool, met: [gemeente, woonstad, bewonersraad] }\n';
  const rows: Array<[string, string | RegExp, string, string, string]> = [
    ['plan end earlier', '  eind: 2044-12-31\nvisie', '  eind: 2040-12-31\nvisie', 'plan-end-earlier', 'plan-end-later'],
    ['commitment shortened', 'commitment: { tot: 2044-12-31, vastgelegd_in: Regiodeal Oost }', 'commitment: { tot: 2043-12-31, vastgelegd_in: Regiodeal Oost }', 'commitment-shortened', 'commitment-extended'],
    ['commitment extended', 'commitment: { tot: 2029-12-31, vastgelegd_in: Toekenningsbrief 2024 }', 'commitment: { tot: 2031-12-31, vastgelegd_in: Toekenningsbrief 2024 }', 'commitment-extended', 'commitment-shortened'],
    ['commitment removed', '    commitment: { tot: 2044-12-31, vastgelegd_in: Regiodeal Oost }\n', '', 'commitment-removed', 'commitment-added'],
    ['owner removed', 'eigenaars: [gemeente, welzijn-oost]', 'eigenaars: [gemeente]', 'owner-removed', 'owner-added'],
    ['owner added', 'eigenaars: [gemeente, welzijn-oost]', 'eigenaars: [gemeente, welzijn-oost, hogeschool]', 'owner-added', 'owner-removed'],
    ['deputy removed', ', vervanger: teamleider wijkteam Oost }', ' }', 'deputy-removed', 'deputy-added'],
    ['programme manager deputy removed', '    vervanger: strategisch adviseur wijkaanpak\n', '', 'deputy-removed', 'deputy-added'],
    ['source lowered', 'bedragen: [{ van: 2025, tot_en_met: 2044, bedrag: 250000 }]', 'bedragen: [{ van: 2025, tot_en_met: 2044, bedrag: 200000 }]', 'source-amount-lowered', 'source-amount-raised'],
    ['source ends earlier, same total', 'bedragen: [{ van: 2025, tot_en_met: 2034, bedrag: 300000 }]', 'bedragen: [{ van: 2025, tot_en_met: 2029, bedrag: 600000 }]', 'source-ends-earlier', 'source-ends-later'],
    ['source no longer structural', 'partner: woonstad\n      soort: structureel', 'partner: woonstad\n      soort: incidenteel', 'source-no-longer-structural', 'source-now-structural'],
    ['continuation removed', WONINGEN_VOORTZETTING, '', 'continuation-removed', 'continuation-added'],
    ['strategy to wind down', 'strategie: overdragen', 'strategie: afbouwen', 'continuation-wound-down', 'continuation-restored'],
    ['strategy to stop', 'strategie: overdragen', 'strategie: stoppen', 'continuation-wound-down', 'continuation-restored'],
    ['decision later', 'besluitmoment: 2032-06-30', 'besluitmoment: 2033-06-30', 'decision-later', 'decision-earlier'],
    ['baseline removed', '        nulmeting: { waarde: 3.9, datum: 2024-01-01 }\n', '', 'baseline-removed', 'baseline-added'],
    ['evaluation moment removed', MONITOR_2032, '', 'evaluation-removed', 'evaluation-added'],
    ['tussentijds moment removed', TUSSENTIJDS_2026, '', 'tussentijds-moment-removed', 'evaluation-added'],
    ['tussentijds moment becomes a monitor', '{ datum: 2030-12-01, soort: tussentijds', '{ datum: 2030-12-01, soort: monitor', 'tussentijds-moment-removed', 'value-changed'],
    ['adoption council to college', 'door: gemeenteraad, datum: 2024-11-14', 'door: college, datum: 2024-11-14', 'adoption-lowered', 'adoption-raised'],
    ['adoption council to steering group', 'door: gemeenteraad, datum: 2024-11-14', 'door: stuurgroep, datum: 2024-11-14', 'adoption-lowered', 'adoption-raised'],
    ['steering member removed', 'stuurgroep: [gemeente, woonstad, welzijn-oost, zorgverzekeraar, bewonersraad]', 'stuurgroep: [gemeente, woonstad, welzijn-oost, bewonersraad]', 'steering-member-removed', 'steering-member-added'],
    ['involvement removed', 'betrokkenheid: [gebiedsanalyse, wijkagenda, uitvoering, evaluatie, ervaringsdeskundigen]', 'betrokkenheid: [gebiedsanalyse, wijkagenda, evaluatie, ervaringsdeskundigen]', 'involvement-removed', 'involvement-added'],
  ];
  for (const [name, from, to, kind, reverse] of rows) {
    it(`${name}: ${kind} (${CHANGE_KINDS[kind].effect}); reversed ${reverse} (${CHANGE_KINDS[reverse].effect})`, () => {
      only(BASE, edit(BASE, from, to), kind);
      if (CHANGE_KINDS[reverse].effect === 'neutral') {
        const back = changes(edit(BASE, from, to), BASE);
        assert.deepEqual(back.map((c) => c.kind), [reverse], JSON.stringify(back, null, 1));
      } else only(edit(BASE, from, to), BASE, reverse);
    });
  }

  it('college to alderman is weaker, alderman to steering group no change of rank (neutral)', () => {
    const college = edit(BASE, 'door: gemeenteraad', 'door: college');
    const wethouder = edit(BASE, 'door: gemeenteraad', 'door: wethouder');
    const stuurgroep = edit(BASE, 'door: gemeenteraad', 'door: stuurgroep');
    only(college, wethouder, 'adoption-lowered');
    only(wethouder, college, 'adoption-raised');
    assert.deepEqual(changes(wethouder, stuurgroep).map((c) => [c.kind, c.effect]), [['value-changed', 'neutral']]);
  });

  it('a removed partner is listed once, also when the partners were reordered and a later one changed (items by id)', () => {
    const start = BASE.indexOf('  - id: rijk');
    const end = BASE.indexOf('  - id: woonstad');
    const rijk = BASE.slice(start, end);
    let after = BASE.slice(0, start) + BASE.slice(end);
    after = edit(after, '  - id: gemeente\n', `${rijk}  - id: gemeente\n`);
    const s = after.indexOf('  - id: supermarkt');
    after = after.slice(0, s) + after.slice(after.indexOf('  - id: hogeschool'));
    after = edit(after, 'rol: nulmeting, monitoring en evaluatie', 'rol: monitoring en evaluatie');
    const list = changes(BASE, after);
    assert.deepEqual(
      list.map((c) => [c.kind, c.effect, c.pointer, c.side]),
      [
        ['partner-removed', 'weaker', '/partners/5', 'before'],
        ['value-changed', 'neutral', '/partners/5/rol', 'after'],
      ],
      JSON.stringify(list, null, 1),
    );
    assert.match(list[1].message.nl, /monitoring en evaluatie/);
  });

  it('a removed partner that carried nothing but had a commitment: one commitment-removed', () => {
    const extra = '  - id: buurtsportclub\n    naam: Buurtsportclub Oost\n    soort: vereniging\n    rol: sport na school\n    commitment: { tot: 2030-12-31, vastgelegd_in: Wijkakkoord Oost 2024 }\n';
    const before = edit(BASE, '\nbestuur:\n', `${extra}\nbestuur:\n`);
    const list = changes(before, BASE);
    assert.deepEqual(list.map((c) => [c.kind, c.side, c.pointer]), [['commitment-removed', 'before', '/partners/9']], JSON.stringify(list, null, 1));
    assert.match(list[0].message.nl, /buurtsportclub .*toezegging tot 31 december 2030/);
  });

  it('a removed sub-part leaves the rest of its item in the diff (continuation removed and a new name)', () => {
    let after = edit(BASE, WONINGEN_VOORTZETTING, '');
    after = edit(after, 'naam: Woningverbetering en groen', 'naam: Woningverbetering');
    const list = changes(BASE, after);
    assert.deepEqual(list.map((c) => [c.kind, c.pointer, c.side]), [
      ['continuation-removed', '/interventies/1', 'after'],
      ['value-changed', '/interventies/1/naam', 'after'],
    ]);
  });

  it('evaluation moments without id: the first removed is one change; a moved date is one neutral change', () => {
    const removed = changes(BASE, edit(BASE, TUSSENTIJDS_2026, ''));
    assert.deepEqual(removed.map((c) => [c.kind, c.pointer, c.side]), [['tussentijds-moment-removed', '/evaluatie/momenten/0', 'before']]);
    assert.match(removed[0].message.nl, /1 december 2026 \(tussentijds\)/);
    const moved = changes(BASE, edit(BASE, '{ datum: 2028-12-01, soort: tussentijds', '{ datum: 2029-06-01, soort: tussentijds'));
    assert.deepEqual(moved.map((c) => [c.kind, c.effect, c.pointer]), [['value-changed', 'neutral', '/evaluatie/momenten/1/datum']]);
    const met = changes(BASE, edit(BASE, 'door: hogeschool, met: [gemeente, welzijn-oost, bewonersraad]', 'door: hogeschool, met: [gemeente, bewonersraad]'));
    assert.deepEqual(met.map((c) => [c.kind, c.pointer]), [['value-removed', '/evaluatie/momenten/1/met/1']], 'a change inside a moment still shows');
  });

  it('a removed or added source, with its total', () => {
    const start = BASE.indexOf('    - id: F-fonds');
    const after = BASE.slice(0, start) + BASE.slice(BASE.indexOf('  inverdieneffecten:'));
    const removed = changes(BASE, after).filter((c) => c.kind === 'source-removed');
    assert.equal(removed.length, 1);
    assert.equal(removed[0].pointer, '/financiering/bronnen/4');
    assert.match(removed[0].message.nl, /F-fonds .*€ 250\.000 in totaal/);
    only(after, BASE, 'source-added');
  });

  it('the structural share is listed with its difference in percentage points', () => {
    const after = edit(BASE, 'bedragen: [{ van: 2025, tot_en_met: 2034, bedrag: 300000 }]', 'bedragen: [{ van: 2025, tot_en_met: 2034, bedrag: 200000 }]');
    const share = changes(BASE, after).find((c) => c.kind === 'structural-share-raised');
    assert.ok(share, 'a lower incidental source raises the structural share');
    assert.equal(share.effect, 'stronger');
    assert.match(share.message.nl, /^Aandeel structureel geld: \d+(,\d)?% → \d+(,\d)?% \(\+\d+(,\d)? procentpunt\)\.$/);
    assert.ok((share.after as number) > (share.before as number));
  });

  it('money in the message: per year in Dutch and English, totals when the years differ, cents exact', () => {
    const before = edit(BASE, 'bedragen: [{ van: 2025, tot_en_met: 2044, bedrag: 250000 }]', 'bedragen: [{ van: 2025, tot_en_met: 2044, bedrag: 400000 }]');
    const after = edit(BASE, 'bedragen: [{ van: 2025, tot_en_met: 2044, bedrag: 250000 }]', 'bedragen: [{ van: 2025, tot_en_met: 2044, bedrag: 300000 }]');
    const lowered = changes(before, after).find((c) => c.kind === 'source-amount-lowered')!;
    assert.equal(lowered.message.en, 'Source F-woonstad: €400,000 → €300,000 a year (−25%).');
    const shorter = edit(BASE, 'bedragen: [{ van: 2025, tot_en_met: 2044, bedrag: 250000 }]', 'bedragen: [{ van: 2025, tot_en_met: 2040, bedrag: 250000 }]');
    const total = changes(BASE, shorter).find((c) => c.kind === 'source-amount-lowered')!;
    assert.equal(total.message.nl, 'Bron F-woonstad: € 5.000.000 → € 4.000.000 in totaal (−20%).');
    const cents = edit(BASE, 'bedragen: [{ van: 2025, tot_en_met: 2044, bedrag: 250000 }]', 'bedragen: [{ van: 2025, tot_en_met: 2044, bedrag: 249999.9 }]');
    assert.match(changes(BASE, cents).find((c) => c.kind === 'source-amount-lowered')!.message.nl, /€ 250\.000 → € 249\.999,90 per jaar\./);
  });

  it('placeholders only in free text: an id or reference that reads TODO is a neutral change', () => {
    const ref = changes(BASE, edit(BASE, 'organisatie: welzijn-oost, vervanger', 'organisatie: TODO, vervanger'));
    assert.deepEqual(ref.map((c) => [c.kind, c.effect]), [['value-changed', 'neutral']]);
    const id = changes(BASE, edit(BASE, '  - id: wijkfonds\n', '  - id: TODO\n')).map((c) => c.kind);
    assert.ok(!id.some((kind) => kind.startsWith('placeholder-')), id.join());
    const text = changes(BASE, edit(BASE, 'rol: programmaleider Gezinslab', 'rol: nader te bepalen'));
    assert.deepEqual(text.map((c) => [c.kind, c.pointer]), [['placeholder-introduced', '/interventies/0/trekker/rol']]);
  });

  it('neutral changes: a new goal, a target, a description', () => {
    let after = edit(BASE, 'streefwaarden: [{ jaar: 2027, waarde: 300 }]', 'streefwaarden: [{ jaar: 2027, waarde: 250 }]');
    after = edit(after, 'beschrijving: Ervaringsdeskundigen en professionals', 'beschrijving: Ervaringsdeskundigen en hulpverleners');
    after = edit(after, '\ninterventies:\n', '  - id: D-zorg\n    titel: Minder eenzaamheid\n    domein: sociaal\n\ninterventies:\n');
    const list = changes(BASE, after);
    assert.deepEqual(list.map((c) => [c.kind, c.effect, c.pointer]), [
      ['value-changed', 'neutral', '/doelen/0/indicatoren/1/streefwaarden/0/waarde'],
      ['value-added', 'neutral', '/doelen/3'],
      ['value-changed', 'neutral', '/interventies/0/beschrijving'],
    ]);
    assert.match(list[1].message.nl, /^Doelen › nummer 4 \(D-zorg\) is toegevoegd\.$/);
  });

  it('each effect in document order (the text’s key order, not the order the diff looks)', () => {
    let after = edit(BASE, 'besluitmoment: 2032-06-30', 'besluitmoment: 2033-06-30');
    after = edit(after, 'door: gemeenteraad', 'door: college');
    after = edit(after, 'commitment: { tot: 2044-12-31, vastgelegd_in: Regiodeal Oost }', 'commitment: { tot: 2040-12-31, vastgelegd_in: Regiodeal Oost }');
    after = edit(after, '  eind: 2044-12-31\nvisie', '  eind: 2043-12-31\nvisie');
    assert.deepEqual(changes(BASE, after).map((c) => c.kind), ['plan-end-earlier', 'commitment-shortened', 'adoption-lowered', 'decision-later']);
  });

  it('no Dutch text of a change uses a word the glossary rules out', () => {
    const texts = Object.values(CHANGE_KINDS).map((info) => info.nl);
    for (const [, from, to] of rows) for (const c of changes(BASE, edit(BASE, from, to))) texts.push(c.message.nl);
    for (const entry of GLOSSARY) {
      for (const word of entry.avoid.nl) {
        const bad = texts.filter((text) => new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu').test(text));
        assert.deepEqual(bad, [], `"${word}" (say "${entry.nl}")`);
      }
    }
    assert.ok(!texts.some((text) => /\bcommitment\b/.test(text)), 'Dutch says toezegging');
  });

  it('structural source €400.000 → €300.000 a year: amount lowered and structural share lowered, with money in the message', () => {
    const before = edit(BASE, 'bedragen: [{ van: 2025, tot_en_met: 2044, bedrag: 250000 }]', 'bedragen: [{ van: 2025, tot_en_met: 2044, bedrag: 400000 }]');
    const after = edit(BASE, 'bedragen: [{ van: 2025, tot_en_met: 2044, bedrag: 250000 }]', 'bedragen: [{ van: 2025, tot_en_met: 2044, bedrag: 300000 }]');
    const list = changes(before, after);
    const lowered = list.find((c) => c.kind === 'source-amount-lowered')!;
    assert.equal(lowered.effect, 'weaker');
    assert.equal(lowered.pointer, '/financiering/bronnen/1/bedragen');
    assert.match(lowered.message.nl, /€ 400\.000 → € 300\.000 per jaar \(−25%\)/);
    assert.equal(lowered.before, 8000000);
    assert.equal(lowered.after, 6000000);
    const share = list.find((c) => c.kind === 'structural-share-lowered');
    assert.equal(share?.effect, 'weaker', 'also when the share stays above every threshold');
  });

  it('items matched by id when reordered: no change', () => {
    const a = '  - id: gemeente\n    naam: Gemeente Voorbeeldstad';
    const start = BASE.indexOf('  - id: rijk');
    const end = BASE.indexOf('  - id: woonstad');
    const rijk = BASE.slice(start, end);
    const reordered = BASE.slice(0, start).replace(a, `${rijk}${a}`) + BASE.slice(end);
    assert.notEqual(reordered, BASE);
    assert.deepEqual(changes(BASE, reordered), []);
  });

  it('a renamed id is a removal plus an addition', () => {
    const after = edit(BASE, '  - id: supermarkt\n', '  - id: supermarkt-hoek\n');
    const list = changes(BASE, after);
    const kinds = list.map((c) => c.kind);
    assert.ok(kinds.includes('partner-removed'), kinds.join());
    assert.ok(kinds.includes('value-added'), kinds.join());
    const removed = list.find((c) => c.kind === 'partner-removed')!;
    assert.equal(removed.side, 'before');
    assert.equal(removed.pointer, '/partners/5');
  });

  it('a new title is a neutral change', () => {
    const list = changes(BASE, edit(BASE, 'titel: Wijkaanpak Oost 2025-2044', 'titel: Wijkaanpak Oost'));
    assert.deepEqual(list.map((c) => [c.kind, c.effect, c.pointer]), [['value-changed', 'neutral', '/titel']]);
  });

  it('placeholder filled is stronger, placeholder introduced weaker', () => {
    const withPlaceholder = edit(BASE, 'titel: Wijkaanpak Oost 2025-2044', 'titel: (titel van het plan)');
    only(withPlaceholder, BASE, 'placeholder-filled');
    only(BASE, withPlaceholder, 'placeholder-introduced');
  });

  it('weaker first, then stronger, then neutral', () => {
    let after = edit(BASE, 'titel: Wijkaanpak Oost 2025-2044', 'titel: Anders');
    after = edit(after, '  eind: 2044-12-31\nvisie', '  eind: 2046-12-31\nvisie');
    after = edit(after, 'besluitmoment: 2032-06-30', 'besluitmoment: 2033-06-30');
    assert.deepEqual(changes(BASE, after).map((c) => c.effect), ['weaker', 'stronger', 'neutral']);
  });

  it('messages carry no JSON pointers or ISO dates', () => {
    const after = edit(BASE, 'besluitmoment: 2032-06-30', 'besluitmoment: 2033-06-30');
    const [change] = changes(BASE, after);
    assert.equal(change.message.nl, 'Besluitmoment over voortzetting van I-gezinslab: 30 juni 2032 → 30 juni 2033.'.replace('I-gezinslab', change.message.nl.split(' van ')[1].split(':')[0]));
    assert.doesNotMatch(change.message.nl, /\d{4}-\d{2}-\d{2}|\//);
  });

  it('docs/review-changes.md lists exactly the kinds of CHANGE_KINDS, with their effect', () => {
    const doc = fs.readFileSync(path.join(__dirname, '../../docs/review-changes.md'), 'utf8');
    const documented = [...doc.matchAll(/^\| `([a-z-]+)` \| (weaker|stronger|neutral) \|/gm)].map((m) => [m[1], m[2]]);
    assert.deepEqual(documented, Object.entries(CHANGE_KINDS).map(([kind, info]) => [kind, info.effect]));
  });

  it('on every fixture and sample: a plan against itself gives no change; against the base plan only documented kinds, each once', () => {
    const files: string[] = [];
    const collect = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) collect(full);
        else if (/\.ya?ml$/.test(entry.name)) files.push(full);
      }
    };
    collect(path.join(__dirname, '../fixtures'));
    collect(path.join(__dirname, '../../samples'));
    assert.ok(files.length > 50);
    const base = lint(BASE).plan;
    for (const file of files) {
      const plan = lint(fs.readFileSync(file, 'utf8')).plan;
      assert.deepEqual(diffPlans(plan, plan), [], file);
      for (const [a, b] of [[base, plan], [plan, base]]) {
        const list = diffPlans(a, b);
        for (const change of list) assert.equal(change.effect, CHANGE_KINDS[change.kind]?.effect, `${file}: ${change.kind}`);
        const keys = list.map((c) => `${c.kind} ${c.side} ${c.pointer} ${JSON.stringify(c.before)} ${JSON.stringify(c.after)}`);
        assert.equal(new Set(keys).size, keys.length, `${file}: a change listed twice`);
      }
    }
  });

  it('long lists without id past the matching limit still pair by position', () => {
    const moments = (n: number, skip?: number) =>
      `evaluatie:\n  momenten:\n${Array.from({ length: n }, (_, i) => i)
        .filter((i) => i !== skip)
        .map((i) => `    - { datum: ${2030 + (i % 10)}-0${1 + (i % 9)}-01, soort: monitor, onderwerp: meting ${i} }`)
        .join('\n')}\n`;
    const before = lint(`wijkplan: 1\ntitel: Lang\n${moments(600)}`).plan;
    const after = lint(`wijkplan: 1\ntitel: Lang\n${moments(600, 0)}`).plan;
    const list = diffPlans(before, after);
    // 600 × 599 cells is past the limit: by position, moment 0 pairs with 1 and so on; the last is removed.
    assert.equal(list.filter((c) => c.kind === 'evaluation-removed').length, 1);
    assert.equal(list.find((c) => c.kind === 'evaluation-removed')!.pointer, '/evaluatie/momenten/599');
    const small = diffPlans(lint(`wijkplan: 1\ntitel: Kort\n${moments(20)}`).plan, lint(`wijkplan: 1\ntitel: Kort\n${moments(20, 0)}`).plan);
    assert.deepEqual(small.map((c) => [c.kind, c.pointer]), [['evaluation-removed', '/evaluatie/momenten/0']], 'below the limit the unchanged moments anchor');
  });

  it('isPlaceholder follows format.md', () => {
    for (const yes of ['(naam van de wijk)', '<vul in>', '[PM]', '{{gemeente}}', '(wie (welke rol) trekt?)', 'In te vullen: x', 'TODO beschrijven', 'ntb.', 'iets xxx hier', 'p.m.', '...', '  ?  ']) assert.ok(isPlaceholder(yes), yes);
    for (const no of ['(a) en (b)', 'Gemeente (naam)', 'n.v.t.', 'xxxl maat', 'ntbx', 'Wijkaanpak Oost']) assert.ok(!isPlaceholder(no), no);
  });
});
