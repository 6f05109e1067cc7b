// The preview in a real Chromium: the standalone page of the spec's example, of every sample
// and of plans whose every string is an XSS payload; the webview page with its script; and
// accessibility with axe-core in light and dark. Run with
//   npx mocha --config test/browser/.mocharc.json
// Chromium comes from Debian (/usr/bin/chromium), driven by playwright-core.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { stringify } from 'yaml';
import { lint } from '../../server/src/core/lint';
import { renderPreviewBody, type PreviewInput } from '../../server/src/core/preview/render';
import { renderStandalonePage, renderWebviewPage } from '../../server/src/core/preview/page';
import type { Lang } from '../../server/src/core/types';
import { XSS_FLAG, XSS_IDS, XSS_PAYLOADS } from './xss-payloads';
import { axeViolations, launchChromium, openObserved, type Observed, type OpenOptions } from './harness';

const ROOT = join(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const EXAMPLE = readFileSync(join(ROOT, 'test', 'fixtures', 'spec', 'example.wijkplan.yaml'), 'utf8');
const PROBLEMS = readFileSync(join(__dirname, 'plans', 'problems.wijkplan.yaml'), 'utf8');
const SAMPLES = existsSync(join(ROOT, 'samples')) ? readdirSync(join(ROOT, 'samples')).filter((name) => /\.wijkplan\.ya?ml$/.test(name)).sort() : [];
/** A spread of fixture plans (every 9th file, so each rule family is in it), for the a11y matrix. */
const FIXTURES = readdirSync(join(ROOT, 'test', 'fixtures'))
  .sort()
  .flatMap((dir) => readdirSync(join(ROOT, 'test', 'fixtures', dir)).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => `${dir}/${name}`))
  .filter((_, index) => index % 9 === 0);
const WIDTHS = [320, 768, 1280] as const;

const PAGE_URL = 'https://preview.test/plan.html';
const WEBVIEW_ORIGIN = 'https://webview.test';
const NONCE = 'dGVzdC1ub25jZS0xMjM0NTY3OA';



function input(text: string, lang: Lang = 'nl', fileName = 'plan.wijkplan.yaml'): PreviewInput {
  return { result: lint(text), fileName, lang };
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

let browser: Browser;

/** Opens `html` as the page at PAGE_URL; every other request is recorded and refused. */
function open(html: string, options: OpenOptions = {}): Promise<{ context: BrowserContext; page: Page; observed: Observed }> {
  return openObserved(browser, PAGE_URL, html, options);
}


// --- A plan whose every string field is chosen by the caller -------------------------------

/** The text fields of the plan below, in a fixed order: each gets a payload in every plan. */
const TEXT_FIELDS = [
  'titel', 'wijk.naam', 'wijk.gemeente', 'visie',
  'partner1.naam', 'partner1.rol', 'partner1.belang', 'partner1.vastgelegd_in',
  'partner2.naam', 'partner2.rol', 'partner2.belang', 'partner2.vastgelegd_in',
  'bestuur.kenmerk', 'bestuur.portefeuillehouder', 'programmamanager.rol', 'programmamanager.vervanger',
  'afspraken.budget', 'afspraken.mandaat', 'afspraken.samenwerking', 'bestuur.inbedding',
  'doel.titel', 'indicator.naam', 'indicator.eenheid', 'indicator.bron', 'nulmeting.bron',
  'interventie.naam', 'interventie.beschrijving', 'trekker.rol', 'trekker.vervanger', 'voortzetting.onderhoud', 'voortzetting.toelichting',
  'bron.naam', 'inverdieneffect.beschrijving', 'inverdieneffect.begrotingspost',
  'evaluatie.onderwerp', 'evaluatie.effecten_buiten_wijk', 'evaluatie.successen_delen',
  'bewoners.wijkinitiatieven',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

const ID_FIELDS = ['partner1.id', 'partner2.id', 'doel.id', 'indicator.id', 'interventie.id', 'bron.id'] as const;
type IdField = (typeof ID_FIELDS)[number];

function xssPlan(text: (field: TextField) => string, id: (field: IdField) => string): unknown {
  const p1 = id('partner1.id');
  const p2 = id('partner2.id');
  return {
    wijkplan: 1,
    titel: text('titel'),
    wijk: { naam: text('wijk.naam'), gemeente: text('wijk.gemeente') },
    looptijd: { start: '2025-01-01', eind: '2036-12-31' },
    visie: text('visie'),
    partners: [
      { id: p1, naam: text('partner1.naam'), soort: 'gemeente', rol: text('partner1.rol'), belang: text('partner1.belang'), commitment: { tot: '2036-12-31', vastgelegd_in: text('partner1.vastgelegd_in') } },
      { id: p2, naam: text('partner2.naam'), soort: 'fonds', rol: text('partner2.rol'), belang: text('partner2.belang'), commitment: { tot: '2027-12-31', vastgelegd_in: text('partner2.vastgelegd_in') } },
    ],
    bestuur: {
      vastgesteld: { door: 'gemeenteraad', datum: '2024-11-01', kenmerk: text('bestuur.kenmerk') },
      portefeuillehouders: [text('bestuur.portefeuillehouder'), 'Wethouder Wonen'],
      programmamanager: { rol: text('programmamanager.rol'), organisatie: p1, vervanger: text('programmamanager.vervanger') },
      stuurgroep: [p1, p2],
      afspraken: { budget: text('afspraken.budget'), mandaat: text('afspraken.mandaat'), samenwerking: text('afspraken.samenwerking') },
      inbedding: text('bestuur.inbedding'),
    },
    doelen: [
      {
        id: id('doel.id'),
        titel: text('doel.titel'),
        domein: 'sociaal',
        indicatoren: [
          {
            id: id('indicator.id'),
            naam: text('indicator.naam'),
            soort: 'outcome',
            eenheid: text('indicator.eenheid'),
            richting: 'omlaag',
            bron: text('indicator.bron'),
            nulmeting: { waarde: 20, datum: '2024-06-01', bron: text('nulmeting.bron') },
            streefwaarden: [{ jaar: 2030, waarde: 15 }],
          },
        ],
      },
    ],
    interventies: [
      {
        id: id('interventie.id'),
        naam: text('interventie.naam'),
        beschrijving: text('interventie.beschrijving'),
        doelen: [id('doel.id')],
        eigenaars: [p1, p2],
        trekker: { rol: text('trekker.rol'), organisatie: p2, vervanger: text('trekker.vervanger') },
        looptijd: { start: '2025-01-01', eind: '2032-12-31' },
        begroting: [{ van: 2025, tot_en_met: 2032, bedrag: 100000 }],
        financiering: [id('bron.id')],
        voortzetting: { strategie: 'afbouwen', besluitmoment: '2030-06-30', onderhoud: text('voortzetting.onderhoud'), toelichting: text('voortzetting.toelichting') },
      },
    ],
    financiering: {
      budgethouder: p1,
      bronnen: [{ id: id('bron.id'), naam: text('bron.naam'), partner: p2, soort: 'incidenteel', bedragen: [{ van: 2025, tot_en_met: 2027, bedrag: 120000 }], doelen: [id('doel.id')] }],
      inverdieneffecten: [{ beschrijving: text('inverdieneffect.beschrijving'), partner: p1, bedrag_per_jaar: 1000, begrotingspost: text('inverdieneffect.begrotingspost') }],
    },
    evaluatie: {
      nulmeting: { datum: '2024-10-01', door: p1 },
      momenten: [{ datum: '2029-01-01', soort: 'tussentijds', door: p1, met: [p2], onderwerp: text('evaluatie.onderwerp') }],
      effecten_buiten_wijk: text('evaluatie.effecten_buiten_wijk'),
      successen_delen: text('evaluatie.successen_delen'),
    },
    bewoners: { betrokkenheid: ['wijkagenda'], wijkinitiatieven: text('bewoners.wijkinitiatieven') },
  };
}

interface XssCase {
  yaml: string;
  texts: Map<TextField, string>;
  ids: Map<IdField, string>;
}

/**
 * Plan k puts payload (k + i) mod n into text field i, so across n plans every payload lands
 * in every field once (a Latin square); the id fields rotate through the id-valid variants.
 */
function xssCases(): XssCase[] {
  const count = Math.max(XSS_PAYLOADS.length, XSS_IDS.length);
  return Array.from({ length: count }, (_, k) => {
    const texts = new Map<TextField, string>();
    const ids = new Map<IdField, string>();
    const plan = xssPlan(
      (field) => {
        const value = XSS_PAYLOADS[(k + TEXT_FIELDS.indexOf(field)) % XSS_PAYLOADS.length];
        texts.set(field, value);
        return value;
      },
      (field) => {
        const value = XSS_IDS[(k + ID_FIELDS.indexOf(field)) % XSS_IDS.length];
        ids.set(field, value);
        return value;
      },
    );
    return { yaml: stringify(plan, { lineWidth: 0 }), texts, ids };
  });
}

/** Checks, inside the page, that only the renderer's own elements and attributes exist. */
async function domProblems(page: Page, allowScript: boolean): Promise<string[]> {
  return page.evaluate(
    ({ allowScript, flag }) => {
      const allowed = new Set([
        'html', 'head', 'meta', 'title', 'style', 'body', 'div', 'header', 'nav', 'section', 'footer', 'figure', 'figcaption',
        'blockquote', 'p', 'span', 'strong', 'code', 'a', 'h1', 'h2', 'h3', 'ul', 'li', 'dl', 'dt', 'dd', 'table', 'caption',
        'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'article', 'svg', 'defs', 'pattern', 'rect', 'line', 'path',
        'circle', 'text', 'g',
      ]);
      if (allowScript) allowed.add('script');
      const problems: string[] = [];
      for (const element of Array.from(document.querySelectorAll('*'))) {
        const name = element.tagName.toLowerCase();
        if (!allowed.has(name)) problems.push(`element <${name}>`);
        for (const attribute of Array.from(element.attributes)) {
          const attr = attribute.name.toLowerCase();
          if (attr.startsWith('on')) problems.push(`attribute ${attr} on <${name}>`);
          if (attr === 'style' || attr === 'srcdoc' || attr === 'formaction' || attr === 'xlink:href' || attr === 'srcset') problems.push(`attribute ${attr} on <${name}>`);
          if (attr === 'href' && !/^#(wp-[a-z-]+)?$/.test(attribute.value)) problems.push(`href ${attribute.value}`);
          if (attr === 'src' && name !== 'script') problems.push(`src on <${name}>`);
        }
      }
      const metas = Array.from(document.querySelectorAll('meta[http-equiv]')).map((meta) => meta.getAttribute('http-equiv'));
      if (metas.join() !== 'Content-Security-Policy') problems.push(`meta http-equiv: ${metas.join()}`);
      if (document.baseURI !== location.href) problems.push(`base URI changed to ${document.baseURI}`);
      const scripts = document.querySelectorAll('script').length;
      if (!allowScript && scripts > 0) problems.push(`${scripts} script elements`);
      if (allowScript && scripts !== 1) problems.push(`${scripts} script elements instead of 1`);
      if ((window as unknown as Record<string, unknown>)[flag] !== undefined) problems.push('the XSS flag was set');
      return problems;
    },
    { allowScript, flag: XSS_FLAG },
  );
}

async function csp(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null);
}


function screenshotPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

describe('preview in Chromium', function () {
  this.timeout(180_000);

  before(async () => {
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
  });

  describe('standalone page', () => {
    const plans: Array<[string, string]> = [
      ['example', EXAMPLE],
      ['problems', PROBLEMS],
      ...SAMPLES.map((name): [string, string] => [`samples/${name}`, readFileSync(join(ROOT, 'samples', name), 'utf8')]),
    ];
    for (const [name, text] of plans) {
      it(`${name}: renders every section with no script, request or console message`, async () => {
        const { context, page, observed } = await open(renderStandalonePage(input(text, 'nl', name)));
        try {
          for (const id of ['wp-glance', 'wp-score', 'wp-timeline', 'wp-money', 'wp-partners', 'wp-indicators', 'wp-interventions', 'wp-findings']) {
            assert.ok(await page.locator(`#${id}`).isVisible(), `#${id} visible`);
          }
          assert.deepEqual(await domProblems(page, false), []);
          assert.deepEqual(observed, { dialogs: [], console: [], errors: [], requests: [], routed: [] });
          assert.equal(await page.locator('.section-error').count(), 0);
        } finally {
          await context.close();
        }
      });
    }

    it('keeps its CSP in force: an injected inline script and a remote image are refused', async () => {
      const { context, page, observed } = await open(renderStandalonePage(input(EXAMPLE)));
      try {
        assert.equal(await csp(page), "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'");
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
        assert.ok(result.violations.includes('script-src-elem'), `violations: ${result.violations.join()}`);
        assert.ok(result.violations.includes('img-src'), `violations: ${result.violations.join()}`);
        // Chromium reports the attempt, but the CSP stops it before the network.
        assert.deepEqual(observed.routed, []);
      } finally {
        await context.close();
      }
    });

    it('looks right in light and dark (screenshots in test-artifacts/)', async () => {
      for (const [name, text] of [['example', EXAMPLE], ['problems', PROBLEMS]] as const) {
        for (const scheme of ['light', 'dark'] as const) {
          const { context, page } = await open(renderStandalonePage(input(text, 'nl', `${name}.wijkplan.yaml`)), { colorScheme: scheme });
          try {
            const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
            assert.equal(background, scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
            await page.screenshot({ path: screenshotPath(`preview-${name}-${scheme}.png`), fullPage: true });
            await page.screenshot({ path: screenshotPath(`preview-${name}-${scheme}-top.png`) });
          } finally {
            await context.close();
          }
        }
      }
    });

    it('prints on A4 without the navigation', async () => {
      const { context, page } = await open(renderStandalonePage(input(PROBLEMS)));
      try {
        await page.emulateMedia({ media: 'print' });
        assert.equal(await page.locator('nav.toc').isVisible(), false);
        assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
        const pdf = await page.pdf({ format: 'A4' });
        assert.ok(pdf.length > 10_000);
      } finally {
        await context.close();
      }
    });
  });

  describe('XSS corpus', () => {
    const cases = xssCases();

    it('has at least 50 payloads, and every payload reaches every field across the plans', () => {
      assert.ok(XSS_PAYLOADS.length >= 50, `${XSS_PAYLOADS.length} payloads`);
      assert.equal(new Set(XSS_PAYLOADS).size, XSS_PAYLOADS.length);
      for (const field of TEXT_FIELDS) {
        const seen = new Set(cases.map((c) => c.texts.get(field)));
        assert.equal(seen.size, XSS_PAYLOADS.length, field);
      }
      for (const field of ID_FIELDS) {
        const seen = new Set(cases.map((c) => c.ids.get(field)));
        assert.equal(seen.size, XSS_IDS.length, field);
      }
    });

    it('every plan is valid, so every payload reaches the renderer intact', () => {
      for (const c of cases) {
        const result = lint(c.yaml);
        const structural = result.findings.filter((f) => f.category === 'WP0');
        assert.deepEqual(structural.map((f) => `${f.code} ${f.pointer} ${f.message.en}`), []);
        assert.equal(result.plan?.titel, c.texts.get('titel'));
        assert.equal(result.plan?.financiering?.bronnen?.[0]?.naam, c.texts.get('bron.naam'));
      }
    });

    it('no payload runs, loads, adds an element or attribute, and each shows as text', async () => {
      for (const [index, c] of cases.entries()) {
        const { context, page, observed } = await open(renderStandalonePage(input(c.yaml, index % 2 === 0 ? 'nl' : 'en', `xss-${index}.wijkplan.yaml`)));
        try {
          // Give event-driven payloads (onload, onfocus, animations) a chance to fire.
          await page.mouse.move(600, 300);
          await page.mouse.move(300, 600);
          await page.keyboard.press('Tab');
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
          assert.deepEqual(await domProblems(page, false), [], `plan ${index}`);
          assert.deepEqual(observed, { dialogs: [], console: [], errors: [], requests: [], routed: [] }, `plan ${index}`);
          assert.ok((await csp(page))?.startsWith("default-src 'none'"), `plan ${index}: CSP`);
          const text = normalize(await page.evaluate(() => document.body.innerText));
          for (const [field, payload] of c.texts) assert.ok(text.includes(normalize(payload)), `plan ${index}: ${field} shows ${JSON.stringify(payload)}`);
          for (const [field, id] of c.ids) assert.ok(text.includes(id), `plan ${index}: ${field} shows ${id}`);
          if (index === 0) await page.screenshot({ path: screenshotPath('preview-xss-plan.png'), fullPage: true });
        } finally {
          await context.close();
        }
      }
    });

    it('the webview page of a hostile plan runs only its own script', async () => {
      const script = await webviewScript();
      for (const c of cases.slice(0, 8)) {
        const { context, page, observed } = await openWebview(renderWebviewPage(input(c.yaml), webviewOptions()), script);
        try {
          await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.some((m) => m.type === 'ready'));
          assert.deepEqual(await domProblems(page, true), []);
          assert.deepEqual(observed, { dialogs: [], console: [], errors: [], requests: [], routed: [] });
        } finally {
          await context.close();
        }
      }
    });
  });

  describe('webview page', () => {
    it('posts {type: "reveal", line, pointer} when a finding is clicked, and nothing navigates', async () => {
      const result = lint(PROBLEMS);
      const { context, page, observed } = await openWebview(renderWebviewPage({ result, fileName: 'problems.wijkplan.yaml', lang: 'nl' }, webviewOptions()), await webviewScript());
      try {
        await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.some((m) => m.type === 'ready'));
        const finding = result.findings.find((f) => f.code === 'WP204')!;
        const link = page.locator(`#wp-findings a.loc[data-pointer="${finding.pointer}"]`).first();
        await link.scrollIntoViewIfNeeded();
        await link.click();
        const reveals = async () => (await page.evaluate(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted)).filter((m) => m.type === 'reveal');
        assert.deepEqual(await reveals(), [{ type: 'reveal', line: finding.range.start.line, pointer: finding.pointer }]);
        // A badge in a table is a way back to the plan too.
        const badge = page.locator('#wp-partners a.badge').first();
        await badge.click();
        const posted = await reveals();
        assert.equal(posted.length, 2);
        assert.deepEqual(posted[1], { type: 'reveal', line: Number(await badge.getAttribute('data-line')), pointer: await badge.getAttribute('data-pointer') });
        assert.equal(page.url(), `${WEBVIEW_ORIGIN}/index.html`);
        assert.deepEqual(observed, { dialogs: [], console: [], errors: [], requests: [], routed: [] });
      } finally {
        await context.close();
      }
    });

    it('keeps the scroll position in its state, reports it, and keeps it across an update', async () => {
      const { context, page } = await openWebview(renderWebviewPage(input(PROBLEMS), { ...webviewOptions(), state: { uri: 'file:///plan.wijkplan.yaml' } }), await webviewScript());
      try {
        await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.some((m) => m.type === 'ready'));
        assert.deepEqual(await page.evaluate(() => (window as unknown as { __state: unknown }).__state), { uri: 'file:///plan.wijkplan.yaml' });
        await page.evaluate(() => window.scrollTo(0, 900));
        await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string; y?: number }> }).__posted.some((m) => m.type === 'scroll' && m.y === 900));
        assert.deepEqual(await page.evaluate(() => (window as unknown as { __state: unknown }).__state), { uri: 'file:///plan.wijkplan.yaml', scrollY: 900 });

        const next = renderPreviewBody(input(EXAMPLE));
        await page.evaluate((html) => window.postMessage({ type: 'update', html, state: { uri: 'file:///other.wijkplan.yaml' } }, '*'), next);
        await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Wijkaanpak Oost 2025-2044');
        assert.equal(await page.evaluate(() => window.scrollY), 900);
        assert.deepEqual(await page.evaluate(() => (window as unknown as { __state: unknown }).__state), { uri: 'file:///other.wijkplan.yaml', scrollY: 900 });

        // A malformed message is ignored.
        await page.evaluate(() => window.postMessage({ type: 'update', html: 5 }, '*'));
        await page.evaluate(() => window.postMessage({ type: 'update', html: '<p>x</p>', extra: 'x' }, '*'));
        // A valid message after them is the sentinel: messages are handled in order, so once
        // it took effect the malformed ones were seen, and ignored (no timed wait).
        await page.evaluate(() => window.postMessage({ type: 'scroll', y: 300 }, '*'));
        await page.waitForFunction(() => window.scrollY === 300);
        assert.equal(await page.locator('h1').textContent(), 'Wijkaanpak Oost 2025-2044');
      } finally {
        await context.close();
      }
    });

    it('restores the scroll position it kept', async () => {
      const { context, page } = await openWebview(renderWebviewPage(input(PROBLEMS), webviewOptions()), await webviewScript(), { scrollY: 650 });
      try {
        await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.some((m) => m.type === 'ready'));
        assert.equal(await page.evaluate(() => window.scrollY), 650);
      } finally {
        await context.close();
      }
    });

    it('follows the VS Code theme, dark and high contrast (screenshot in test-artifacts/)', async () => {
      const { context, page } = await openWebview(renderWebviewPage(input(PROBLEMS), webviewOptions()), await webviewScript());
      try {
        await page.evaluate(() => {
          document.body.classList.add('vscode-dark');
          document.documentElement.style.setProperty('--vscode-editor-background', '#1e1e1e');
          document.documentElement.style.setProperty('--vscode-editor-foreground', '#d4d4d4');
        });
        assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(30, 30, 30)');
        await page.screenshot({ path: screenshotPath('preview-webview-dark-top.png') });
        await page.evaluate(() => {
          document.body.classList.replace('vscode-dark', 'vscode-high-contrast');
          document.documentElement.style.setProperty('--vscode-contrastBorder', '#6fc3df');
        });
        assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.g-card')!).borderTopColor), 'rgb(111, 195, 223)');
      } finally {
        await context.close();
      }
    });
  });

  describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
    const plans: Array<[string, string]> = [
      ['example', EXAMPLE],
      ['problems', PROBLEMS],
      ...SAMPLES.map((name): [string, string] => [`samples/${name}`, readFileSync(join(ROOT, 'samples', name), 'utf8')]),
      ...FIXTURES.map((name): [string, string] => [`fixtures/${name}`, readFileSync(join(ROOT, 'test', 'fixtures', name), 'utf8')]),
    ];

    it('the matrix covers the spec example, every sample and fixtures of every rule family', () => {
      assert.ok(SAMPLES.length >= 3);
      const families = new Set(FIXTURES.map((name) => name.slice(0, 3)));
      assert.ok(families.size >= 6, [...families].join());
    });

    for (const [name, text] of plans) {
      for (const scheme of ['light', 'dark'] as const) {
        it(`${name}, standalone page, ${scheme}: nothing serious or critical at ${WIDTHS.join(', ')} px`, async () => {
          const { context, page } = await open(renderStandalonePage(input(text)), { colorScheme: scheme });
          try {
            for (const width of WIDTHS) {
              await page.setViewportSize({ width, height: 900 });
              assert.deepEqual(await axeViolations(page), [], `${width} px`);
            }
          } finally {
            await context.close();
          }
        });
      }
      it(`${name}, webview page (dark theme): nothing serious or critical at ${WIDTHS.join(', ')} px`, async () => {
        const { context, page } = await openWebview(renderWebviewPage(input(text), webviewOptions()), await webviewScript());
        try {
          await page.evaluate(() => document.body.classList.add('vscode-dark'));
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 700 });
            assert.deepEqual(await axeViolations(page), [], `${width} px`);
          }
        } finally {
          await context.close();
        }
      });
    }

    for (const [name, text] of plans.slice(0, 2 + SAMPLES.length)) {
      it(`${name}: by keyboard alone, Tab reaches every table, chart and link, with a visible focus`, async () => {
        const { context, page } = await open(renderStandalonePage(input(text)));
        try {
          await page.setViewportSize({ width: 320, height: 800 });
          const wanted = await page.evaluate(() => {
            // The tables behind "als tabel" count too: open them first.
            document.querySelectorAll('details').forEach((details) => (details.open = true));
            const all = Array.from(document.querySelectorAll<HTMLElement>('a[href], .table-wrap, .chart, summary'));
            all.forEach((element, index) => (element.dataset.kb = String(index)));
            return all.filter((element) => element.getClientRects().length > 0).map((element) => element.dataset.kb!);
          });
          const reached = new Set<string>();
          const unfocused: string[] = [];
          let first: string | undefined;
          for (let step = 0; step < wanted.length * 3 + 20; step++) {
            await page.keyboard.press('Tab');
            const focus = await page.evaluate(() => {
              const element = document.activeElement as HTMLElement | null;
              if (!element || element === document.body) return undefined;
              const style = getComputedStyle(element);
              const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
              return { kb: element.dataset.kb ?? '', visible, what: `${element.tagName.toLowerCase()}.${element.className}` };
            });
            if (!focus) continue;
            if (focus.kb !== '' && focus.kb === first) break;
            first ??= focus.kb;
            reached.add(focus.kb);
            if (!focus.visible) unfocused.push(focus.what);
          }
          const missed = await page.evaluate((kbs) => kbs.map((kb) => document.querySelector(`[data-kb="${kb}"]`)?.outerHTML.slice(0, 120) ?? kb), wanted.filter((kb) => !reached.has(kb)));
          assert.deepEqual(missed, [], 'never reached by Tab');
          assert.deepEqual(unfocused, [], 'focused without a visible outline');
          // A scrolling region is a named region, so a screen reader says what it holds.
          const unnamed = await page.evaluate(() => Array.from(document.querySelectorAll('.table-wrap, .chart')).filter((el) => el.getAttribute('tabindex') !== '0' || el.getAttribute('role') !== 'region' || !el.getAttribute('aria-label')).length);
          assert.equal(unnamed, 0);
        } finally {
          await context.close();
        }
      });
    }

    it('the details tables open and are readable', async () => {
      const { context, page } = await open(renderStandalonePage(input(PROBLEMS)));
      try {
        for (const summary of await page.locator('details.alt > summary').all()) await summary.click();
        assert.deepEqual(await axeViolations(page), []);
        const table = normalize(await page.locator('#wp-timeline details table').first().innerText());
        assert.ok(table.includes('2027 — geld stopt na 2027'));
      } finally {
        await context.close();
      }
    });
  });
});

// --- The webview with a fake VS Code -------------------------------------------------------

let bundled: string | undefined;

/** The webview script, bundled the way esbuild.js bundles it for dist/media/preview.js. */
async function webviewScript(): Promise<string> {
  if (bundled) return bundled;
  const result = await build({
    entryPoints: [join(ROOT, 'client', 'src', 'preview', 'webview-script.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  bundled = result.outputFiles[0].text;
  return bundled;
}

function webviewOptions(): { nonce: string; cspSource: string; scriptUri: string } {
  return { nonce: NONCE, cspSource: WEBVIEW_ORIGIN, scriptUri: `${WEBVIEW_ORIGIN}/media/preview.js` };
}

/** Opens a webview page with `acquireVsCodeApi` stubbed the way VS Code provides it. */
function openWebview(html: string, script: string, state?: unknown): Promise<{ context: BrowserContext; page: Page; observed: Observed }> {
  // A string, not a function: tsx would wrap a function's inner functions in a helper that
  // does not exist in the page.
  const initScript = `
    window.__posted = [];
    window.__state = ${JSON.stringify(state ?? null)} ?? undefined;
    window.acquireVsCodeApi = () => ({
      postMessage: (message) => window.__posted.push(message),
      getState: () => window.__state,
      setState: (next) => { window.__state = next; },
    });
  `;
  return openObserved(browser, `${WEBVIEW_ORIGIN}/index.html`, html, {
    width: 1000,
    height: 700,
    files: { [`${WEBVIEW_ORIGIN}/media/preview.js`]: { contentType: 'text/javascript; charset=utf-8', body: script } },
    initScript,
  });
}
