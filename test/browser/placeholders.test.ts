// Placeholders in the real preview (issue 12), in Chromium: the untouched template's preview
// shows "nog in te vullen" / "still to write" as visible text at its placeholders (not only a
// colour), counts them in the header, and stays axe-clean (WCAG 2.1 A/AA) at 320 px, in light
// and dark. Run with:
//   npx mocha --no-config --require tsx/cjs --timeout 180000 test/browser/placeholders.test.ts
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { lint } from '../../server/src/core/lint';
import { renderStandalonePage } from '../../server/src/core/preview/page';
import { PLAN_TEMPLATE } from '../../server/src/core/template';
import type { Lang } from '../../server/src/core/types';
import { axeViolations, launchChromium, openObserved } from './harness';

const PAGE_URL = 'https://preview.test/placeholders.html';
const LABEL: Record<Lang, string> = { nl: 'nog in te vullen', en: 'still to write' };

let browser: Browser;

async function open(html: string, colorScheme: 'light' | 'dark'): Promise<Page> {
  return (await openObserved(browser, PAGE_URL, html, { width: 320, colorScheme })).page;
}



describe('placeholders in the preview, in Chromium', function () {
  this.timeout(180_000);

  before(async () => {
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
  });

  for (const lang of ['nl', 'en'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`the untouched template (${lang}, ${colorScheme}, 320 px): marks in words, a count in the header, axe-clean`, async () => {
        const result = lint(PLAN_TEMPLATE);
        const page = await open(renderStandalonePage({ result, fileName: 'nieuw.wijkplan.yaml', lang }), colorScheme);
        try {
          // The words are rendered text (innerText), so a reader and a screen reader get them.
          // Every mark holds the words; the marks on screen (not in a closed <details>) render them.
          const labels = await page.locator('.ph .ph-label').allTextContents();
          assert.ok(labels.length >= new Set(result.placeholders.map((p) => p.text)).size, `${labels.length} marks`);
          for (const label of labels) assert.equal(label.trim(), `${LABEL[lang]}:`);
          const shown = await page.locator('.ph .ph-label:visible').allInnerTexts();
          assert.ok(shown.length >= 20, `${shown.length} marks on screen`);
          for (const label of shown) assert.equal(label.trim().toLowerCase(), `${LABEL[lang]}:`);
          const title = await page.locator('h1').innerText();
          assert.ok(title.toLowerCase().startsWith(LABEL[lang]), title);
          const count = result.placeholders.length;
          const summary = await page.locator('header .ph-summary').innerText();
          assert.ok(summary.includes(lang === 'nl' ? `${count} teksten nog in te vullen` : `${count} texts still to write`), summary);
          // A mark is visible, not a hidden hint.
          const box = await page.locator('.ph').first().boundingBox();
          assert.ok(box && box.width > 0 && box.height > 0);
          // A long placeholder wraps: no mark outside a scrollable table runs past the 320 px page.
          const wide = await page.evaluate(() =>
            Array.from(document.querySelectorAll('.ph')).filter((el) => !el.closest('.table-wrap') && el.getBoundingClientRect().right > window.innerWidth + 1).map((el) => el.textContent ?? ''),
          );
          assert.deepEqual(wide, []);
          assert.deepEqual(await axeViolations(page), []);
        } finally {
          await page.context().close();
        }
      });
    }
  }
});
