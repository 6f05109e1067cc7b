// The review page (review.md, "Where the reviewer sees it"): the new plan's preview with the
// change list first and the old values beside the new ones (money per year, end dates,
// commitments), every effect said in words, accepted changes marked, and every plan string
// escaped, also inside the change messages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { reviewChanges } from '../../server/src/cli/review';
import { lint } from '../../server/src/core/lint';
import { STANDALONE_CSP, renderStandalonePage } from '../../server/src/core/preview/page';
import { renderReviewBody, renderReviewPage, type ReviewInput } from '../../server/src/core/preview/review';
import { REVIEW_LABELS } from '../../server/src/core/preview/review-i18n';
import { diffPlans } from '../../server/src/core/review';
import { GLOSSARY } from '../../server/src/core/vocabulary';
import type { Lang } from '../../server/src/core/types';
import { XSS_IDS, XSS_PAYLOADS } from '../browser/xss-payloads';
import { scanTags } from './markup';

const FIXTURES = join(__dirname, '..', 'fixtures', 'review');
const BASE = readFileSync(join(FIXTURES, 'base.wijkplan.yaml'), 'utf8');
const WEAKENED = readFileSync(join(FIXTURES, 'weakened.wijkplan.yaml'), 'utf8');

function reviewInput(before: string, after: string, lang: Lang = 'nl'): ReviewInput {
  const old = lint(before);
  const now = lint(after);
  return { before: old, after: now, changes: reviewChanges(old, now), beforeFileName: 'oud.wijkplan.yaml', fileName: 'nieuw.wijkplan.yaml', lang };
}

/** The visible text of a piece of markup: tags dropped, the five escapes undone, spaces folded. */
function text(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The markup of the element with this id, up to its closing tag (elements of one kind do not nest here). */
function element(markup: string, id: string, tag: string): string {
  const start = markup.indexOf(`<${tag} id="${id}"`);
  assert.ok(start >= 0, `no <${tag} id="${id}">`);
  return markup.slice(start, markup.indexOf(`</${tag}>`, start) + tag.length + 3);
}

/** The rows of the first table after `marker`, each as its cells' text. */
function rowsAfter(markup: string, marker: string): string[][] {
  const from = markup.indexOf(marker);
  assert.ok(from >= 0, `no ${marker}`);
  const table = markup.slice(from, markup.indexOf('</table>', from));
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => text(cell[1])));
}

const TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'div', 'header', 'nav', 'section', 'footer', 'figure', 'figcaption',
  'blockquote', 'p', 'span', 'strong', 'code', 'a', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption',
  'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'article', 'svg', 'defs', 'pattern', 'rect', 'line', 'path', 'circle', 'text', 'g',
]);

/**
 * Every `<` in the page starts one of the renderer's own tags, whose attributes are double-quoted
 * and hold no `<`, `>` or `"`: so no plan text became markup. No script, no event attribute, no
 * link out of the page, no id from the plan.
 */
function assertSafePage(page: string): void {
  for (const tag of scanTags(page, { tags: TAGS, valuelessAttributes: true })) {
    for (const [name, value] of tag.attributes) {
      assert.ok(!name.startsWith('on'), `event attribute ${name}`);
      assert.notEqual(name, 'style', 'a style attribute');
      if (name === 'href') assert.match(value ?? '', /^#(wp-[a-z0-9-]+)?$/, `href ${value}`);
      if (name === 'id') assert.match(value ?? '', /^(wp-[a-z0-9-]+|wijkplan-preview)$/, `id ${value}`);
      if (name === 'src') assert.fail(`src on <${tag.name}>`);
    }
  }
}

describe('review page', () => {
  describe('base plan and a weakened copy', () => {
    const input = reviewInput(BASE, WEAKENED);
    const page = renderReviewPage(input);

    it('the fixtures differ in the ways the page must show', () => {
      const kinds = input.changes.map((change) => change.kind);
      for (const kind of ['commitment-shortened', 'decision-later', 'source-amount-lowered', 'source-ends-earlier', 'adoption-lowered', 'steering-member-removed', 'source-amount-raised', 'value-changed']) {
        assert.ok(kinds.includes(kind), `${kind} in ${kinds.join(', ')}`);
      }
      assert.equal(input.changes.find((change) => change.kind === 'adoption-lowered')?.accepted, true, 'the fixture accepts the lower adoption');
    });

    it('lists every change with its message, weaker first, each effect in words', () => {
      const section = element(page, 'wp-changes', 'section');
      const items = [...section.matchAll(/<li id="(wp-change-\d+)" class="change change-(weaker|stronger|neutral)">([\s\S]*?)<\/li>/g)];
      assert.equal(items.length, input.changes.length);
      const effects = items.map((item) => item[2]);
      assert.deepEqual(effects, [...effects].sort((a, b) => ['weaker', 'stronger', 'neutral'].indexOf(a) - ['weaker', 'stronger', 'neutral'].indexOf(b)));
      for (const change of input.changes) {
        const item = items.find((found) => text(found[3]).includes(change.message.nl));
        assert.ok(item, `the list has "${change.message.nl}"`);
        const word = { weaker: 'Zwakker', stronger: 'Sterker', neutral: 'Neutraal' }[change.effect];
        assert.ok(text(item[3]).startsWith(`▼ ${word}`) || text(item[3]).startsWith(`▲ ${word}`) || text(item[3]).startsWith(`● ${word}`), text(item[3]));
        assert.ok(text(item[3]).includes(`regel ${change.line} in ${change.side === 'before' ? 'oud' : 'nieuw'}.wijkplan.yaml`));
      }
      assert.match(text(section), /Bron F-gemeente: € 600\.000 → € 450\.000 per jaar \(−25%\)\./);
      const weaker = input.changes.filter((change) => change.effect === 'weaker').length;
      assert.ok(text(section).includes(`${weaker} zwakker (waarvan 1 geaccepteerd), 1 sterker, 1 neutraal`), text(section));
      assert.ok(text(section).includes(`Zwakker (${weaker})`));
    });

    it('marks the accepted change as accepted, in words, and only that one', () => {
      const section = element(page, 'wp-changes', 'section');
      const accepted = [...section.matchAll(/<li id="wp-change-\d+"[^>]*>([\s\S]*?)<\/li>/g)].filter((item) => text(item[1]).includes('Zwakker, geaccepteerd'));
      assert.equal(accepted.length, 1);
      assert.ok(text(accepted[0][1]).includes('adoption-lowered'));
    });

    it('shows the score of both versions', () => {
      const section = text(element(page, 'wp-changes', 'section'));
      assert.ok(section.includes(`Borgingsscore: ${input.before.score.overall} → ${input.after.score.overall}`), section);
    });

    it('puts the old yearly totals beside the new ones in the money table and chart', () => {
      const rows = rowsAfter(page, '<caption>Geld</caption>');
      const header = rows[0];
      const total = header.indexOf('Totaal');
      assert.equal(header[total + 1], 'Totaal vorige versie');
      assert.equal(header[total + 2], 'Verschil');
      const y2025 = rows.find((row) => row[0] === '2025')!;
      // Old: 600.000 + 250.000 + 300.000 + 50.000; new: 450.000 + 250.000 + 300.000 + 50.000.
      assert.deepEqual(y2025.slice(total, total + 3), ['€ 1.050.000', '€ 1.200.000', '−€ 150.000']);
      const y2033 = rows.find((row) => row[0] === '2033')!;
      assert.deepEqual(y2033.slice(total, total + 3), ['€ 820.000', '€ 1.250.000', '−€ 430.000']);
      // One outlined bar per year the old version paid in, each titled with its old total.
      const money = element(page, 'wp-money', 'section');
      assert.equal([...money.matchAll(/<rect class="mn-old"[^>]*><title>/g)].length, 20);
      assert.ok(money.includes('<title>2025, vorige versie: € 1.200.000</title>'));
      assert.ok(text(money).includes('totaal in de vorige versie (omlijnd)'));
      assert.ok(text(money).includes('vorige versie: 77%'), 'the old structural share');
      assert.ok(text(money).includes('vorige versie: € 12.000.000'), "the old total of F-gemeente");
    });

    it('puts the old end dates beside the new ones: plan, commitments and sources', () => {
      const rows = rowsAfter(page, '<caption class="vh">Einddatums: vorige versie en deze versie</caption>');
      assert.deepEqual(rows[0], ['Onderdeel', 'Vorige versie', 'Deze versie', 'Verandering']);
      const row = (label: string) => rows.find((cells) => cells[0] === label);
      assert.deepEqual(row('Looptijd van het plan'), ['Looptijd van het plan', '31 december 2044', '31 december 2044', 'gelijk']);
      assert.deepEqual(row('Toezegging van Welzijn Oost')?.slice(0, 3), ['Toezegging van Welzijn Oost', '31 december 2044', '31 december 2040']);
      assert.match(row('Toezegging van Welzijn Oost')![3], /^eerder ▼ zwakker/);
      assert.deepEqual(row('Geld van Rijksbijdrage leefbaarheid en veiligheid')?.slice(1, 3), ['tot en met 2034', 'tot en met 2032']);
      assert.match(row('Geld van Rijksbijdrage leefbaarheid en veiligheid')![3], /^eerder ▼ zwakker/);
      // Beside an end date only the end date's change: F-gemeente's lower amount is marked in the money section.
      assert.equal(row('Geld van Wijkbudget Oost (reguliere begroting)')![3], 'gelijk');
      const timeline = element(page, 'wp-timeline', 'section');
      assert.ok(timeline.includes('<rect class="tl-src-old"'), 'the old paying years of F-rijk as an outline');
    });

    it('shows the old commitment in the partner matrix and marks the changed partner', () => {
      const partners = rowsAfter(page, 'id="wp-partners-h"');
      const welzijn = partners.find((cells) => cells[0].startsWith('Welzijn Oost'))!;
      assert.match(welzijn.at(-1)!, /31 dec 2040 .*vorige versie: 31 dec 2044/);
      assert.match(welzijn[0], /▼ zwakker ?: Toezegging van welzijn-oost loopt tot: 31 december 2044 → 31 december 2040\./);
      const gemeente = partners.find((cells) => cells[0].startsWith('Gemeente Voorbeeldstad'))!;
      assert.doesNotMatch(gemeente.at(-1)!, /vorige versie/);
      // A change elsewhere that names the partner (its place in the steering group) is marked on its row too.
      const zorg = partners.find((cells) => cells[0].startsWith('Zorgverzekeraar Noord'))!;
      assert.match(zorg[0], /▼ zwakker ?: Stuurgroep: zorgverzekeraar weggehaald\./);
      assert.doesNotMatch(gemeente[0], /zwakker|sterker/);
    });

    it('links each mark to its entry in the change list', () => {
      const ids = new Set([...page.matchAll(/<li id="(wp-change-\d+)"/g)].map((m) => m[1]));
      const targets = [...page.matchAll(/<a class="chg chg-[a-z]+" href="#(wp-change-\d+)"/g)].map((m) => m[1]);
      assert.ok(targets.length >= 5);
      for (const target of targets) assert.ok(ids.has(target), target);
    });

    it('is one page under the standalone CSP, with no script, and a nav link to the change list', () => {
      assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="${STANDALONE_CSP.replace(/'/g, '&#39;')}">`));
      assert.doesNotMatch(page, /<script|<link/i);
      assert.ok(page.includes('<a href="#wp-changes">Wat is er veranderd</a>'));
      assert.match(page, /<title>Wijziging van het wijkplan: Wijkaanpak Oost 2025-2044 \(herzien\) — /);
      assertSafePage(page);
    });

    it('speaks English with --lang en', () => {
      const english = renderReviewPage(reviewInput(BASE, WEAKENED, 'en'));
      const section = text(element(english, 'wp-changes', 'section'));
      assert.ok(section.includes('Source F-gemeente: €600,000 → €450,000 a year (−25%).'), section);
      assert.ok(section.includes('Weaker, accepted'));
      assert.ok(english.includes('<html lang="en">'));
      assert.ok(text(english).includes('Total, previous version'));
      assert.ok(text(english).includes('previous version: 31 Dec 2044'));
    });

    it('leaves the plain preview as it was', () => {
      const plain = renderStandalonePage({ result: input.after, fileName: 'nieuw.wijkplan.yaml', lang: 'nl' });
      for (const mark of ['wp-changes', 'vorige versie', 'mn-old', 'tl-src-old', 'Einddatums', 'class="chg']) assert.ok(!plain.includes(mark), mark);
    });
  });

  it('uses the glossary: no word it rules out in the labels of the page, nl and en', () => {
    for (const lang of ['nl', 'en'] as const) {
      const bad: string[] = [];
      for (const [key, value] of Object.entries(REVIEW_LABELS[lang])) {
        const shown = typeof value === 'function' ? (value as (...args: unknown[]) => string)('weaker', 2, 1, 3) : typeof value === 'string' ? value : Object.values(value).join(' ');
        for (const entry of GLOSSARY) {
          for (const word of entry.avoid[lang]) if (new RegExp(`(^|[^\\p{L}-])${word}(?![\\p{L}-])`, 'iu').test(shown)) bad.push(`${key}: "${word}" in ${shown}`);
        }
      }
      assert.deepEqual(bad, []);
    }
    // The Dutch labels say "toezegging" for a commitment, as the glossary asks.
    assert.equal(REVIEW_LABELS.nl.rowCommitment('X'), 'Toezegging van X');
  });

  describe('partners added and removed, and no change at all', () => {
    it('lists a removed partner with its old commitment and calls a new partner new', () => {
      const plan = (partners: Array<{ id: string; naam: string; tot: string }>) =>
        stringify({ wijkplan: 1, titel: 'Klein plan', looptijd: { start: '2025-01-01', eind: '2030-12-31' }, partners: partners.map((p) => ({ id: p.id, naam: p.naam, soort: 'welzijn', commitment: { tot: p.tot } })) });
      const before = plan([{ id: 'a', naam: 'Alfa', tot: '2030-12-31' }, { id: 'b', naam: 'Bravo', tot: '2028-12-31' }]);
      const after = plan([{ id: 'a', naam: 'Alfa', tot: '2030-12-31' }, { id: 'c', naam: 'Charlie', tot: '2029-06-30' }]);
      const page = renderReviewPage(reviewInput(before, after));
      const partners = element(page, 'wp-partners', 'section');
      assert.ok(text(partners).includes('Partners die zijn weggehaald'));
      assert.match(text(partners), /Bravo b · toezegging tot 31 dec 2028/);
      assert.match(text(partners), /Charlie c .*vorige versie: nieuw/);
      const rows = rowsAfter(page, 'Einddatums: vorige versie en deze versie</caption>');
      assert.deepEqual(rows.find((cells) => cells[0] === 'Toezegging van Bravo')?.slice(1, 3), ['31 december 2028', '—']);
      assert.match(rows.find((cells) => cells[0] === 'Toezegging van Bravo')![3], /^weggehaald/);
      assert.equal(rows.find((cells) => cells[0] === 'Toezegging van Charlie')?.[3], 'nieuw');
    });

    it('says so when nothing changed', () => {
      const page = renderReviewPage(reviewInput(BASE, BASE));
      assert.ok(text(element(page, 'wp-changes', 'section')).includes('Er is niets veranderd in wat het plan belooft.'));
      assert.ok(!page.includes('<li id="wp-change-'));
      assert.ok(!page.includes('class="was"'), 'no old value differs');
    });

    it('still shows the change list when the new version cannot be read', () => {
      const input = reviewInput(BASE, 'wijkplan: 1\ntitel: [kapot\n');
      const body = renderReviewBody(input);
      assert.ok(body.includes('id="wp-changes"'));
      assert.ok(input.changes.length > 0);
      assert.ok(text(body).includes('zwakker') || text(body).includes('neutraal'));
    });

    it('works on the bare change list of the core diff (no lines, nothing accepted)', () => {
      const before = lint(BASE);
      const after = lint(WEAKENED);
      const page = renderReviewPage({ before, after, changes: diffPlans(before.plan, after.plan), beforeFileName: 'a', fileName: 'b', lang: 'nl' });
      const section = text(element(page, 'wp-changes', 'section'));
      assert.ok(!section.includes('geaccepteerd'));
      assert.ok(!section.includes(' regel '), 'no line without a line number');
      assert.ok(section.includes('Bron F-gemeente: € 600.000 → € 450.000 per jaar (−25%).'));
      assertSafePage(page);
    });
  });

  describe('hostile plan text', () => {
    /** A plan whose free text is `text` everywhere and whose partner id is `id`; `weaker` shortens and cuts. */
    function hostile(text: string, id: string, weaker: boolean): string {
      return stringify(
        {
          wijkplan: 1,
          titel: text,
          wijk: { naam: text, gemeente: text },
          looptijd: { start: '2025-01-01', eind: weaker ? '2032-12-31' : '2034-12-31' },
          visie: text,
          partners: [
            { id, naam: text, soort: 'gemeente', rol: text, commitment: { tot: weaker ? '2029-12-31' : '2034-12-31', vastgelegd_in: text } },
            { id: 'p2', naam: text, soort: 'welzijn', commitment: { tot: '2034-12-31' } },
            ...(weaker ? [] : [{ id: 'p3', naam: text, soort: 'fonds', commitment: { tot: '2030-12-31' } }]),
          ],
          bestuur: { vastgesteld: { door: weaker ? 'college' : 'gemeenteraad', datum: '2024-12-01', kenmerk: text }, stuurgroep: weaker ? [id] : [id, 'p2'] },
          interventies: [
            { id: 'iv1', naam: text, beschrijving: text, eigenaars: [id], looptijd: { start: '2025-01-01', eind: '2032-12-31' }, financiering: ['b1'], voortzetting: { strategie: 'inbedden', besluitmoment: weaker ? '2031-01-01' : '2030-01-01', toelichting: text } },
          ],
          financiering: {
            bronnen: [
              { id: 'b1', naam: text, partner: id, soort: weaker ? 'incidenteel' : 'structureel', bedragen: [{ van: 2025, tot_en_met: weaker ? 2028 : 2032, bedrag: weaker ? 1000 : 2000 }] },
              { naam: text, partner: 'p2', soort: 'incidenteel', bedragen: [{ van: 2025, tot_en_met: 2027, bedrag: 500 }] },
            ],
          },
        },
        { lineWidth: 0 },
      );
    }

    it('the hostile pairs do put markup into change messages, so the escaping is tested there', () => {
      const quoting = XSS_PAYLOADS.filter((payload, index) => {
        const next = XSS_PAYLOADS[(index + 1) % XSS_PAYLOADS.length];
        const input = reviewInput(hostile(payload, 'p1', false), hostile(next, 'p1', true));
        return input.changes.some((change) => /[<>"']/.test(change.message.nl));
      });
      assert.ok(quoting.length >= 20, `${quoting.length} pairs`);
    });

    XSS_PAYLOADS.forEach((payload, index) => {
      const next = XSS_PAYLOADS[(index + 1) % XSS_PAYLOADS.length];
      const id = XSS_IDS[index % XSS_IDS.length];
      it(`escapes payload ${index + 1} in the page and in the change messages: ${JSON.stringify(payload).slice(0, 60)}`, () => {
        const input = reviewInput(hostile(payload, id, false), hostile(next, id, true));
        input.beforeFileName = payload;
        input.fileName = next;
        assert.ok(input.changes.some((change) => change.effect === 'weaker'));
        // The messages quote the plan: its ids always, its text where the diff quotes a changed value.
        assert.ok(input.changes.some((change) => change.message.nl.includes(`Toezegging van ${id} loopt tot`)), 'a message quotes the id');
        const page = renderReviewPage(input);
        assertSafePage(page);
        assert.ok(text(page).includes(next), 'the new text is shown as text');
      });
    });
  });
});
