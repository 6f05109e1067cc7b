// Placeholders are visible in the preview (issue 12): every place a placeholder text shows, it
// carries the words "nog in te vullen" / "still to write" (not only a colour), and the header
// says how many texts are still to write.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/core/lint';
import { escapeHtml } from '../../server/src/core/preview/html';
import { renderStandalonePage } from '../../server/src/core/preview/page';
import { renderPreviewBody } from '../../server/src/core/preview/render';
import { PLAN_TEMPLATE } from '../../server/src/core/template';
import type { Lang } from '../../server/src/core/types';

const ROOT = join(__dirname, '..', '..');
const EXAMPLE = readFileSync(join(ROOT, 'test', 'fixtures', 'spec', 'example.wijkplan.yaml'), 'utf8');
const LABEL: Record<Lang, string> = { nl: 'nog in te vullen', en: 'still to write' };

function body(text: string, lang: Lang = 'nl'): { html: string; texts: string[]; count: number } {
  const result = lint(text);
  return { html: renderPreviewBody({ result, fileName: 'plan.wijkplan.yaml', lang }), texts: [...new Set(result.placeholders.map((p) => p.text))], count: result.placeholders.length };
}

/**
 * Every place a placeholder text shows in `html`: it must stand in a marked span, after the
 * words in plain text (a chart label, a title), or be quoted inside a WP801 message.
 */
function unmarked(html: string, texts: readonly string[], lang: Lang): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const escaped = escapeHtml(text);
    for (let at = html.indexOf(escaped); at >= 0; at = html.indexOf(escaped, at + 1)) {
      const before = html.slice(0, at);
      const marked = before.endsWith('<span class="ph-text">') || before.endsWith(`${escapeHtml(LABEL[lang])}: `) || before.endsWith('&quot;');
      if (!marked) out.push(`${text} … ${html.slice(Math.max(0, at - 80), at)}`);
    }
  }
  return out;
}

describe('preview: placeholders are marked in words and counted', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`the untouched template (${lang}): every placeholder shown is marked, the header counts them`, () => {
      const { html, texts, count } = body(PLAN_TEMPLATE, lang);
      assert.ok(count >= 30);
      assert.deepEqual(unmarked(html, texts, lang), []);
      // Each placeholder text is shown marked at least once (none is hidden from the reader).
      for (const text of texts) assert.ok(html.includes(`<span class="ph-text">${escapeHtml(text)}</span>`) || html.includes(`${LABEL[lang]}: ${escapeHtml(text)}`), text);
      const marks = html.match(/<span class="ph-label">([^<]*)<\/span>/g) ?? [];
      assert.ok(marks.length >= texts.length);
      for (const mark of marks) assert.ok(mark.includes(`${LABEL[lang]}:`), mark);
      const header = /<header class="plan-header">[\s\S]*?<\/header>/.exec(html)?.[0] ?? '';
      const summary = lang === 'nl' ? `${count} teksten nog in te vullen` : `${count} texts still to write`;
      assert.ok(header.includes(`<a href="#wp-findings">${summary}</a>`), header.slice(0, 600));
      // The title itself is one of them, marked in the h1.
      assert.match(header, /<h1><span class="ph"><span class="ph-label">[^<]+<\/span> <span class="ph-text">\(titel van het plan/);
    });
  }

  it('one placeholder: "1 tekst"; a plan without any: no mark and no count', () => {
    const one = EXAMPLE.replace(/^( {2}naam: ).*$/m, '$1(naam van de wijk)');
    const marked = body(one);
    assert.equal(marked.count, 1);
    assert.ok(marked.html.includes('1 tekst nog in te vullen'));
    assert.ok(marked.html.includes('<span class="ph-label">nog in te vullen:</span> <span class="ph-text">(naam van de wijk)</span>'));
    const clean = body(EXAMPLE);
    assert.equal(clean.count, 0);
    assert.ok(!clean.html.includes('class="ph'));
    assert.ok(!clean.html.includes('nog in te vullen'));
  });

  it('marks only texts the engine found at tekst places: an id that reads like one is not marked', () => {
    // `todo` as an id is a placeholder by the letter of clause 3, but an id is never a placeholder.
    const text = EXAMPLE.replace('  - id: gezinslab\n', '  - id: todo\n').replace(/^titel: .*$/m, 'titel: TODO');
    const result = lint(text);
    assert.deepEqual(result.placeholders.map((p) => p.pointer), ['/titel']);
    const html = renderPreviewBody({ result, fileName: 'plan.wijkplan.yaml', lang: 'nl' });
    assert.ok(html.includes('<span class="ph-text">TODO</span>'));
    assert.ok(html.includes('<code class="id">todo</code>'), 'the id is shown as an id');
    assert.ok(!html.includes('<span class="ph-text">todo</span>'));
    assert.ok(!html.includes('nog in te vullen: todo'));
  });

  it('the standalone page shows the marks and keeps its strict policy', () => {
    const page = renderStandalonePage({ result: lint(PLAN_TEMPLATE), fileName: 'nieuw.wijkplan.yaml', lang: 'nl' });
    assert.ok(page.includes('class="ph-summary"'));
    assert.ok(page.includes('.ph {'));
    assert.ok(!/<script/i.test(page));
  });
});
