// The review page (`wijkplan diff OLD NEW --format html`, review.md) in a real Chromium: no
// script runs from plan text (also with the CSP switched off, so the escaping alone holds), no
// request leaves the page, and axe-core finds nothing serious or critical (WCAG 2.1 A/AA) at
// 320, 768 and 1280 px in light and dark. Run with
//   npx mocha --no-config --require tsx/cjs --timeout 180000 test/browser/review-page.test.ts
// Chromium comes from Debian (/usr/bin/chromium), driven by playwright-core.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { stringify } from 'yaml';
import { reviewChanges } from '../../server/src/cli/review';
import { lint } from '../../server/src/core/lint';
import { renderReviewPage, type ReviewInput } from '../../server/src/core/preview/review';
import type { Lang } from '../../server/src/core/types';
import { XSS_FLAG, XSS_IDS, XSS_PAYLOADS } from './xss-payloads';
import { axeViolations, launchChromium, openObserved, type Observed, type OpenOptions } from './harness';

const ROOT = join(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'review');
const BASE = readFileSync(join(FIXTURES, 'base.wijkplan.yaml'), 'utf8');
const WEAKENED = readFileSync(join(FIXTURES, 'weakened.wijkplan.yaml'), 'utf8');
const WIDTHS = [320, 768, 1280] as const;
const PAGE_URL = 'https://review.test/review.html';

function reviewInput(before: string, after: string, lang: Lang = 'nl', names: [string, string] = ['oud.wijkplan.yaml', 'nieuw.wijkplan.yaml']): ReviewInput {
  const old = lint(before);
  const now = lint(after);
  return { before: old, after: now, changes: reviewChanges(old, now), beforeFileName: names[0], fileName: names[1], lang };
}

// --- Hostile plan pairs: every payload in some text field of both versions ---------------------

const FIELDS = [
  'titel', 'wijk.naam', 'wijk.gemeente', 'visie', 'p1.naam', 'p1.rol', 'p1.vastgelegd_in', 'p2.naam', 'p3.naam',
  'kenmerk', 'iv.naam', 'iv.beschrijving', 'iv.toelichting', 'b1.naam', 'b2.naam',
] as const;
type Field = (typeof FIELDS)[number];

/** A valid plan whose free text comes from `text`; `weaker` shortens, cuts, lowers and removes partner p4. */
function hostilePlan(text: (field: Field) => string, id: string, weaker: boolean): string {
  return stringify(
    {
      wijkplan: 1,
      titel: text('titel'),
      wijk: { naam: text('wijk.naam'), gemeente: text('wijk.gemeente') },
      looptijd: { start: '2025-01-01', eind: weaker ? '2032-12-31' : '2034-12-31' },
      visie: text('visie'),
      partners: [
        { id, naam: text('p1.naam'), soort: 'gemeente', rol: text('p1.rol'), commitment: { tot: weaker ? '2029-12-31' : '2034-12-31', vastgelegd_in: text('p1.vastgelegd_in') } },
        { id: 'p2', naam: text('p2.naam'), soort: 'welzijn', commitment: { tot: '2034-12-31', vastgelegd_in: 'convenant' } },
        { id: 'p3', naam: text('p3.naam'), soort: 'fonds', commitment: { tot: '2030-12-31', vastgelegd_in: 'brief' } },
        ...(weaker ? [] : [{ id: 'p4', naam: text('p3.naam'), soort: 'bedrijf', commitment: { tot: '2031-12-31', vastgelegd_in: 'brief' } }]),
      ],
      bestuur: { vastgesteld: { door: weaker ? 'college' : 'gemeenteraad', datum: '2024-12-01', kenmerk: text('kenmerk') }, stuurgroep: weaker ? [id] : [id, 'p2'] },
      doelen: [{ id: 'd1', titel: 'Minder schulden', domein: 'sociaal', indicatoren: [{ id: 'i1', naam: 'Huishoudens met schulden', soort: 'outcome', eenheid: 'procent', richting: 'omlaag', nulmeting: { waarde: 10, datum: '2024-06-30' } }] }],
      interventies: [
        {
          id: 'iv1',
          naam: text('iv.naam'),
          beschrijving: text('iv.beschrijving'),
          doelen: ['d1'],
          eigenaars: [id],
          looptijd: { start: '2025-01-01', eind: '2032-12-31' },
          begroting: [{ van: 2025, tot_en_met: 2032, bedrag: 1500 }],
          financiering: ['b1'],
          voortzetting: { strategie: 'inbedden', besluitmoment: weaker ? '2031-01-01' : '2030-01-01', toelichting: text('iv.toelichting') },
        },
      ],
      financiering: {
        bronnen: [
          { id: 'b1', naam: text('b1.naam'), partner: id, soort: weaker ? 'incidenteel' : 'structureel', bedragen: [{ van: 2025, tot_en_met: weaker ? 2028 : 2032, bedrag: weaker ? 1000 : 2000 }] },
          { id: 'b2', naam: text('b2.naam'), partner: 'p2', soort: 'incidenteel', bedragen: [{ van: 2025, tot_en_met: 2027, bedrag: 500 }] },
        ],
      },
    },
    { lineWidth: 0 },
  );
}

interface HostilePair {
  input: ReviewInput;
  /** The payloads of the new version, which the page shows in full. */
  shown: string[];
  id: string;
}

/** Enough pairs that every payload is in a field of the new version once; the old version has others. */
function hostilePairs(): HostilePair[] {
  const count = Math.ceil(XSS_PAYLOADS.length / FIELDS.length);
  return Array.from({ length: count }, (_, k) => {
    const pick = (offset: number) => (field: Field) => XSS_PAYLOADS[(k * FIELDS.length + FIELDS.indexOf(field) + offset) % XSS_PAYLOADS.length];
    const id = XSS_IDS[k % XSS_IDS.length];
    const now = pick(0);
    const input = reviewInput(hostilePlan(pick(7), id, false), hostilePlan(now, id, true), k % 2 === 0 ? 'nl' : 'en', [XSS_PAYLOADS[k], XSS_PAYLOADS[k + 1]]);
    return { input, shown: FIELDS.map(now), id };
  });
}

// --- The browser ---------------------------------------------------------------------------------


let browser: Browser;

/** Opens `html` at PAGE_URL; any other request is recorded and aborted. */
function open(html: string, options: OpenOptions = {}): Promise<{ context: BrowserContext; page: Page; observed: Observed }> {
  return openObserved(browser, PAGE_URL, html, { width: 1280, ...options });
}


const NOTHING: Observed = { dialogs: [], console: [], errors: [], requests: [], routed: [] };

/** Only the renderer's own elements and attributes, no script, links only within the page. */
async function domProblems(page: Page): Promise<string[]> {
  return page.evaluate((flag) => {
    const allowed = new Set([
      'html', 'head', 'meta', 'title', 'style', 'body', 'div', 'header', 'nav', 'section', 'footer', 'figure', 'figcaption',
      'blockquote', 'p', 'span', 'strong', 'code', 'a', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption',
      'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'article', 'svg', 'defs', 'pattern', 'rect', 'line', 'path',
      'circle', 'text', 'g',
    ]);
    const problems: string[] = [];
    for (const element of Array.from(document.querySelectorAll('*'))) {
      const name = element.tagName.toLowerCase();
      if (!allowed.has(name)) problems.push(`element <${name}>`);
      for (const attribute of Array.from(element.attributes)) {
        const attr = attribute.name.toLowerCase();
        if (attr.startsWith('on')) problems.push(`attribute ${attr} on <${name}>`);
        if (['style', 'srcdoc', 'formaction', 'xlink:href', 'srcset', 'src'].includes(attr)) problems.push(`attribute ${attr} on <${name}>`);
        if (attr === 'href' && !/^#(wp-[a-z0-9-]+)?$/.test(attribute.value)) problems.push(`href ${attribute.value}`);
        if (attr === 'id' && !/^(wp-[a-z0-9-]+|wijkplan-preview)$/.test(attribute.value)) problems.push(`id ${attribute.value}`);
      }
    }
    const metas = Array.from(document.querySelectorAll('meta[http-equiv]')).map((meta) => meta.getAttribute('http-equiv'));
    if (metas.join() !== 'Content-Security-Policy') problems.push(`meta http-equiv: ${metas.join()}`);
    if (document.baseURI !== location.href) problems.push(`base URI changed to ${document.baseURI}`);
    if (document.querySelectorAll('script').length > 0) problems.push('a script element');
    if ((window as unknown as Record<string, unknown>)[flag] !== undefined) problems.push('the XSS flag was set');
    // Every in-page link leads somewhere on the page.
    for (const link of Array.from(document.querySelectorAll('a[href^="#wp-"]'))) {
      const target = link.getAttribute('href')!.slice(1);
      if (!document.getElementById(target)) problems.push(`link to missing #${target}`);
    }
    return problems;
  }, XSS_FLAG);
}

/** Gives event-driven payloads (onload, onfocus, hover, animations) their chance to fire. */
async function provoke(page: Page): Promise<void> {
  await page.mouse.move(600, 300);
  await page.mouse.move(300, 600);
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
}


function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function screenshotPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

describe('review page in Chromium', function () {
  this.timeout(180_000);

  before(async () => {
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
  });

  describe('base plan and a weakened copy', () => {
    for (const lang of ['nl', 'en'] as const) {
      it(`${lang}: shows the change list and the preview, runs no script and makes no request`, async () => {
        const input = reviewInput(BASE, WEAKENED, lang);
        const { context, page, observed } = await open(renderReviewPage(input));
        try {
          for (const id of ['wp-changes', 'wp-glance', 'wp-score', 'wp-timeline', 'wp-money', 'wp-partners', 'wp-findings']) {
            assert.ok(await page.locator(`#${id}`).isVisible(), `#${id} visible`);
          }
          await provoke(page);
          assert.deepEqual(await domProblems(page), []);
          assert.deepEqual(observed, NOTHING);
          assert.equal(await page.locator('.section-error').count(), 0, 'no section failed to render');
          assert.equal(await page.locator('#wp-changes li.change').count(), input.changes.length);
          // The change list comes before the plan at a glance, and the weaker changes lead it.
          const order = await page.evaluate(() => Array.from(document.querySelectorAll('section[id]')).map((s) => s.id));
          assert.ok(order.indexOf('wp-changes') < order.indexOf('wp-glance'), order.join());
          assert.equal(await page.locator('#wp-changes li.change').first().getAttribute('class'), 'change change-weaker');
          const words = normalize(await page.locator('#wp-changes').innerText());
          assert.ok(words.includes(lang === 'nl' ? 'Zwakker, geaccepteerd' : 'Weaker, accepted'), words.slice(0, 300));
          // A mark in the partner matrix leads to its entry in the list.
          const mark = page.locator('#wp-partners a.chg').first();
          await mark.click();
          const target = (await mark.getAttribute('href'))!.slice(1);
          assert.equal(await page.evaluate(() => location.hash.slice(1)), target);
          assert.ok(await page.locator(`#${target}`).isVisible());
          assert.deepEqual(observed, NOTHING, 'following a mark makes no request');
        } finally {
          await context.close();
        }
      });
    }

    it('keeps its CSP in force: an injected inline script and a remote image are refused', async () => {
      const { context, page, observed } = await open(renderReviewPage(reviewInput(BASE, WEAKENED)));
      try {
        const result = await page.evaluate(async () => {
          const violations: string[] = [];
          document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
          const script = document.createElement('script');
          script.textContent = 'window.__wpInjected = 1';
          document.body.append(script);
          const image = document.createElement('img');
          image.src = 'https://evil.example/pixel.png';
          document.body.append(image);
          await new Promise((resolve) => setTimeout(resolve, 200));
          return { injected: (window as unknown as Record<string, unknown>).__wpInjected, violations };
        });
        assert.equal(result.injected, undefined);
        assert.ok(result.violations.includes('script-src-elem'), result.violations.join());
        assert.ok(result.violations.includes('img-src'), result.violations.join());
        assert.deepEqual(observed.routed, [], 'the CSP stops the image before the network');
      } finally {
        await context.close();
      }
    });

    it('looks right in light and dark (screenshots in test-artifacts/)', async () => {
      for (const scheme of ['light', 'dark'] as const) {
        const { context, page } = await open(renderReviewPage(reviewInput(BASE, WEAKENED)), { colorScheme: scheme });
        try {
          assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
          await page.screenshot({ path: screenshotPath(`review-${scheme}.png`), fullPage: true });
        } finally {
          await context.close();
        }
      }
    });
  });

  describe('hostile plan text', () => {
    const pairs = hostilePairs();

    it('every payload is in the new version of some pair, and each pair has weaker changes', () => {
      const shown = new Set(pairs.flatMap((pair) => pair.shown));
      assert.equal(shown.size, XSS_PAYLOADS.length);
      for (const pair of pairs) {
        assert.ok(pair.input.changes.some((change) => change.effect === 'weaker'));
        assert.deepEqual(pair.input.after.findings.filter((f) => f.category === 'WP0' && f.severity === 'error').map((f) => f.message.en), [], 'the new version is valid, so every field reaches the page');
      }
    });

    for (const bypassCSP of [false, true]) {
      it(`no payload runs, loads or adds markup, each shows as text${bypassCSP ? ' (CSP switched off: the escaping alone holds)' : ''}`, async () => {
        for (const [index, pair] of pairs.entries()) {
          const { context, page, observed } = await open(renderReviewPage(pair.input), { bypassCSP });
          try {
            await provoke(page);
            assert.deepEqual(await domProblems(page), [], `pair ${index}`);
            assert.deepEqual(observed, NOTHING, `pair ${index}`);
            const text = normalize(await page.evaluate(() => document.body.innerText));
            for (const payload of pair.shown) assert.ok(text.includes(normalize(payload)), `pair ${index} shows ${JSON.stringify(payload)}`);
            assert.ok(text.includes(pair.id), `pair ${index} shows the id ${pair.id}`);
            if (index === 0 && !bypassCSP) await page.screenshot({ path: screenshotPath('review-xss.png'), fullPage: true });
          } finally {
            await context.close();
          }
        }
      });
    }
  });

  describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
    const small = (partners: Array<[string, string]>) =>
      stringify({ wijkplan: 1, titel: 'Klein plan', looptijd: { start: '2025-01-01', eind: '2030-12-31' }, partners: partners.map(([id, tot]) => ({ id, naam: `Partner ${id}`, soort: 'welzijn', commitment: { tot } })) });
    const cases: Array<[string, () => ReviewInput]> = [
      ['base → weakened', () => reviewInput(BASE, WEAKENED)],
      ['base → weakened (en)', () => reviewInput(BASE, WEAKENED, 'en')],
      ['weakened → base (stronger)', () => reviewInput(WEAKENED, BASE)],
      ['partners added and removed', () => reviewInput(small([['a', '2030-12-31'], ['b', '2028-12-31']]), small([['a', '2029-12-31'], ['c', '2030-12-31']]))],
      ['hostile pair', () => hostilePairs()[0].input],
    ];
    for (const [name, make] of cases) {
      for (const scheme of ['light', 'dark'] as const) {
        it(`${name}, ${scheme}: nothing serious or critical at ${WIDTHS.join(', ')} px, with every table opened`, async () => {
          const { context, page } = await open(renderReviewPage(make()), { colorScheme: scheme });
          try {
            await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
            for (const width of WIDTHS) {
              await page.setViewportSize({ width, height: 900 });
              assert.deepEqual(await axeViolations(page), [], `${width} px`);
            }
          } finally {
            await context.close();
          }
        });
      }
    }

    it('every scrolling region is reachable by Tab and named; headings go down one level at a time', async () => {
      const { context, page } = await open(renderReviewPage(reviewInput(BASE, WEAKENED)), { width: 320 });
      try {
        const regions = await page.evaluate(() =>
          Array.from(document.querySelectorAll('.table-wrap, .chart')).map((el) => ({ tabindex: el.getAttribute('tabindex'), role: el.getAttribute('role'), label: el.getAttribute('aria-label') ?? '' })),
        );
        assert.ok(regions.length >= 8);
        for (const region of regions) assert.deepEqual([region.tabindex, region.role, region.label !== ''], ['0', 'region', true], JSON.stringify(region));
        // The end-date chart and table are inside the timeline; Tab reaches both.
        const reached = new Set<string>();
        for (let step = 0; step < 400 && reached.size < 2; step++) {
          await page.keyboard.press('Tab');
          const label = await page.evaluate(() => {
            const el = document.activeElement;
            return el && el.closest('#wp-timeline') && (el.classList.contains('chart') || el.classList.contains('table-wrap')) ? el.getAttribute('aria-label') : null;
          });
          if (label && label.startsWith('Einddatums')) reached.add(label + (await page.evaluate(() => document.activeElement!.className)));
        }
        assert.equal(reached.size, 2, [...reached].join());
        const levels = await page.evaluate(() => Array.from(document.querySelectorAll('h1, h2, h3')).map((h) => Number(h.tagName[1])));
        assert.equal(levels[0], 1);
        levels.forEach((level, i) => i > 0 && assert.ok(level <= levels[i - 1] + 1, `heading h${level} after h${levels[i - 1]}`));
      } finally {
        await context.close();
      }
    });
  });
});
