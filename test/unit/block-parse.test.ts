// The fast path for block YAML (server/src/core/block-parse.ts) must build exactly what the
// `yaml` route builds, offsets included, or give up. Differential tests: every fixture, sample
// and generated plan (clean and findings-heavy), and seeded damaged variants of each (lines
// dropped, moved in or out, comments and blank lines at every indentation, tricky scalars), both
// as whole texts and as the pieces the incremental linter cuts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isPair, isSeq, parse, parseDocument, stringify } from 'yaml';
import type { Node as YamlNode, ToStringOptions } from 'yaml';
import { createRandom, generatePlan, type Random } from '../../bench/generate.mjs';
import { generateHeavyPlan } from '../../bench/generate-heavy.mjs';
import { parseBlockTree, resolvePlain, type BlockTree } from '../../server/src/core/block-parse';
import { lintParsed } from '../../server/src/core/lint';
import { buildSubtree, parseText, YAML_OPTIONS } from '../../server/src/core/parse';
import { yamlFilesUnder } from './arbitraries';

const ROOT = join(__dirname, '..', '..');
/** More damaged variants per text for a long run: WIJKPLAN_FUZZ_SCALE=20 npx mocha test/unit/block-parse.test.ts */
const SCALE = Number(process.env.WIJKPLAN_FUZZ_SCALE ?? 1);

const GENERATED: string[] = [
  generatePlan({ lines: 400, seed: 11 }),
  generatePlan({ lines: 1500, seed: 12 }),
  generateHeavyPlan({ lines: 400, seed: 13 }),
  generateHeavyPlan({ lines: 1500, seed: 14 }),
];
const WRITTEN = [...yamlFilesUnder(join(ROOT, 'samples')), ...yamlFilesUnder(join(ROOT, 'test', 'fixtures'))].map((file) => readFileSync(file, 'utf8'));

/**
 * The same plans as YAML writers put them: long text folded over lines as plain, single- and
 * double-quoted scalars (PyYAML and the `yaml` package wrap at 80 columns), lists at their
 * key's indentation, values on the line after a long key.
 */
const STYLES: ToStringOptions[] = [
  {},
  { lineWidth: 40, minContentWidth: 0, indentSeq: false },
  { lineWidth: 50, defaultStringType: 'QUOTE_SINGLE' },
  { lineWidth: 45, defaultStringType: 'QUOTE_DOUBLE', doubleQuotedMinMultiLineLength: 20 },
  { lineWidth: 30, minContentWidth: 0, defaultKeyType: 'PLAIN', defaultStringType: 'QUOTE_DOUBLE', indentSeq: false },
];
const RESTYLED: string[] = [...GENERATED.slice(0, 3), ...yamlFilesUnder(join(ROOT, 'samples')).map((file) => readFileSync(file, 'utf8'))].flatMap((text) =>
  STYLES.map((options) => stringify(parse(text), options)),
);

/** Lines that matter to YAML or to the fast path's rules, to insert anywhere. */
const LINES = [
  '# c', '  # c', '    # c', '      # c', '', '   ', 'x: 1', '  y: "q"', '- z', '  - w', 'a:', '  b: >', '    txt', '', '    more',
  'k: [1, 2]', "m: { a: 'b', c: ~ }", 'n: 1.0', 'o: 0x1F', 'p: true', 'q: null', 'r: |-', '  lit', '   deeper', 's: "a\\tb\\u00e9"',
  "t: 'it''s'", 'u: a: b', 'v: - x', '- ', '-', 'w: x # y', 'key : spaced', '"quoted key": v', '  - id: p1', '    naam: X',
  '- [a, b]', '- { a: 1 }', 'e: []', 'f: {}', 'g: .inf', 'h: -.5e3', 'i: 0o17', 'j: 007', '__proto__: x', 'l: ~', 'dup: 1', 'dup: 2',
  'z: "unclosed', "y: 'also", 'w: [open', 'v: "x"#c', 'tab:\tx', 'cr: x\r', 'deep: { a: { b: [c, { d: e }] } }', '? explicit', '&anchor a: 1', 'b: *alias',
  // Lines that continue, open or close a scalar over several lines.
  '  folded on', '    further text', '   - dash text', '  text: colon', '  text # c', "  it''s'", '  end"', '  \\"quoted\\" end"', '  trailing  ',
  "lang: 'een tekst", 'lang: "een tekst \\', 'lang: lange tekst', 'lang:', '  op de volgende regel', '  "op de volgende', "- 'item over", "  regels'",
];

function mutate(text: string, random: Random): string {
  const lines = text.split('\n');
  const edits = random.int(1, 4);
  for (let k = 0; k < edits; k++) {
    const at = random.int(0, Math.max(0, lines.length - 1));
    switch (random.int(0, 5)) {
      case 0:
        lines.splice(at, 1);
        break;
      case 1:
        lines.splice(at, 0, random.pick(LINES));
        break;
      case 2:
        lines[at] = ' '.repeat(random.int(1, 2)) + (lines[at] ?? '');
        break;
      case 3:
        lines[at] = (lines[at] ?? '').replace(/^ {1,2}/, '');
        break;
      case 4:
        lines.splice(at, 0, `${' '.repeat(random.int(0, 8))}# m`);
        break;
      default:
        lines.splice(at, 0, '');
    }
  }
  return lines.join('\n');
}

function variants(seed: number, perText: number): string[] {
  const random = createRandom(seed);
  const out: string[] = [];
  for (const text of [...GENERATED, ...WRITTEN, ...RESTYLED]) {
    out.push(text);
    for (let k = 0; k < perText; k++) out.push(mutate(text, random));
  }
  return out;
}

/** What the `yaml` route makes of a text as a BlockTree, or undefined when yaml reports a problem or the root is no block collection. */
function viaYaml(text: string, depth: number): BlockTree | undefined {
  const doc = parseDocument(text, YAML_OPTIONS);
  if (doc.errors.some((error) => error.code !== 'DUPLICATE_KEY')) return undefined;
  const root = doc.contents as YamlNode | null;
  if (!(isMap(root) || isSeq(root)) || root.flow) return undefined;
  const built = buildSubtree(doc, root, '', depth);
  if (!built) return undefined;
  const first = isMap(root) ? root.items[0] : undefined;
  const firstKey = isPair(first) ? (first.key as YamlNode | null)?.range : undefined;
  return {
    value: built.value,
    nodes: built.nodes,
    duplicateKeys: built.duplicateKeys,
    rootKind: isMap(root) ? 'map' : 'seq',
    rootEntries: root.items.length,
    rootRange: [root.range![0], root.range![1], root.range![2]],
    rootFirstKey: firstKey ? [firstKey[0], firstKey[1]] : undefined,
    entries: 0,
    exactEnds: true,
  };
}

function assertSameTree(fast: BlockTree, slow: BlockTree | undefined, text: string): void {
  const where = JSON.stringify(text.slice(0, 200));
  assert.ok(slow, `the fast path built a text the yaml route refuses or reports: ${where}`);
  // Without exact ends (an empty value with a comment), collections may end elsewhere; all else holds.
  const nodes = (tree: BlockTree) => [...tree.nodes].map(([pointer, node]) => [pointer, fast.exactEnds || node.kind === 'scalar' ? node : { ...node, end: 0 }]);
  assert.deepStrictEqual(nodes(fast), nodes(slow), where);
  assert.deepStrictEqual(fast.value, slow.value, where);
  assert.deepStrictEqual(fast.duplicateKeys, slow.duplicateKeys, where);
  assert.equal(fast.rootKind, slow.rootKind, where);
  assert.equal(fast.rootEntries, slow.rootEntries, where);
  assert.deepStrictEqual(fast.rootFirstKey, slow.rootFirstKey, where);
  if (fast.exactEnds) assert.deepStrictEqual(fast.rootRange, slow.rootRange, where);
  else assert.equal(fast.rootRange[0], slow.rootRange[0], where);
}

/**
 * Pieces as the incremental linter cuts them: from the start of a line that holds a key or a
 * list item to the first non-blank character of the next line indented no deeper.
 */
function pieces(text: string, random: Random, count: number): Array<{ text: string; depth: number }> {
  const starts: number[] = [];
  for (let at = 0; ; ) {
    starts.push(at);
    const newline = text.indexOf('\n', at);
    if (newline < 0) break;
    at = newline + 1;
  }
  const indent = (line: number) => /^ */.exec(text.slice(starts[line]))![0].length;
  const content = (line: number) => /^ *[^ #\n]/.test(text.slice(starts[line], starts[line + 1] ?? text.length));
  const out: Array<{ text: string; depth: number }> = [];
  for (let k = 0; k < count; k++) {
    const line = random.int(0, starts.length - 1);
    if (!content(line)) continue;
    let next = line + 1;
    while (next < starts.length && !(content(next) && indent(next) <= indent(line))) next++;
    const end = next < starts.length ? starts[next] + indent(next) : text.length;
    out.push({ text: text.slice(starts[line], end), depth: random.int(0, 4) });
  }
  return out;
}

describe('block YAML fast path', function () {
  this.timeout(300_000);

  it('builds whole texts exactly as the yaml route does, or leaves them to it', () => {
    let fast = 0;
    let total = 0;
    for (const text of variants(2026, 12 * SCALE)) {
      total++;
      const slow = parseText(text, { fastPath: false });
      const quick = parseText(text);
      const where = JSON.stringify(text.slice(0, 200));
      assert.deepStrictEqual([...quick.nodes], [...slow.nodes], where);
      assert.deepStrictEqual(quick.value, slow.value, where);
      assert.deepStrictEqual(quick.duplicateKeys, slow.duplicateKeys, where);
      assert.deepStrictEqual(quick.unresolvedTags, slow.unresolvedTags, where);
      assert.deepStrictEqual(quick.syntaxProblems, slow.syntaxProblems, where);
      assert.equal(quick.empty, slow.empty, where);
      const tree = parseBlockTree(text.replace(/^\ufeff/, ''));
      if (tree) {
        fast++;
        assertSameTree(tree, viaYaml(text, 0), text);
      }
    }
    // The comparison means something only when the fast path takes many of the texts (the
    // fixtures hold much broken YAML on purpose, and the damage adds more).
    assert.ok(fast > total * 0.3, `fast path took ${fast} of ${total}`);
  });

  it('builds the incremental linter\'s pieces exactly as the yaml route does, at any depth', () => {
    const random = createRandom(7);
    let fast = 0;
    let total = 0;
    for (const text of variants(99, 4 * SCALE)) {
      for (const piece of pieces(text, random, 6)) {
        total++;
        const tree = parseBlockTree(piece.text, piece.depth);
        if (!tree) continue;
        fast++;
        assertSameTree(tree, viaYaml(piece.text, piece.depth), piece.text);
      }
    }
    assert.ok(fast > total * 0.6, `fast path took ${fast} of ${total}`);
  });

  it('takes the plans it was built for', () => {
    for (const text of GENERATED) assert.ok(parseBlockTree(text), 'a generated plan');
    for (const file of yamlFilesUnder(join(ROOT, 'samples'))) assert.ok(parseBlockTree(readFileSync(file, 'utf8')), file);
    for (const text of RESTYLED) assert.ok(parseBlockTree(text), `a plan as a YAML writer puts it: ${JSON.stringify(text.slice(0, 300))}`);
  });

  it('folds scalars over several lines as yaml does', () => {
    const cases = [
      'a: een lange\n  tekst\nb: 1', 'a: een\n\n  lange\n\n\n  tekst  \n', '- item\n  over regels\n- twee', '- k: v\n    w\n  l: x',
      "a: 'een\n  lange ''tekst''\n\n  hier '", 'a: "een \\\n  lange\\ttekst  \n  \\u00e9 \n\n  slot"', 'a: "x\n   \n  y"',
      'lange sleutel:\n  de waarde\n  gaat door\nb: 2', 'lang:\n  "quoted\n  over"\nb: 3', "- 'een\n  twee'\n- drie", 'a:\n  b: x\n   y\n  c: z',
      'a: 12\n  34', 'a: true\n  ja', 'a: x\n  #c\nb: y', 'a: "x\n  # geen commentaar"',
    ];
    for (const text of cases) {
      const tree = parseBlockTree(text);
      assert.ok(tree, `taken: ${JSON.stringify(text)}`);
      assertSameTree(tree, viaYaml(text, 0), text);
    }
  });

  it('leaves to yaml what it does not copy', () => {
    const refused = [
      'a: &x 1\nb: *x', 'a: !!str 1', '%YAML 1.2\n---\na: 1', '---\na: 1', '? a\n: b', 'a:\tb', 'a: b\r\nc: d', 'a: "x\ny"',
      'a: b\n  c: d', 'a: b\n  c # d', 'a: b\n  - c', 'a: b # c\n  d', 'a: # c\n  b', 'a: "x', "a: 'x\n", 'a: [1,\n  2]', '- \n- a', 'a: b: c', 'a: >2\n   x', 'a: |+\n  x\n', 'a: "\\q"', 'a: [a, b, ]', 'a: {b}', 'a: @x',
      'x', '[a]', '', '# only a comment',
    ];
    for (const text of refused) assert.equal(parseBlockTree(text), undefined, JSON.stringify(text));
  });

  it('reads plain scalars as the YAML 1.2 core schema does', () => {
    const cases: Array<[string, unknown]> = [
      ['', null], ['~', null], ['null', null], ['Null', null], ['NULL', null], ['nULL', 'nULL'], ['true', true], ['False', false],
      ['tRUE', 'tRUE'], ['0o17', 15], ['017', 17], ['+5', 5], ['-0', -0], ['0x1F', 31], ['0X1F', '0X1F'], ['.inf', Infinity],
      ['-.Inf', -Infinity], ['.NaN', NaN], ['1e3', 1000], ['1.5', 1.5], ['.5', 0.5], ['5.', 5], ['2026-01-01', '2026-01-01'], ['1_000', '1_000'],
    ];
    for (const [source, expected] of cases) {
      const fromYaml = parseDocument(`k: ${source}`).toJS().k;
      assert.deepStrictEqual(resolvePlain(source), expected, source);
      assert.deepStrictEqual(resolvePlain(source), fromYaml, `${source} as yaml reads it`);
    }
  });

  it('is never changed by a lint: the incremental linter hands the same values to the next version', () => {
    // The lint leaves out x- keys and empty values by copying only what holds them, so the
    // plan the rules read shares the rest with the parsed value.
    for (const text of [...GENERATED, ...WRITTEN]) {
      const parsed = parseText(text);
      const before = JSON.stringify(parsed.value);
      lintParsed(parsed);
      assert.equal(JSON.stringify(parsed.value), before);
    }
  });
});
