import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/core/lint';
import { CHANGE_KINDS, diffPlans } from '../../server/src/core/review';
import { isPlaceholder } from '../../server/src/core/placeholder';
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

  const rows: Array<[string, string | RegExp, string, string]> = [
    ['plan end earlier', '  eind: 2044-12-31\nvisie', '  eind: 2040-12-31\nvisie', 'plan-end-earlier'],
    ['plan end later', '  eind: 2044-12-31\nvisie', '  eind: 2046-12-31\nvisie', 'plan-end-later'],
    ['commitment shortened', 'commitment: { tot: 2044-12-31, vastgelegd_in: Regiodeal Oost }', 'commitment: { tot: 2043-12-31, vastgelegd_in: Regiodeal Oost }', 'commitment-shortened'],
    ['commitment extended', 'commitment: { tot: 2029-12-31, vastgelegd_in: Toekenningsbrief 2024 }', 'commitment: { tot: 2031-12-31, vastgelegd_in: Toekenningsbrief 2024 }', 'commitment-extended'],
    ['commitment removed', '    commitment: { tot: 2044-12-31, vastgelegd_in: Regiodeal Oost }\n', '', 'commitment-removed'],
    ['owner removed', 'eigenaars: [gemeente, welzijn-oost]', 'eigenaars: [gemeente]', 'owner-removed'],
    ['owner added', 'eigenaars: [gemeente, welzijn-oost]', 'eigenaars: [gemeente, welzijn-oost, hogeschool]', 'owner-added'],
    ['deputy removed', ', vervanger: teamleider wijkteam Oost }', ' }', 'deputy-removed'],
    ['programme manager deputy removed', '    vervanger: strategisch adviseur wijkaanpak\n', '', 'deputy-removed'],
    ['source lowered', 'bedragen: [{ van: 2025, tot_en_met: 2044, bedrag: 250000 }]', 'bedragen: [{ van: 2025, tot_en_met: 2044, bedrag: 200000 }]', 'source-amount-lowered'],
    ['decision later', 'besluitmoment: 2032-06-30', 'besluitmoment: 2033-06-30', 'decision-later'],
    ['decision earlier', 'besluitmoment: 2032-06-30', 'besluitmoment: 2031-06-30', 'decision-earlier'],
    ['adoption council to college', 'door: gemeenteraad, datum: 2024-11-14', 'door: college, datum: 2024-11-14', 'adoption-lowered'],
    ['steering member removed', 'stuurgroep: [gemeente, woonstad, welzijn-oost, zorgverzekeraar, bewonersraad]', 'stuurgroep: [gemeente, woonstad, welzijn-oost, bewonersraad]', 'steering-member-removed'],
    ['steering member added', 'stuurgroep: [gemeente, woonstad, welzijn-oost, zorgverzekeraar, bewonersraad]', 'stuurgroep: [gemeente, woonstad, welzijn-oost, zorgverzekeraar, bewonersraad, hogeschool]', 'steering-member-added'],
    ['baseline removed', '        nulmeting: { waarde: 3.9, datum: 2024-01-01 }\n', '', 'baseline-removed'],
  ];
  for (const [name, from, to, kind] of rows) {
    it(`${name}: ${kind} (${CHANGE_KINDS[kind].effect})`, () => {
      only(BASE, edit(BASE, from, to), kind);
    });
    if (kind === 'adoption-lowered' || kind === 'commitment-shortened' || kind === 'decision-later') {
      it(`${name} reversed gives the opposite effect`, () => {
        const back = changes(edit(BASE, from, to), BASE).filter((c) => c.effect !== 'neutral');
        assert.equal(back.length, 1);
        assert.equal(back[0].effect, 'stronger');
      });
    }
  }

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

  it('every kind is documented in docs/review-changes.md', () => {
    const doc = fs.readFileSync(path.join(__dirname, '../../docs/review-changes.md'), 'utf8');
    for (const [kind, info] of Object.entries(CHANGE_KINDS)) {
      assert.match(doc, new RegExp(`\\| \`${kind}\` \\| ${info.effect} \\|`), kind);
    }
  });

  it('isPlaceholder follows format.md', () => {
    for (const yes of ['(naam van de wijk)', '<vul in>', '[PM]', '{{gemeente}}', '(wie (welke rol) trekt?)', 'In te vullen: x', 'TODO beschrijven', 'ntb.', 'iets xxx hier', 'p.m.', '...', '  ?  ']) assert.ok(isPlaceholder(yes), yes);
    for (const no of ['(a) en (b)', 'Gemeente (naam)', 'n.v.t.', 'xxxl maat', 'ntbx', 'Wijkaanpak Oost']) assert.ok(!isPlaceholder(no), no);
  });
});
