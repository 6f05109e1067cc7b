// One skeleton source (issue 12): the template, the completion snippets and the fixes write
// "text the user must still write" only from core/skeletons.ts, and every such text is a
// placeholder by format.md, so WP801 marks it. Safe fixes insert nothing but such texts;
// a fix that chooses a value (a date, an enum value, an id, a number) is unsafe.
import assert from 'node:assert/strict';
import { parse as parseYaml, parseDocument, visit } from 'yaml';
import { complete } from '../../server/src/core/language/completion';
import { ITEM_SNIPPETS, SECTION_SNIPPETS, snippetToPlain, type SnippetContext } from '../../server/src/core/language/snippets';
import { fixAll } from '../../server/src/core/fix-all';
import { applyEdits } from '../../server/src/core/fixes';
import { lint } from '../../server/src/core/lint';
import { parseText } from '../../server/src/core/parse';
import { isPlaceholder, tekstPaths } from '../../server/src/core/placeholder';
import { allSkeletonTexts, SKELETONS, skeletonAt, tabStop, yamlText } from '../../server/src/core/skeletons';
import { PLAN_TEMPLATE } from '../../server/src/core/template';
import { loadSeeds } from './arbitraries';

const TEXTS = new Set(allSkeletonTexts());
const CONTEXT: SnippetContext = { partners: ['gemeente', 'corporatie'], goals: ['D-een'], sources: ['F-een'], today: '2026-03-01', planEnd: '2035-12-31' };

/** Every string leaf of a YAML value. */
function leaves(value: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) for (const item of value) leaves(item, out);
  else if (value !== null && typeof value === 'object') for (const child of Object.values(value)) leaves(child, out);
  else out.push(value);
  return out;
}

/** The texts of the tab stops `${n:…}` in a snippet, unescaped. */
function tabStopTexts(snippet: string): string[] {
  const out: string[] = [];
  const pattern = /\$\{\d+:((?:\\.|[^}\\])*)\}/g;
  for (const match of snippet.matchAll(pattern)) out.push(match[1].replace(/\\(.)/g, '$1'));
  return out;
}

describe('skeletons: one source of text still to write', () => {
  it('every skeleton text is a placeholder by format.md', () => {
    assert.ok(TEXTS.size >= 34);
    for (const text of TEXTS) assert.ok(isPlaceholder(text), text);
  });

  it('every skeleton sits at a tekst place of the schema, and every tekst place has one', () => {
    const paths = new Set(tekstPaths());
    assert.deepEqual(Object.keys(SKELETONS).filter((path) => !paths.has(path)), []);
    assert.deepEqual([...paths].filter((path) => !(path in SKELETONS)), []);
    assert.equal(skeletonAt('/partners/2/naam')?.text, SKELETONS['/partners/*/naam'].text);
    assert.equal(skeletonAt('/partners/2/soort'), undefined);
  });

  it('yamlText reads back as the same text, in a block and in a flow collection', () => {
    for (const text of [...TEXTS, 'a, b', 'x: y', '[z]', '"q"', '# not a comment']) {
      assert.equal((parseYaml(`k: ${yamlText(text)}`) as { k: string }).k, text);
      assert.deepEqual(parseYaml(`[${yamlText(text, true)}]`), [text]);
    }
  });

  it('the template writes only skeleton texts, and only at tekst places', () => {
    const doc = parseDocument(PLAN_TEMPLATE);
    const written: string[] = [];
    visit(doc, {
      Scalar(key, node) {
        if ((key !== 'value' && typeof key !== 'number') || typeof node.value !== 'string') return;
        if (isPlaceholder(node.value)) written.push(node.value);
      },
    });
    assert.ok(written.length >= 30, `${written.length} fill-in texts`);
    assert.deepEqual(written.filter((text) => !TEXTS.has(text)), [], 'a fill-in text that is not from skeletons.ts');
    // Every placeholder the engine finds is one of them, and none is outside a tekst place.
    const { placeholders } = lint(PLAN_TEMPLATE);
    assert.equal(placeholders.length, written.length);
    for (const place of placeholders) assert.ok(TEXTS.has(place.text), place.pointer);
  });

  it('section and item snippets fill tekst places with skeleton tab stops and enums with choice lists', () => {
    const snippets = [
      ...Object.entries(SECTION_SNIPPETS).map(([pointer, template]) => ({ pointer, lines: template(CONTEXT), item: false })),
      ...Object.entries(ITEM_SNIPPETS).map(([pointer, item]) => ({ pointer, lines: item.template(CONTEXT), item: true })),
    ];
    let fills = 0;
    for (const { pointer, lines, item } of snippets) {
      const snippet = lines.join('\n');
      for (const text of tabStopTexts(snippet)) {
        // A tab stop holds a skeleton (as YAML, maybe quoted) or a valid value: an id, a date, a number.
        const value = parseYaml(`k: ${text}`) as { k: unknown };
        const inFlow = parseYaml(`[${text}]`) as unknown[];
        const read = typeof value?.k === 'string' ? value.k : Array.isArray(inFlow) ? inFlow[0] : undefined;
        if (typeof read === 'string' && isPlaceholder(read)) {
          assert.ok(TEXTS.has(read), `${pointer}: tab stop "${text}" is a placeholder that is not from skeletons.ts`);
          fills++;
        } else {
          assert.ok(/^[\w-]+(, [\w-]+)*$/.test(text), `${pointer}: tab stop "${text}" is neither a skeleton nor an id, date or number`);
        }
      }
      // The snippet, typed out as is, is valid YAML and every text in it is a skeleton or not a tekst.
      const plain = snippetToPlain(snippet);
      const typed = parseYaml(item ? `- ${plain.replace(/\n/g, '\n  ')}` : plain) as unknown;
      assert.ok(typed !== null && typeof typed === 'object', `${pointer}: typed out, the snippet is no YAML collection`);
      for (const leaf of leaves(typed)) if (typeof leaf === 'string' && isPlaceholder(leaf)) assert.ok(TEXTS.has(leaf), `${pointer}: ${leaf}`);
    }
    assert.ok(fills >= 30, `${fills} skeleton tab stops`);
    // Enum values are choice lists, never free text.
    assert.match(SECTION_SNIPPETS['/interventies/*/voortzetting'](CONTEXT).join('\n'), /strategie: \$\{1\|inbedden,overdragen,opschalen,afbouwen,stoppen\|\}/);
    assert.match(ITEM_SNIPPETS['/partners'].template(CONTEXT).join('\n'), /soort: \$\{3\|gemeente,rijk,/);
  });

  it('completing a tekst key inserts its skeleton as a tab stop', () => {
    const text = 'wijkplan: 1\nwijk:\n  naam: Oost\n  \n';
    const offset = text.indexOf('  \n') + 2;
    const parsed = parseText(text);
    const entries = complete({ text, parsed, offset, lang: 'nl', today: '2026-03-01' });
    const gemeente = entries.find((entry) => entry.label === 'gemeente');
    assert.ok(gemeente, entries.map((entry) => entry.label).join(', '));
    assert.equal(gemeente.insertText, `gemeente: ${tabStop(1, yamlText(SKELETONS['/wijk/gemeente'].text))}`);
  });

  it('snippetToPlain keeps skeleton texts and takes the first choice', () => {
    assert.equal(snippetToPlain('a: ${1:(naam van de wijk)}\nb: ${2|x,y|}\nc: $0'), 'a: (naam van de wijk)\nb: x\nc: ');
    assert.equal(snippetToPlain('a: ${1:\\$5 \\} op}'), 'a: $5 } op');
  });
});

/** The YAML value a fix inserts, read from its one insertion (`key: value` in a block or `, key: value` in a flow mapping). */
function insertedValue(newText: string): unknown {
  const text = newText.replace(/^\r?\n|^\r/, '').replace(/^, /, '');
  const lines = text.split(/\r\n|\r|\n/);
  const indent = /^ */.exec(lines[0])![0].length;
  const data = parseYaml(lines.map((line) => line.slice(Math.min(indent, /^ */.exec(line)![0].length))).join('\n')) as Record<string, unknown>;
  return Object.values(data)[0];
}

describe('honest fixes: a safe fix inserts only skeleton texts, a fix that chooses is unsafe', function () {
  this.timeout(60_000);
  it('over every sample and fixture', () => {
    let safe = 0;
    let unsafe = 0;
    for (const seed of loadSeeds()) {
      const before = lint(seed.text);
      const had = new Set(before.placeholders.map((place) => place.pointer));
      for (const finding of before.findings) {
        if (!finding.fix || finding.fix.edits.length !== 1) continue;
        const what = `${seed.name}: ${finding.code} ${finding.pointer}`;
        // What it writes for the user: the placeholders that are new after the fix (at tekst
        // places; an id such as `TODO` is no text). Every other value it inserts is a choice.
        const after = lint(applyEdits(seed.text.replace(/^\ufeff/, ''), finding.fix.edits));
        const written = after.placeholders.filter((place) => !had.has(place.pointer)).map((place) => place.text);
        for (const text of written) assert.ok(TEXTS.has(text), `${what}: inserts "${text}", which is not from skeletons.ts`);
        const values = leaves(insertedValue(finding.fix.edits[0].newText));
        const chosen = values.length - written.length;
        if (finding.fix.safe) {
          assert.equal(chosen, 0, `${what}: a safe fix chooses ${chosen} value(s) for the user: ${JSON.stringify(values)}`);
          safe++;
        } else {
          assert.ok(chosen > 0, `${what}: an unsafe fix that only inserts placeholders could be safe`);
          unsafe++;
        }
      }
    }
    assert.ok(safe > 20 && unsafe > 20, `${safe} safe, ${unsafe} unsafe fixes seen`);
  });

  it('fix-all leaves a finding whose only fix is unsafe, and does not write its value', () => {
    const text = PLAN_TEMPLATE.replace(/\n    voortzetting:\n(?: {6}.*\n)+/, '\n');
    const before = lint(text).findings.filter((finding) => finding.code === 'WP101');
    assert.equal(before.length, 1);
    assert.equal(before[0].fix?.safe, false);
    const after = fixAll(text);
    assert.ok(!after.text.includes('strategie: inbedden'), 'fix-all chose a strategy');
    assert.equal(lint(after.text).findings.filter((finding) => finding.code === 'WP101').length, 1);
  });
});
