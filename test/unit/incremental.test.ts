// The incremental linter must give exactly what a full lint gives, at every step of an editing
// session. A property test drives random edits (characters and lines, in keys, comments, list
// items, edits that break the YAML and edits that repair it) over generated plans, the spec's
// example and the fixtures, and compares both paths after each one.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { generatePlan } from '../../bench/generate.mjs';
import { AssembledNodes, pieceNodes } from '../../server/src/core/assembled-nodes';
import { createIncrementalLinter, type IncrementalLinter } from '../../server/src/core/incremental';
import type { SourceNode } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/lint';
import { parse, stringify } from 'yaml';
import { yamlFilesUnder } from './arbitraries';

const ROOT = join(__dirname, '..', '..');


const EXAMPLE = join(ROOT, 'test', 'fixtures', 'spec', 'example.wijkplan.yaml');
const GENERATED = [generatePlan({ lines: 100, seed: 1 }), generatePlan({ lines: 300, seed: 2 }), generatePlan({ lines: 600, seed: 3 })];
const WRITTEN = [
  readFileSync(EXAMPLE, 'utf8'),
  ...yamlFilesUnder(join(ROOT, 'samples')).map((file) => readFileSync(file, 'utf8')),
];
const FIXTURES = yamlFilesUnder(join(ROOT, 'test', 'fixtures')).map((file) => readFileSync(file, 'utf8'));
/** The written plans as YAML writers put them: long text folded over lines (plain and quoted), lists at their key's indentation. */
const RESTYLED = WRITTEN.flatMap((text) => [
  stringify(parse(text), { lineWidth: 40, minContentWidth: 0, indentSeq: false }),
  stringify(parse(text), { lineWidth: 50, defaultStringType: 'QUOTE_DOUBLE', doubleQuotedMinMultiLineLength: 20 }),
]);
const BASES = [...GENERATED, ...WRITTEN, ...RESTYLED, ...FIXTURES];

/** Both paths on one version; the parsed tree is compared too, so drift shows where it starts. */
function assertSame(linter: IncrementalLinter, text: string): void {
  const full = lint(text);
  const incremental = linter.lint(text);
  assert.deepStrictEqual(incremental.findings, full.findings);
  assert.deepStrictEqual(incremental.score, full.score);
  assert.deepStrictEqual(incremental.plan, full.plan);
  assert.deepStrictEqual([...incremental.parsed.nodes], [...full.parsed.nodes]);
  // Looked up one by one too: the assembled nodes answer `get` by finding the piece.
  const { nodes } = incremental.parsed;
  assert.equal(nodes.size, full.parsed.nodes.size);
  for (const [pointer, node] of full.parsed.nodes) assert.deepStrictEqual(nodes.get(pointer), node, pointer);
  for (const pointer of ['/nergens', '/interventies/999', '/interventies/0/nergens/dieper', '/~1']) {
    assert.equal(nodes.has(pointer), full.parsed.nodes.has(pointer), pointer);
  }
  assert.deepStrictEqual(incremental.parsed.blockScalars, full.parsed.blockScalars);
  assert.deepStrictEqual(incremental.parsed.lines.lineStarts, full.parsed.lines.lineStarts);
  assert.deepStrictEqual(incremental.parsed.value, full.parsed.value);
  assert.deepStrictEqual(incremental.parsed.duplicateKeys, full.parsed.duplicateKeys);
  assert.deepStrictEqual(incremental.parsed.unresolvedTags, full.parsed.unresolvedTags);
}

// Pieces of text that matter to YAML or to the linter, to insert anywhere.
const FRAGMENTS = [
  'a',
  'x-y',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '#',
  ' # c',
  '-',
  '- ',
  ':',
  ': ',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '!t ',
  '!!str ',
  '|',
  '>',
  '? ',
  '%YAML 1.2',
  '---',
  '...',
  '\uFEFF',
  '~',
  'null',
  '2025-01-01',
  '12',
  'id: z',
  'naam: Nieuw',
  ' wijkplan-disable-next-line WP201',
  '\u0000',
  'é',
  '😀',
];
// Whole lines to insert: keys, items, comments and suppressions at various indentations.
const LINES = [
  '',
  '   ',
  '# kop',
  '  # opmerking',
  '      # diep',
  'extra: 1',
  'x-eigen: true',
  'titel: Dubbel',
  '  - id: nieuw',
  '    naam: iets',
  '  - { datum: 2030-01-01, soort: monitor }',
  '    eigenaars: [gemeente]',
  '  bronnen:',
  '    voortzetting:',
  '      strategie: stoppen',
  'partners:',
  '  # wijkplan-disable-next-line WP201 -- reden',
  '# wijkplan-disable WP207',
  'visie: |',
  '  tekst',
  '- los',
  '  - &anker { a: 1 }',
  '  - *anker',
  '    - id: F9',
  '      partner: gemeente',
  '\t- tab',
  'bewoners:',
  '  wijkinitiatieven: ja',
  '"sleutel": 1',
  '? complex',
  ': waarde',
  '---',
  '  naam: "open',
  '      en de tekst loopt door',
  "visie: 'over regels",
  "  heen'",
];

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; text: string }
  | { kind: 'insertLine'; line: number; text: string }
  | { kind: 'deleteLine'; line: number }
  | { kind: 'duplicateLine'; line: number }
  | { kind: 'moveLine'; line: number; to: number }
  | { kind: 'indent'; line: number; delta: number }
  | { kind: 'atKey'; line: number; column: number; text: string }
  | { kind: 'undo' };

const where = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const fragment = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));
// Most typing is letters, digits and spaces in values; that keeps sessions mostly valid YAML.
const typing = fc.stringMatching(/^[a-z0-9 ]{1,6}$/);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('atKey' as const), line: where, column: fc.integer({ min: 0, max: 30 }), text: typing }), weight: 4 },
  fc.record({ kind: fc.constant('insert' as const), at: where, text: fragment }),
  fc.record({ kind: fc.constant('delete' as const), at: where, length: fc.integer({ min: 1, max: 24 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: where, length: fc.integer({ min: 1, max: 12 }), text: fragment }),
  fc.record({ kind: fc.constant('insertLine' as const), line: where, text: fc.constantFrom(...LINES) }),
  fc.record({ kind: fc.constant('deleteLine' as const), line: where }),
  fc.record({ kind: fc.constant('duplicateLine' as const), line: where }),
  fc.record({ kind: fc.constant('moveLine' as const), line: where, to: where }),
  fc.record({ kind: fc.constant('indent' as const), line: where, delta: fc.constantFrom(-2, -1, 1, 2) }),
  fc.record({ kind: fc.constant('atKey' as const), line: where, column: fc.integer({ min: 0, max: 6 }), text: fragment }),
  fc.constant({ kind: 'undo' as const }),
);

function apply(text: string, change: Edit, previous: string): string {
  const lines = text.split('\n');
  const lineAt = (fraction: number) => Math.floor(fraction * lines.length);
  switch (change.kind) {
    case 'insert': {
      const at = Math.floor(change.at * (text.length + 1));
      return text.slice(0, at) + change.text + text.slice(at);
    }
    case 'delete': {
      const at = Math.floor(change.at * text.length);
      return text.slice(0, at) + text.slice(at + change.length);
    }
    case 'replace': {
      const at = Math.floor(change.at * text.length);
      return text.slice(0, at) + change.text + text.slice(at + change.length);
    }
    case 'insertLine':
      lines.splice(lineAt(change.line), 0, change.text);
      return lines.join('\n');
    case 'deleteLine':
      lines.splice(lineAt(change.line), 1);
      return lines.join('\n');
    case 'duplicateLine': {
      const line = lineAt(change.line);
      lines.splice(line, 0, lines[line]);
      return lines.join('\n');
    }
    case 'moveLine': {
      const [moved] = lines.splice(lineAt(change.line), 1);
      lines.splice(Math.floor(change.to * lines.length), 0, moved);
      return lines.join('\n');
    }
    case 'indent': {
      const line = lineAt(change.line);
      lines[line] = change.delta > 0 ? ' '.repeat(change.delta) + lines[line] : lines[line].replace(new RegExp(`^ {1,${-change.delta}}`), '');
      return lines.join('\n');
    }
    case 'atKey': {
      // Just after the indentation (inside a key, or after "- "): where typing usually happens.
      const line = lineAt(change.line);
      const indent = /^ */.exec(lines[line])![0].length;
      const at = Math.min(lines[line].length, indent + change.column);
      lines[line] = lines[line].slice(0, at) + change.text + lines[line].slice(at);
      return lines.join('\n');
    }
    case 'undo':
      return previous;
  }
}

describe('incremental linter', () => {
  it('gives what lint gives on the generated plans, the example and the fixtures', () => {
    for (const text of BASES) assertSame(createIncrementalLinter(), text);
  });

  it('re-parses only the piece an edit touches', () => {
    const text = generatePlan({ lines: 1000, seed: 1 });
    const linter = createIncrementalLinter();
    linter.lint(text);
    assert.equal(linter.stats.mode, 'incremental');
    const at = text.indexOf('naam:', text.indexOf('interventies:'));
    const edited = `${text.slice(0, at + 6)}Nieuwe ${text.slice(at + 6)}`;
    assertSame(linter, edited);
    assert.deepEqual({ mode: linter.stats.mode, parsed: linter.stats.parsed }, { mode: 'incremental', parsed: 1 });
    assert.ok(linter.stats.reused > 50);
  });

  it('cuts a plan whose long text is folded over lines, as YAML writers put it', () => {
    const plan = parse(readFileSync(EXAMPLE, 'utf8'));
    plan.visie = Array.from({ length: 30 }, (_, k) => `zin ${k} over de toekomst van de wijk.`).join(' ');
    for (const options of [{}, { defaultStringType: 'QUOTE_SINGLE' as const }, { defaultStringType: 'QUOTE_DOUBLE' as const }]) {
      const text = stringify(plan, options);
      assert.ok(text.split('\n').filter((line) => line.startsWith('  ') && !line.trimStart().includes(':')).length > 12, 'the vision is folded over more than twelve lines');
      const linter = createIncrementalLinter();
      assertSame(linter, text);
      assert.equal(linter.stats.mode, 'incremental');
      const at = text.indexOf('zin 7');
      assertSame(linter, `${text.slice(0, at)}nieuwe ${text.slice(at)}`);
      assert.deepEqual({ mode: linter.stats.mode, parsed: linter.stats.parsed }, { mode: 'incremental', parsed: 1 }, JSON.stringify(options));
    }
  });

  it('falls back to a full lint where cutting could change the meaning', () => {
    const base = generatePlan({ lines: 100, seed: 1 });
    const cases = [
      `\uFEFF${base}`,
      base.replace('wijkplan: 1', 'wijkplan: &v 1').replace('inwoners: ', 'inwoners: *v #'),
      base.replace('\n', '\r'),
      `%YAML 1.2\n---\n${base}`,
      base.replace('\n  naam:', '\n\tnaam:'),
      `${base}titel: Twee keer\n`,
      base.replace('visie: >', 'visie: "open'),
      `${base}x-diep: ${'['.repeat(70)}${']'.repeat(70)}\n`,
    ];
    for (const text of cases) {
      const linter = createIncrementalLinter();
      assertSame(linter, text);
      assert.equal(linter.stats.mode, 'full', JSON.stringify(text.slice(0, 60)));
    }
  });

  it('gives what lint gives at every step of random editing sessions', function () {
    const runs = Number(process.env.INCREMENTAL_RUNS ?? 80);
    this.timeout(Math.max(60_000, runs * 200));
    let steps = 0;
    let incremental = 0;
    fc.assert(
      fc.property(
        fc.oneof({ arbitrary: fc.constantFrom(...GENERATED), weight: 4 }, fc.constantFrom(...WRITTEN), fc.constantFrom(...FIXTURES)),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (base, edits) => {
          const linter = createIncrementalLinter();
          let text = base;
          let previous = base;
          assertSame(linter, text);
          for (const change of edits) {
            const next = apply(text, change, previous);
            previous = text;
            text = next;
            assertSame(linter, text);
            steps++;
            if (linter.stats.mode === 'incremental') incremental++;
          }
        },
      ),
      { numRuns: runs },
    );
    // The test is only worth something when most steps took the incremental path.
    assert.ok(incremental > steps / 3, `${incremental} of ${steps} steps were incremental`);
  });
});

describe('assembled source nodes', () => {
  // Pieces keep their nodes as packed numbers: every field must come back as it went in, at
  // offsets up to the size limit and with each optional field present or absent on its own.
  it('give back every field of every node, moved and renamed, at any offset', () => {
    const limit = 5 * 1024 * 1024;
    const nodes = new Map<string, SourceNode>();
    const add = (node: SourceNode) => nodes.set(node.pointer, node);
    add({ pointer: '/0', kind: 'map', flow: false, start: 0, end: limit, inSeq: true, keys: ['a', 'b'], firstKey: [2, 3] });
    add({ pointer: '/0/a', kind: 'scalar', flow: false, start: limit - 1, end: limit, inSeq: false, keyStart: 0, keyEnd: limit - 2 });
    add({ pointer: '/0/b', kind: 'seq', flow: true, start: 7, end: 7, inSeq: false, keyStart: 5 });
    add({ pointer: '/0/b/0', kind: 'scalar', flow: true, start: 8, end: 9, inSeq: true, keyEnd: 0, blockScalar: true, aliased: false });
    add({ pointer: '/0/c', kind: 'scalar', flow: false, start: 0, end: 0, inSeq: false, blockScalar: false, aliased: true });
    const piece = pieceNodes('/0', nodes);
    const assembled = new AssembledNodes();
    const shift = 1234;
    assembled.addPiece(piece, '/lijst/12', shift);
    const moved = (node: SourceNode): SourceNode => {
      const out: SourceNode = { ...node, pointer: `/lijst/12${node.pointer.slice(2)}`, start: node.start + shift, end: node.end + shift };
      if (node.keyStart !== undefined) out.keyStart = node.keyStart + shift;
      if (node.keyEnd !== undefined) out.keyEnd = node.keyEnd + shift;
      if (node.firstKey) out.firstKey = [node.firstKey[0] + shift, node.firstKey[1] + shift];
      return out;
    };
    const expected = [...nodes.values()].map(moved);
    assert.deepStrictEqual([...assembled.values()], expected);
    for (const node of expected) assert.deepStrictEqual(assembled.get(node.pointer), node, node.pointer);
    assert.equal(assembled.size, nodes.size);
    assert.equal(assembled.get('/0/a'), undefined);
    assert.equal(assembled.has('/lijst/12/d'), false);
    assert.equal(assembled.has('/lijst/1'), false);
  });
});
