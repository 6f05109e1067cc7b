// One vocabulary (issue 14): docs/glossary.md and core/vocabulary.ts name the same terms, and
// no user-facing text uses a word the glossary says not to use for its concept.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LABELS } from '../../server/src/core/preview/i18n';
import { RULES } from '../../server/src/core/rules/index';
import { CATEGORY_NAMES, GLOSSARY, SEVERITY_NAMES } from '../../server/src/core/vocabulary';
import { SEVERITY_LABEL, CATEGORY_NAME } from '../../server/src/cli/labels';

const ROOT = join(__dirname, '..', '..');

function texts(lang: 'nl' | 'en'): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const rule of RULES) {
    out.push([`${rule.code} summary`, rule.summary[lang]], [`${rule.code} rationale`, rule.rationale[lang]]);
    for (const [id, template] of Object.entries(rule.messages)) out.push([`${rule.code}.${id}`, template[lang]]);
  }
  for (const [key, value] of Object.entries(LABELS[lang])) {
    const shown = typeof value === 'function' ? (value as (...args: number[]) => string)(2, 3, 4) : String(value);
    out.push([`preview ${key}`, shown]);
  }
  const nls = JSON.parse(readFileSync(join(ROOT, lang === 'nl' ? 'package.nls.nl.json' : 'package.nls.json'), 'utf8')) as Record<string, string>;
  for (const [key, value] of Object.entries(nls)) out.push([`settings ${key}`, value]);
  // The rule pages: Dutch is the text outside *…*, English the text inside; code and YAML are left out.
  for (const name of readdirSync(join(ROOT, 'docs', 'rules')).filter((n) => n.endsWith('.md')).sort()) {
    const page = readFileSync(join(ROOT, 'docs', 'rules', name), 'utf8').replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    const english = [...page.matchAll(/\*([^*]+)\*/g)].map((match) => match[1]);
    out.push([`docs/rules/${name}`, lang === 'en' ? english.join('\n') : page.replace(/\*[^*]+\*/g, '')]);
  }
  return out;
}

describe('glossary (issue 14)', () => {
  it('docs/glossary.md lists every concept of the glossary with the same two terms', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'glossary.md'), 'utf8');
    for (const entry of GLOSSARY) {
      const row = doc.split('\n').find((line) => line.startsWith(`| ${entry.concept} |`));
      assert.ok(row, `no row for ${entry.concept}`);
      const cells = row.split('|').map((cell) => cell.trim());
      assert.ok(cells[2].startsWith(entry.nl), `${entry.concept}: ${cells[2]} vs ${entry.nl}`);
      assert.equal(cells[3], entry.en, entry.concept);
    }
    assert.ok(GLOSSARY.length >= 16);
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`no ${lang} rule text, rule page, preview label or setting uses a word the glossary rules out`, () => {
      const bad: string[] = [];
      for (const [where, text] of texts(lang)) {
        const plain = text.replace(/\([^)]*\)/g, '').replace(/"[^"]*"/g, '').replace(/`[^`]*`/g, '');
        for (const entry of GLOSSARY) {
          for (const word of entry.avoid[lang]) {
            if (new RegExp(`(^|[^\\p{L}-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`, 'iu').test(plain)) bad.push(`${where}: "${word}" (say "${entry[lang]}"): ${text}`);
          }
        }
      }
      assert.deepEqual(bad, []);
    });
  }

  it('category and severity names come from one place', () => {
    assert.deepEqual(SEVERITY_LABEL, SEVERITY_NAMES);
    for (const lang of ['nl', 'en'] as const) {
      for (const [category, name] of Object.entries(CATEGORY_NAMES[lang])) assert.equal(CATEGORY_NAME[lang][category as keyof typeof CATEGORY_NAME.nl], name.toLowerCase());
    }
  });
});
