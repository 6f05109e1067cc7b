// The preview renderer: every plan string escaped, partial plans still shown, every section
// present for the spec's example, money that stops early marked, charts with text alternatives,
// the two pages' security policies, and the webview messages' validators.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { lint } from '../../server/src/core/lint';
import { isExtensionMessage, isWebviewMessage, toPreviewState } from '../../server/src/core/preview/messages';
import { renderStandalonePage, renderWebviewPage, renderWebviewShell, STANDALONE_CSP } from '../../server/src/core/preview/page';
import { renderPreviewBody, type PreviewInput } from '../../server/src/core/preview/render';
import { PREVIEW_BASE_CSS, STANDALONE_THEME_CSS, WEBVIEW_THEME_CSS } from '../../server/src/core/preview/style';
import type { Lang } from '../../server/src/core/types';
import { scanTags } from './markup';

const ROOT = join(__dirname, '..', '..');
const EXAMPLE = readFileSync(join(ROOT, 'test', 'fixtures', 'spec', 'example.wijkplan.yaml'), 'utf8');
const PROBLEMS = readFileSync(join(ROOT, 'test', 'browser', 'plans', 'problems.wijkplan.yaml'), 'utf8');

function input(text: string, lang: Lang = 'nl', fileName = 'plan.wijkplan.yaml'): PreviewInput {
  return { result: lint(text), fileName, lang };
}

function body(text: string, lang: Lang = 'nl', links = true): string {
  return renderPreviewBody(input(text, lang), { links });
}

const TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'div', 'header', 'nav', 'section', 'footer', 'figure', 'figcaption',
  'blockquote', 'p', 'span', 'strong', 'code', 'a', 'h1', 'h2', 'h3', 'ul', 'li', 'dl', 'dt', 'dd', 'table', 'caption',
  'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'article', 'svg', 'defs', 'pattern', 'rect', 'line', 'path',
  'circle', 'text', 'g', 'link', 'script',
]);
const ATTRIBUTES = new Set([
  'class', 'id', 'href', 'data-line', 'data-pointer', 'data-state', 'title', 'aria-label', 'tabindex', 'aria-labelledby', 'aria-hidden',
  'role', 'scope', 'lang', 'charset', 'http-equiv', 'content', 'name', 'viewbox', 'width', 'height', 'x', 'y', 'x1', 'x2',
  'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'd', 'fill', 'transform', 'text-anchor', 'patternunits', 'patterntransform',
  'preserveaspectratio', 'focusable', 'stroke-dasharray', 'nonce', 'src', 'rel',
]);

/** Asserts the markup holds only the renderer's own tags and safe attributes. */
function assertSafeMarkup(markup: string, allowScript = false): void {
  for (const tag of scanTags(markup, { tags: TAGS })) {
    if (tag.name === 'script' || tag.name === 'link') assert.ok(allowScript, `<${tag.name}> in a page that allows none`);
    for (const [name, value] of tag.attributes) {
      assert.ok(ATTRIBUTES.has(name), `unexpected attribute ${name} on <${tag.name}>`);
      assert.ok(!name.startsWith('on'), `event attribute ${name}`);
      if (name === 'href' && tag.name === 'a') assert.match(value ?? '', /^#(wp-[a-z-]+)?$/, `href ${value}`);
      if (name === 'id') assert.match(value ?? '', /^(wp-[a-z-]+|wijkplan-preview)$/, `id ${value}`);
      if (name === 'fill') assert.match(value ?? '', /^url\(#wp-hatch-(gap|soft)\)$/, `fill ${value}`);
      if (name === 'src' || name === 'href') assert.doesNotMatch(value ?? '', /javascript:|data:/i);
    }
  }
}

function yamlPlan(plan: unknown): string {
  return stringify(plan, { lineWidth: 0 });
}

const XSS = `<script>alert("x")</script> & 'q' "dq" <img src=x onerror=alert(1)>`;

/** A small valid plan whose every free-text field holds `text`. */
function planWith(text: string, id = 'p1'): Record<string, unknown> {
  return {
    wijkplan: 1,
    titel: text,
    wijk: { naam: text, gemeente: text },
    looptijd: { start: '2025-01-01', eind: '2034-12-31' },
    visie: text,
    partners: [
      { id, naam: text, soort: 'gemeente', rol: text, belang: text, commitment: { tot: '2030-12-31', vastgelegd_in: text } },
      { id: 'p2', naam: text, soort: 'welzijn' },
    ],
    bestuur: {
      vastgesteld: { door: 'college', datum: '2024-12-01', kenmerk: text },
      portefeuillehouders: [text],
      programmamanager: { rol: text, organisatie: id, vervanger: text },
      stuurgroep: [id, 'p2'],
      afspraken: { budget: text, mandaat: text, samenwerking: text },
      inbedding: text,
    },
    doelen: [
      {
        id: 'd1',
        titel: text,
        domein: 'sociaal',
        indicatoren: [
          { id: 'i1', naam: text, soort: 'outcome', eenheid: text, bron: text, richting: 'omhoog', nulmeting: { waarde: 1, datum: '2024-06-01', bron: text }, streefwaarden: [{ jaar: 2030, waarde: 2 }] },
        ],
      },
    ],
    interventies: [
      {
        id: 'iv1',
        naam: text,
        beschrijving: text,
        doelen: ['d1'],
        eigenaars: [id, 'p2'],
        trekker: { rol: text, organisatie: 'p2', vervanger: text },
        looptijd: { start: '2025-01-01', eind: '2032-12-31' },
        begroting: [{ van: 2025, tot_en_met: 2032, bedrag: 1000 }],
        financiering: ['b1'],
        voortzetting: { strategie: 'afbouwen', besluitmoment: '2030-01-01', onderhoud: text, toelichting: text },
      },
    ],
    financiering: {
      budgethouder: id,
      bronnen: [{ id: 'b1', naam: text, partner: id, soort: 'incidenteel', bedragen: [{ van: 2025, tot_en_met: 2028, bedrag: 1000 }], doelen: ['d1'] }],
      inverdieneffecten: [{ beschrijving: text, partner: id, bedrag_per_jaar: 5, begrotingspost: text }],
    },
    evaluatie: {
      nulmeting: { datum: '2024-10-01', door: id },
      momenten: [{ datum: '2028-01-01', soort: 'tussentijds', door: id, met: ['p2'], onderwerp: text }],
      effecten_buiten_wijk: text,
      successen_delen: text,
    },
    bewoners: { betrokkenheid: ['wijkagenda'], wijkinitiatieven: text },
  };
}

describe('preview renderer', () => {
  describe('escaping', () => {
    const text = yamlPlan(planWith(XSS));
    const result = lint(text);

    it('the test plan is valid, so every field reaches the renderer', () => {
      assert.deepEqual(result.findings.filter((f) => f.category === 'WP0').map((f) => f.message.en), []);
      assert.equal(result.plan?.titel, XSS);
    });

    for (const links of [true, false]) {
      it(`escapes every plan string (${links ? 'webview' : 'standalone'} body)`, () => {
        const markup = renderPreviewBody({ result, fileName: 'x.wijkplan.yaml', lang: 'nl' }, { links });
        assert.doesNotMatch(markup, /<script|<img/i);
        assert.ok(markup.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; &quot;dq&quot;'));
        // Every field shows it: far more than a handful of occurrences.
        assert.ok(markup.split('&lt;script&gt;').length > 30);
        assertSafeMarkup(markup);
      });
    }

    it('escapes the file name and the title of the standalone page', () => {
      const page = renderStandalonePage({ result, fileName: '</title><script>x()</script>.yaml', lang: 'nl' });
      assert.doesNotMatch(page, /<script/i);
      assert.ok(page.includes('&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;.yaml'));
      assert.match(page, /<title>&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;[^<]*<\/title>\n<style>/);
      assertSafeMarkup(page);
    });

    it('escapes markup in finding messages and pointers (an unknown key)', () => {
      const markup = body(`${text}\n"<b onclick=x>": 1\n`);
      assert.ok(markup.includes('&lt;b onclick=x&gt;'));
      assertSafeMarkup(markup);
    });

    it('never puts plan text into a style, URL, event attribute or id', () => {
      const markup = body(yamlPlan(planWith('x" style="color:red" href="javascript:alert(1)" id="wp-score', 'wpscore')));
      assert.doesNotMatch(markup, /style="/);
      assertSafeMarkup(markup);
    });

    it('keeps any string safe (property)', () => {
      const fragments = fc.constantFrom('<', '>', '&', '"', "'", '</style>', '<script>', 'javascript:', '{{x}}', '${x}', '\u2028', '𝒳', 'é', ' ', 'a');
      fc.assert(
        fc.property(fc.array(fc.oneof(fragments, fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 12 }), (parts) => {
          const value = `x${parts.join('')}`.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufffe\uffff]/g, '');
          const markup = body(yamlPlan(planWith(value)));
          assertSafeMarkup(markup);
          assert.ok(!markup.includes('section-error'), 'a section failed to render');
        }),
        { numRuns: 60 },
      );
    });
  });

  describe('partial plans', () => {
    it('shows a WP001 text with its error on top and nothing else', () => {
      const markup = body('titel: [open\n');
      assert.match(markup, /id="wp-errors"/);
      assert.match(markup, /WP001/);
      assert.doesNotMatch(markup, /id="wp-timeline"/);
      assertSafeMarkup(markup);
    });

    it('shows an empty text', () => {
      const markup = body('');
      assert.match(markup, /id="wp-errors"/);
      assert.match(markup, /WP002/);
      assert.match(markup, /Het bestand is leeg/);
      assertSafeMarkup(markup);
    });

    it('shows what it can of a plan with missing sections and broken values', () => {
      const text = ['wijkplan: 1', 'titel: Half plan', 'looptijd: { start: 2025-01-01, eind: 2030-02-30 }', 'partners:', '  - id: 1x', '    naam: A', '  - 5', ''].join('\n');
      const markup = body(text);
      assert.match(markup, /id="wp-errors"/);
      const errorsEnd = markup.indexOf('</section>', markup.indexOf('id="wp-errors"'));
      assert.ok(errorsEnd < markup.indexOf('<h1>'), 'the errors come first');
      assert.match(markup, /<h1>Half plan<\/h1>/);
      assert.match(markup, /Het plan noemt geen interventies/);
      assert.match(markup, /niet beschikbaar/);
      assert.ok(!markup.includes('section-error'));
      assertSafeMarkup(markup);
    });

    it('survives only the top-level key', () => {
      const markup = body('wijkplan: 1\n');
      assert.match(markup, /Wijkplan zonder titel/);
      assert.ok(!markup.includes('section-error'));
    });

    it('survives values of the wrong kind everywhere', () => {
      const odd = { wijkplan: 1, titel: 5, wijk: [], looptijd: 'x', visie: {}, partners: [null, 3, 'a'], bestuur: 1, doelen: {}, interventies: [{ looptijd: { start: '2030-01-01', eind: '2020-01-01' }, begroting: [{ jaar: 1999, bedrag: -1 }] }], financiering: { bronnen: [{ bedragen: 'x' }] }, evaluatie: { momenten: [{ datum: 'nope' }] }, bewoners: [] };
      const markup = body(yamlPlan(odd));
      assert.ok(!markup.includes('section-error'));
      assertSafeMarkup(markup);
    });
  });

  describe('the spec example', () => {
    const markup = body(EXAMPLE);

    it('has every section', () => {
      for (const id of ['wp-glance', 'wp-score', 'wp-timeline', 'wp-money', 'wp-partners', 'wp-indicators', 'wp-interventions', 'wp-governance', 'wp-evaluation', 'wp-residents', 'wp-findings']) {
        assert.match(markup, new RegExp(`<section id="${id}"`), id);
      }
      assert.doesNotMatch(markup, /id="wp-errors"/);
      assert.ok(!markup.includes('section-error'));
      assertSafeMarkup(markup);
    });

    it('shows the header: title, neighbourhood, municipality, period, adoption', () => {
      assert.match(markup, /<h1>Wijkaanpak Oost 2025-2044<\/h1>/);
      assert.ok(markup.includes('Oost (Bloemenbuurt en Havenkwartier)'));
      assert.ok(markup.includes('Voorbeeldstad'));
      assert.ok(markup.includes('1 januari 2025 – 31 december 2044'));
      assert.ok(markup.includes('door gemeenteraad op 14 november 2024'));
      assert.ok(markup.includes('RV-2024-117'));
    });

    it('shows the score, the baseline, the structural share and every role', () => {
      assert.match(markup, /aria-label="Borgingsscore 100 van 100"/);
      assert.ok(markup.includes('1 okt 2024'));
      assert.ok(markup.includes('77%'));
      for (const role of ['Eigenaar', 'Trekker', 'Financier', 'Budget\u00adhouder', 'Stuur\u00adgroep', 'Programma\u00admanager', 'Evaluator']) assert.ok(markup.includes(role), role);
      assert.ok(markup.includes('Geen bevindingen'));
    });

    it('draws decisions, evaluation moments and the baseline on the timeline', () => {
      assert.equal(markup.match(/<title>Besluitmoment voortzetting: /g)?.length, 3);
      assert.equal(markup.match(/class="tl-eval tl-eval-/g)?.length, 10 + 3);
      assert.match(markup, /<g class="tl-baseline">/);
      assert.doesNotMatch(markup, /<rect class="tl-gap" [^>]*><title>/);
    });

    it('speaks English when asked', () => {
      const english = body(EXAMPLE, 'en');
      assert.match(english, /aria-label="Borging score 100 out of 100"/);
      assert.ok(english.includes('Partners and roles'));
      assert.ok(english.includes('1 January 2025 – 31 December 2044'));
      assert.doesNotMatch(english, /Bevindingen|Tijdlijn/);
    });
  });

  describe('money that stops early', () => {
    it('marks the rest of the intervention red and says when the money stops', () => {
      const markup = body(PROBLEMS);
      const gap = /<rect class="tl-gap" x="([\d.]+)"[^>]*fill="url\(#wp-hatch-gap\)"><title>Jongerenwerk op straat: geld stopt na 2027<\/title>/.exec(markup);
      assert.ok(gap, 'a hatched segment for the intervention');
      assert.ok(markup.includes('⚠ geld stopt na 2027'));
      assert.match(markup, /<strong class="warn-text">2027 — geld stopt na 2027<\/strong>/);
      assert.match(markup, /Portiekaanpak met de corporatie: geen financiering opgegeven/);
    });

    it('marks the uncovered years in the money chart and its table', () => {
      const markup = body(PROBLEMS);
      assert.equal(markup.match(/<rect class="mn-short" [^>]*><title>/g)?.length, 7);
      assert.equal(markup.match(/<tr class="row-short">/g)?.length, 7);
      assert.match(markup, /Niet gedekt in: 2026, 2027, 2028, 2029, 2030, 2031, 2032\./);
    });

    it('says it in English too', () => {
      const markup = body(PROBLEMS, 'en');
      assert.ok(markup.includes('money stops after 2027'));
    });

    it('flags the partner whose commitment ends before what it pays', () => {
      const markup = body(PROBLEMS);
      assert.match(markup, /<td class="commit commit-short"><strong>31 dec 2026<\/strong> <span class="flag">⚠ te kort<\/span>/);
      assert.match(markup, /<tr class="flagged"><th scope="row"><span class="p-name">Jeugdfonds Noord/);
    });
  });

  describe('text alternatives', () => {
    for (const [name, text] of [['example', EXAMPLE], ['problems', PROBLEMS]] as const) {
      it(`every chart of the ${name} plan has a label, a title and a table`, () => {
        const markup = body(text);
        const svgs = [...markup.matchAll(/<svg ([^>]*)>(<title>[^<]*<\/title>)?/g)];
        assert.ok(svgs.length > 5);
        for (const [, attributes, title] of svgs) {
          if (/aria-hidden="true"/.test(attributes)) continue;
          assert.match(attributes, /role="img"/);
          assert.match(attributes, /aria-label="[^"]{10,}"/);
          assert.ok(title, `an SVG without <title>: ${attributes}`);
        }
        for (const id of ['wp-timeline', 'wp-money']) {
          const start = markup.indexOf(`<section id="${id}"`);
          const section = markup.slice(start, markup.indexOf('</section>', start));
          assert.match(section, /<svg class="chart-svg" role="img"/);
          assert.match(section, /<details class="alt"><summary>[^<]+<\/summary>\s*<div class="table-wrap" tabindex="0" role="region" aria-label="[^"]+"><table class="data"><caption>/);
        }
        assert.match(markup, /<table class="data score-table"><caption class="vh">/);
      });
    }
  });

  describe('links back to the plan', () => {
    it('are data-line links in the webview and plain "regel N" in the standalone page', () => {
      const result = lint(PROBLEMS);
      const finding = result.findings.find((f) => f.code === 'WP204')!;
      const webview = renderPreviewBody({ result, fileName: 'p', lang: 'nl' });
      const line = finding.range.start.line;
      assert.ok(webview.includes(`<a href="#" class="loc" data-line="${line}" data-pointer="${finding.pointer}"`));
      const standalone = renderPreviewBody({ result, fileName: 'p', lang: 'nl' }, { links: false });
      assert.doesNotMatch(standalone, /data-line/);
      assert.ok(standalone.includes(`<span class="loc">regel ${line + 1}</span>`));
    });
  });

  describe('pages', () => {
    it('the standalone page is one document with a strict CSP, no script and print styles', () => {
      const page = renderStandalonePage(input(EXAMPLE));
      assert.match(page, /^<!DOCTYPE html>\n<html lang="nl">/);
      assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="${STANDALONE_CSP.replace(/'/g, '&#39;')}">`));
      assert.ok(STANDALONE_CSP.startsWith("default-src 'none'; style-src 'unsafe-inline'; img-src data:"));
      assert.doesNotMatch(page, /<script|<link|https?:\/\//);
      assert.match(page, /@media print/);
      assert.match(page, /@page \{ size: A4/);
      assert.match(page, /prefers-color-scheme: dark/);
      assertSafeMarkup(page);
    });

    it('the webview page has a nonce CSP, one nonce script and a nonce style', () => {
      const nonce = 'abcdefABCDEF0123456789';
      const page = renderWebviewPage(input(PROBLEMS, 'en'), { nonce, cspSource: 'https://example.vscode-cdn.net', scriptUri: 'https://example.vscode-cdn.net/dist/media/preview.js' });
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1].replace(/&#39;/g, "'");
      assert.ok(csp.startsWith(`default-src 'none'; style-src https://example.vscode-cdn.net 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src https://example.vscode-cdn.net data:`));
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.equal(page.match(/<script/g)?.length, 1);
      assert.ok(page.includes(`<script nonce="${nonce}" src="https://example.vscode-cdn.net/dist/media/preview.js"></script>`));
      assert.ok(page.includes(`<style nonce="${nonce}">`));
      assert.match(page, /<html lang="en">/);
      assert.match(page, /body\.vscode-high-contrast/);
      assert.match(page, /--vscode-editor-background/);
      assert.match(page, /data-line="/);
      assert.doesNotMatch(page, /style="/);
      assertSafeMarkup(page, true);
    });

    it('the webview shell wraps a body made elsewhere and keeps the state for the script', () => {
      const page = renderWebviewShell('<p>x</p>', { nonce: 'n'.repeat(24), cspSource: 'vscode-resource:', scriptUri: 'vscode-resource:/p.js', lang: 'nl', state: { uri: 'file:///a "b".yaml' } });
      assert.ok(page.includes('<div id="wijkplan-preview" data-state="{&quot;uri&quot;:&quot;file:///a \\&quot;b\\&quot;.yaml&quot;}"><p>x</p></div>'));
    });

    it('refuses a nonce or source that would widen the policy', () => {
      const ok = { nonce: 'abcdefABCDEF0123456789', cspSource: 'https://x.test', scriptUri: 'https://x.test/p.js' };
      assert.throws(() => renderWebviewPage(input(EXAMPLE), { ...ok, nonce: "x' 'unsafe-inline" }));
      assert.throws(() => renderWebviewPage(input(EXAMPLE), { ...ok, nonce: 'short' }));
      assert.throws(() => renderWebviewPage(input(EXAMPLE), { ...ok, cspSource: "https://x.test; script-src 'unsafe-inline'" }));
    });

    it('both pages share one style sheet whose colours all come from variables', () => {
      assert.doesNotMatch(PREVIEW_BASE_CSS, /#[0-9a-f]{3,8}\b|rgba?\(/i);
      assert.doesNotMatch(PREVIEW_BASE_CSS + STANDALONE_THEME_CSS + WEBVIEW_THEME_CSS, /<\/style|url\(|@import|expression\(/i);
      assert.ok(renderStandalonePage(input(EXAMPLE)).includes(PREVIEW_BASE_CSS));
      assert.ok(renderWebviewPage(input(EXAMPLE), { nonce: 'abcdefABCDEF0123456789', cspSource: 'https://x.test', scriptUri: 'https://x.test/p.js' }).includes(PREVIEW_BASE_CSS));
    });
  });

  describe('samples', () => {
    const dir = join(ROOT, 'samples');
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.wijkplan.yaml'))) {
      it(`${file} renders every section without a failure`, () => {
        const markup = body(readFileSync(join(dir, file), 'utf8'));
        assert.ok(!markup.includes('section-error'));
        assertSafeMarkup(markup);
      });
    }
  });
});

describe('preview messages', () => {
  it('accepts well-formed webview messages', () => {
    assert.ok(isWebviewMessage({ type: 'reveal', line: 0, pointer: '' }));
    assert.ok(isWebviewMessage({ type: 'reveal', line: 12, pointer: '/partners/0/commitment' }));
    assert.ok(isWebviewMessage({ type: 'scroll', y: 120.5 }));
    assert.ok(isWebviewMessage({ type: 'ready' }));
  });

  it('rejects anything else', () => {
    for (const value of [
      null,
      'reveal',
      [],
      {},
      { type: 'reveal', line: -1, pointer: '' },
      { type: 'reveal', line: 1.5, pointer: '' },
      { type: 'reveal', line: Number.NaN, pointer: '' },
      { type: 'reveal', line: '3', pointer: '' },
      { type: 'reveal', line: 3 },
      { type: 'reveal', line: 3, pointer: 'no-slash' },
      { type: 'reveal', line: 3, pointer: '/x', extra: true },
      { type: 'reveal', line: 3, pointer: `/${'x'.repeat(5000)}` },
      { type: 'scroll', y: Number.POSITIVE_INFINITY },
      { type: 'scroll' },
      { type: 'update', html: '<p>' },
      { type: 'command', command: 'workbench.action.terminal.new' },
    ]) {
      assert.equal(isWebviewMessage(value), false, JSON.stringify(value));
    }
  });

  it('checks messages from the extension', () => {
    assert.ok(isExtensionMessage({ type: 'update', html: '<p>x</p>' }));
    assert.ok(isExtensionMessage({ type: 'update', html: '', state: { uri: 'file:///a' } }));
    assert.ok(isExtensionMessage({ type: 'scroll', y: 0 }));
    assert.equal(isExtensionMessage({ type: 'update', html: 5 }), false);
    assert.equal(isExtensionMessage({ type: 'update', html: '', state: { uri: 5 } }), false);
    assert.equal(isExtensionMessage({ type: 'reveal', line: 1, pointer: '' }), false);
  });

  it('keeps only a well-formed state', () => {
    assert.deepEqual(toPreviewState({ uri: 'file:///a', scrollY: 10, other: 1 }), { uri: 'file:///a', scrollY: 10 });
    assert.equal(toPreviewState({ scrollY: -5 }), undefined);
    assert.equal(toPreviewState(null), undefined);
  });
});
