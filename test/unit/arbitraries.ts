// Generators and the invariants of `lint` for the property tests (property.test.ts) and the
// long fuzz run (scripts/fuzz-long.ts). Three kinds of input: any JavaScript string (lone
// surrogates and control characters included; decoding bytes is the CLI's business), YAML-ish
// text from a small grammar, and the samples and fixtures mutated the way an editor session
// or a careless copy would.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { decodeUtf8 } from '../../server/src/cli/files';
import { checkRead } from '../../server/src/cli/lint-file';
import { lint, type LintOptions, type LintResult } from '../../server/src/core/lint';
import { LIMITS, parentPointer, parseText, type SourceNode } from '../../server/src/core/parse';
import planSchema from '../../server/src/core/generated/plan-schema.json';
import type { Position, Range } from '../../server/src/core/types';

const ROOT = join(__dirname, '..', '..');

/** Past this a single lint counts as a hang. Generous: a loaded CI machine is slow, a hang is not. */
export const CASE_TIME_LIMIT_MS = 2000;

// ---------------------------------------------------------------------------------------------
// Seeds: the plans users write

export interface Seed {
  name: string;
  text: string;
}

/** Every YAML plan file under a folder, sorted, configuration files left out. */
export function yamlFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFilesUnder(path);
      return /\.ya?ml$/.test(name) && !name.includes('.wijkplanrc.') ? [path] : [];
    });
}

/** Every sample and every fixture plan (configuration files left out), by repository path. */
export function loadSeeds(): Seed[] {
  const files = [...yamlFilesUnder(join(ROOT, 'samples')), ...yamlFilesUnder(join(ROOT, 'test', 'fixtures'))];
  return files.map((file) => ({ name: file.slice(ROOT.length + 1), text: readFileSync(file, 'utf8') }));
}

// ---------------------------------------------------------------------------------------------
// Any string

/** Characters that mean something to YAML, to line counting or to UTF-16. */
export const INTERESTING_CHARS = [
  '\n', '\r', '\r\n', '\t', ' ', ':', '-', '#', '[', ']', '{', '}', ',', '"', "'", '&', '*', '!', '|', '>', '%',
  '@', '`', '?', '~', '\\', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029',
  '\ufeff', '\ufffd', '\ud800', '\udbff', '\udc00', '\udfff', 'é', '😀', '---', '...', '<<',
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const plainChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789 wijkplan:'.split(''));

/** Any JavaScript string, biased towards characters that matter. */
export const anyString: fc.Arbitrary<string> = fc.string({
  unit: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...INTERESTING_CHARS) }, { weight: 2, arbitrary: codeUnit }, { weight: 4, arbitrary: plainChar }),
  maxLength: 300,
});

/** Any bytes, biased towards UTF-8 lead and continuation bytes and YAML's punctuation. */
export const anyBytes: fc.Arbitrary<Uint8Array> = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(0x0a, 0x0d, 0x20, 0x3a, 0x2d, 0x23, 0xc3, 0xa9, 0xe2, 0x80, 0xa8, 0xef, 0xbb, 0xbf, 0xf0, 0x9f, 0xed, 0xa0),
    ),
    { maxLength: 300 },
  )
  .map((bytes) => Uint8Array.from(bytes));

// ---------------------------------------------------------------------------------------------
// YAML-ish text from a grammar

type YNode =
  | { t: 'scalar'; v: string }
  | { t: 'block'; style: string; lines: string[] }
  | { t: 'map'; flow: boolean; anchor: string | null; entries: Array<{ key: string; value: YNode; comment: string | null }> }
  | { t: 'seq'; flow: boolean; anchor: string | null; items: YNode[] };

function schemaKeys(): string[] {
  const keys = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      const properties = (node as { properties?: unknown }).properties;
      if (properties && typeof properties === 'object') for (const key of Object.keys(properties)) keys.add(key);
      Object.values(node).forEach(walk);
    }
  };
  walk(planSchema);
  return [...keys].sort();
}

const SCHEMA_KEYS = schemaKeys();
const TOP_KEYS = ['wijkplan', 'titel', 'wijk', 'looptijd', 'visie', 'partners', 'bestuur', 'doelen', 'interventies', 'financiering', 'evaluatie', 'bewoners'];
const IDS = ['gemeente', 'corporatie', 'p1', 'p2', 'D-1', 'D-2', 'I-1', 'B-1', 'x1', 'a', '1-fout'];
const ANCHORS = ['a', 'b', 'c'];
const anchorArb: fc.Arbitrary<string | null> = fc.option(fc.constantFrom(...ANCHORS), { freq: 6, nil: null });

const keyArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SCHEMA_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom('x-eigen', 'x-', '<<', '"quoted: key"', "'single'", '1', 'null', '~', 'a b', 'éé', '? a', '[a]', '{a: 1}', 'nam', 'doelen ', 'id#x', '') },
);

const dateArb = fc
  .tuple(fc.integer({ min: 1998, max: 2102 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const scalarText = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '1', '0', '-5', '3.14', '1e3', '1e400', '.inf', '.nan', '0x1F', '0o17', '12345678901234567890', 'true', 'false', 'null', '~', '',
      '""', "''", '" "', 'yes', 'no', '2026-01-01', '2025-02-29', '2024-02-29', '2030-12-31', '2026-1-1', '12:30', 'gemeente',
      'structureel', 'incidenteel', 'omhoog', 'omlaag', 'output', 'outcome', 'tussentijds', 'overdragen', 'inbedden', 'afbouwen',
      'college', 'wethouder', 'fysiek', 'sociaal', 'in te vullen', 'GM0080', 'WK008000', 'BU00800000', '*a', '*b', '*nergens',
      '!!str 5', '!!int "x"', '!!float 1', '!!js/function "function () { globalThis.__wijkplanPwned = true }"', '!include x.yaml',
      '!!binary aGk=', '!!timestamp 2026-01-01', '!!set {a, b}', '!!omap [a: 1]', '!!pairs [a: 1, a: 2]', '!custom x', '!<tag:yaml.org,2002:str> x', '@x', '`x`', '%x', 'a: b', '- x', '"unterminated', "'it''s'",
      '"esc \\u0041 \\x41 \\t \\ud800"', 'tekst # met commentaar', 'a #b', '[1, 2', '{a: 1', '? x', '&a', '&a x',
    ),
  },
  { weight: 2, arbitrary: fc.integer({ min: 1995, max: 2105 }).map(String) },
  { weight: 2, arbitrary: dateArb },
  { weight: 3, arbitrary: fc.constantFrom(...IDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => JSON.stringify(s)) },
  { weight: 1, arbitrary: fc.string({ unit: plainChar, minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }).map(String) },
);

const commentArb = fc.constantFrom(
  '# gewoon commentaar',
  '#zonder spatie',
  '# wijkplan-disable-next-line WP101',
  '# wijkplan-disable-next-line WP002, WP006 -- reden',
  '# wijkplan-disable WP301 -- het Rijk betaalt',
  '# wijkplan-disable WP001, WP999',
  '# wijkplan-disable-next-line',
  '# expect: WP002',
  '# "quoted" # twice',
);

const blockArb = fc.record({
  t: fc.constant('block' as const),
  style: fc.constantFrom('|', '>', '|-', '>+', '|2'),
  lines: fc.array(fc.oneof(fc.constantFrom('', '  extra ingesprongen', '# geen commentaar', 'a: b', '- c', '[[[', '"'), fc.string({ unit: plainChar, maxLength: 20 })), {
    minLength: 1,
    maxLength: 3,
  }),
});

const { yNode } = fc.letrec<{ yNode: YNode; yMap: YNode; ySeq: YNode }>((tie) => ({
  yNode: fc.oneof(
    { depthSize: 'small', maxDepth: 6 },
    { weight: 5, arbitrary: scalarText.map((v): YNode => ({ t: 'scalar', v })) },
    { weight: 1, arbitrary: blockArb },
    { weight: 2, arbitrary: tie('yMap') },
    { weight: 2, arbitrary: tie('ySeq') },
  ),
  yMap: fc.record({
    t: fc.constant('map' as const),
    flow: fc.boolean(),
    anchor: anchorArb,
    entries: fc.array(fc.record({ key: keyArb, value: tie('yNode'), comment: fc.option(commentArb, { freq: 5 }) }), { maxLength: 5 }),
  }),
  ySeq: fc.record({
    t: fc.constant('seq' as const),
    flow: fc.boolean(),
    anchor: anchorArb,
    items: fc.array(tie('yNode'), { maxLength: 5 }),
  }),
}));

function renderFlow(node: YNode): string {
  switch (node.t) {
    case 'scalar':
      return node.v;
    case 'block':
      return JSON.stringify(node.lines.join('\n'));
    case 'map':
      return `${node.anchor ? `&${node.anchor} ` : ''}{${node.entries.map((entry) => `${entry.key}: ${renderFlow(entry.value)}`).join(', ')}}`;
    case 'seq':
      return `${node.anchor ? `&${node.anchor} ` : ''}[${node.items.map(renderFlow).join(', ')}]`;
  }
}

function isBlockCollection(node: YNode): node is Extract<YNode, { t: 'map' | 'seq' }> {
  return (node.t === 'map' && !node.flow && node.entries.length > 0) || (node.t === 'seq' && !node.flow && node.items.length > 0);
}

/** The lines of a block collection at `indent`, or of a value written after `- `. */
function renderBlock(node: YNode, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (node.t === 'map' && isBlockCollection(node)) {
    const out: string[] = [];
    for (const { key, value, comment } of node.entries) {
      const tail = comment ? ` ${comment}` : '';
      if (value.t === 'block') {
        out.push(`${pad}${key}: ${value.style}${tail}`, ...value.lines.map((line) => (line === '' ? '' : `${pad}  ${line}`)));
      } else if (isBlockCollection(value)) {
        out.push(`${pad}${key}:${value.anchor ? ` &${value.anchor}` : ''}${tail}`, ...renderBlock(value, indent + 2));
      } else {
        out.push(`${pad}${key}: ${renderFlow(value)}${tail}`);
      }
    }
    return out;
  }
  if (node.t === 'seq' && isBlockCollection(node)) {
    const out: string[] = [];
    for (const item of node.items) {
      if (item.t === 'block') {
        out.push(`${pad}- ${item.style}`, ...item.lines.map((line) => (line === '' ? '' : `${pad}  ${line}`)));
      } else if (isBlockCollection(item)) {
        // `- key: value` and `- - x`: the first line of the item joins the dash.
        const inner = renderBlock(item, indent + 2);
        out.push(`${pad}- ${inner[0].slice(indent + 2)}`, ...inner.slice(1));
      } else {
        out.push(`${pad}- ${renderFlow(item)}`);
      }
    }
    return out;
  }
  return [`${pad}${renderFlow(node)}`];
}

/** A YAML-ish document: mostly a plan's top-level keys over any nested content, with decorations. */
export const yamlish: fc.Arbitrary<string> = fc
  .record({
    header: fc.boolean(),
    start: fc.constantFrom('', '', '', '---\n', '--- # begin\n', '%YAML 1.2\n---\n', '# kop\n'),
    entries: fc.array(
      fc.record({ key: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TOP_KEYS) }, { weight: 1, arbitrary: keyArb }), value: yNode, comment: fc.option(commentArb, { freq: 6 }) }),
      { maxLength: 8 },
    ),
    comments: fc.array(fc.tuple(fc.nat(), commentArb), { maxLength: 3 }),
    eol: fc.constantFrom('\n', '\n', '\n', '\r\n', '\r'),
    bom: fc.boolean(),
    end: fc.constantFrom('', '\n', '\n', '...\n', '---\n', '\n\n# slot\n'),
  })
  .map(({ header, start, entries, comments, eol, bom, end }) => {
    const root: YNode = { t: 'map', flow: false, anchor: null, entries };
    const lines = entries.length > 0 ? renderBlock(root, 0) : [];
    if (header) lines.unshift('wijkplan: 1');
    for (const [at, comment] of comments) lines.splice(at % (lines.length + 1), 0, comment);
    const text = (bom ? '\ufeff' : '') + start + lines.join('\n') + (lines.length > 0 ? '\n' : '') + end;
    return eol === '\n' ? text : text.replace(/\n/g, eol);
  });

// ---------------------------------------------------------------------------------------------
// Mutations of real plans

export type Mutation =
  | { kind: 'deleteKey' | 'dropItem' | 'changeType' | 'shiftDate' | 'renameRef' | 'duplicateId' | 'duplicateLine' | 'reindent'; pick: number; alt: number }
  | { kind: 'truncate' | 'insertChar' | 'deleteRange'; pick: number; alt: number };

const OTHER_VALUES = [
  '0', '-1', '3.5', '1e400', '2030', '1999', '2101', 'true', 'null', '~', '""', "' '", '[]', '{}', '[a, b]', '{a: 1}', '2025-02-29',
  '2024-02-29', '9999-99-99', '2026-01-01', 'ref-bestaat-niet', '"\\u0000"', '!!str 12', '*nergens', '&x y', 'x-y', '"tekst"',
  '!!js/function "function () { globalThis.__wijkplanPwned = true }"', '!include geheim.yaml', "'", '!!timestamp 2026-01-01',
  '!!binary aGk=', '!!set {a, b}', '!!omap [a: 1]',
];

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(
    'deleteKey', 'dropItem', 'changeType', 'shiftDate', 'renameRef', 'duplicateId', 'duplicateLine', 'reindent', 'truncate', 'insertChar', 'deleteRange',
  ),
  pick: fc.nat(),
  alt: fc.nat(),
}) as fc.Arbitrary<Mutation>;

/** Offsets of the whole lines from the line holding `from` through the line holding `to - 1`. */
function wholeLines(text: string, from: number, to: number): [number, number] {
  const start = text.lastIndexOf('\n', from - 1) + 1;
  const startCr = text.lastIndexOf('\r', from - 1) + 1;
  const lineStart = Math.max(start, startCr);
  let end = Math.max(from, to - 1);
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  if (text[end] === '\r' && text[end + 1] === '\n') end += 2;
  else if (end < text.length) end++;
  return [lineStart, end];
}

/** Removes the text of a node that sits in a flow collection, with the comma after it. */
function flowCut(text: string, from: number, to: number): [number, number] {
  let end = to;
  while (end < text.length && text[end] === ' ') end++;
  if (text[end] === ',') end++;
  return [from, end];
}

function splice(text: string, from: number, to: number, insert = ''): string {
  return text.slice(0, from) + insert + text.slice(to);
}

function pickFrom<T>(items: readonly T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

/** Applies one mutation; a mutation that finds nothing to work on leaves the text as it is. */
export function applyMutation(text: string, mutation: Mutation): string {
  const { pick, alt } = mutation;
  const needsTree = !['truncate', 'insertChar', 'deleteRange', 'shiftDate', 'duplicateLine', 'reindent'].includes(mutation.kind);
  const parsed = needsTree ? parseText(text) : undefined;
  // Offsets of parseText are into the text without a byte order mark.
  const shift = parsed && parsed.text.length !== text.length ? 1 : 0;
  const nodes: SourceNode[] = parsed ? [...parsed.nodes.values()].filter((node) => !node.aliased) : [];
  const parentIsFlow = (node: SourceNode) => parsed!.nodes.get(parentPointer(node.pointer))?.flow ?? false;
  switch (mutation.kind) {
    case 'truncate':
      return text.slice(0, pick % (text.length + 1));
    case 'insertChar': {
      const at = pick % (text.length + 1);
      return splice(text, at, at, INTERESTING_CHARS[alt % INTERESTING_CHARS.length]);
    }
    case 'deleteRange': {
      const at = pick % (text.length + 1);
      return splice(text, at, Math.min(text.length, at + 1 + (alt % 40)));
    }
    case 'duplicateLine': {
      const lines = text.split('\n');
      const at = pick % lines.length;
      lines.splice(at, 0, lines[at]);
      return lines.join('\n');
    }
    case 'reindent': {
      const lines = text.split('\n');
      const at = pick % lines.length;
      lines[at] = alt % 2 === 0 ? ` ${lines[at]}` : lines[at].replace(/^ {1,2}/, '');
      return lines.join('\n');
    }
    case 'shiftDate': {
      const dates = [...text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)];
      const match = pickFrom(dates, pick);
      if (!match) return text;
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      let shifted: string;
      if (alt % 5 === 0) {
        shifted = `${year}-02-${29 + (alt % 3)}`;
      } else {
        // Whole years or days, either way, through the calendar.
        const date = new Date(Date.UTC(year, month - 1, day));
        if (alt % 2 === 0) date.setUTCFullYear(date.getUTCFullYear() + ((alt >> 1) % 31) - 15);
        else date.setUTCDate(date.getUTCDate() + ((alt >> 1) % 1601) - 800);
        shifted = Number.isNaN(date.getTime()) ? '2026-13-01' : date.toISOString().slice(0, 10);
      }
      return splice(text, match.index!, match.index! + 10, shifted);
    }
    case 'deleteKey': {
      const node = pickFrom(
        nodes.filter((n) => n.keyStart !== undefined),
        pick,
      );
      if (!node) return text;
      const [from, to] = parentIsFlow(node) ? flowCut(parsed!.text, node.keyStart!, node.end) : wholeLines(parsed!.text, node.keyStart!, Math.max(node.end, node.keyEnd!));
      // A key on a `- ` line keeps the dash, so the item stays.
      const lineHead = parsed!.text.slice(from, node.keyStart);
      const cut = /-\s/.test(lineHead) ? node.keyStart! : from;
      return splice(text, cut + shift, to + shift);
    }
    case 'dropItem': {
      const node = pickFrom(
        nodes.filter((n) => n.inSeq),
        pick,
      );
      if (!node) return text;
      const [from, to] = node.flow || parentIsFlow(node) ? flowCut(parsed!.text, node.start, node.end) : wholeLines(parsed!.text, node.start, node.end);
      return splice(text, from + shift, to + shift);
    }
    case 'changeType': {
      const node = pickFrom(
        nodes.filter((n) => n.kind === 'scalar' && n.end > n.start && !n.blockScalar),
        pick,
      );
      if (!node) return text;
      return splice(text, node.start + shift, node.end + shift, OTHER_VALUES[alt % OTHER_VALUES.length]);
    }
    case 'renameRef': {
      const ids = nodes.filter((n) => /\/id$/.test(n.pointer) && n.kind === 'scalar' && n.end > n.start).map((n) => parsed!.text.slice(n.start, n.end));
      const id = pickFrom([...new Set(ids)], pick);
      if (!id) return text;
      const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const uses = [...parsed!.text.matchAll(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'g'))];
      const use = pickFrom(uses, alt);
      if (!use) return text;
      const replacements = [...ids, `${id}-x`, '1-fout', 'onbekend', `${id}${id}`];
      const replacement = replacements[(alt >> 3) % replacements.length];
      return splice(text, use.index! + shift, use.index! + id.length + shift, replacement);
    }
    case 'duplicateId': {
      const idNodes = nodes.filter((n) => /\/id$/.test(n.pointer) && n.kind === 'scalar' && n.end > n.start);
      const source = pickFrom(idNodes, pick);
      const target = pickFrom(idNodes, alt);
      if (!source || !target || source === target) return text;
      return splice(text, target.start + shift, target.end + shift, parsed!.text.slice(source.start, source.end));
    }
  }
}

/** A sample or fixture, through one to three mutations, in its own or another kind of line ending. */
export function mutatedSeed(seeds: readonly Seed[]): fc.Arbitrary<string> {
  return fc
    .record({
      seed: fc.constantFrom(...seeds),
      mutations: fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
      eol: fc.constantFrom('keep', 'keep', 'keep', 'keep', '\r\n', '\r'),
    })
    .map(({ seed, mutations, eol }) => {
      let text = eol === 'keep' ? seed.text : seed.text.replace(/\r\n|\r|\n/g, eol);
      for (const mutation of mutations) text = applyMutation(text, mutation);
      return text;
    });
}

// ---------------------------------------------------------------------------------------------
// Deep nesting near the depth limit

type Level = 'map' | 'seq' | 'flowMap' | 'flowSeq';

/**
 * What follows `key:` for a chain of nested collections, in block or flow style, with brackets
 * and dashes in the places that are no nesting (quotes, comments, block scalars, plain text).
 */
function renderDeep(levels: readonly Level[], at: number, indent: number, inFlow: boolean): string {
  if (at === levels.length) return inFlow ? 'blad' : ' blad # [[';
  const level = levels[at];
  if (inFlow || level === 'flowMap' || level === 'flowSeq') {
    const inner = renderDeep(levels, at + 1, indent, true);
    const text = level === 'map' || level === 'flowMap' ? `{k: ${inner}, "s{[": '[x', t: a b}` : `[${inner}, "q[{", '[', x]`;
    return inFlow ? text : ` ${text} # ]]`;
  }
  const pad = ' '.repeat(indent);
  const noise = `${pad}s: "[[{{"\n${pad}b: |\n${pad}  [[[ {{{ - - -\n${pad}  - a:\n${pad}t: een [ of { # [[\n`;
  if (level === 'map') return `\n${noise}${pad}diep:${renderDeep(levels, at + 1, indent + 2, false)}`;
  return `\n${pad}- "[["\n${pad}- |\n${pad}  [[[\n${pad}- ${renderDeep(levels, at + 1, indent + 2, false).trimStart().replace(/^\n\s*/, '')}`;
}

/** The deepest node of a parsed document, counted as the tree builder counts (the root is 0). */
function treeDepth(node: unknown, depth = 0): number {
  if (isMap(node)) return Math.max(depth, ...node.items.map((pair) => treeDepth(pair.value, depth + 1)));
  if (isSeq(node)) return Math.max(depth, ...node.items.map((item) => treeDepth(item, depth + 1)));
  return depth;
}

/** A plan whose `x-diep` nests 55 to 75 collections in mixed styles, around the depth limit. */
export const deepPlan: fc.Arbitrary<string> = fc
  .array(fc.constantFrom<Level>('map', 'seq', 'map', 'seq', 'flowMap', 'flowSeq'), { minLength: 55, maxLength: 75 })
  .map((levels) => `wijkplan: 1\nx-diep:${renderDeep(levels, 0, 2, false)}\n`);

/** The depth check (the scan before parsing and the tree builder's) says WP001 exactly when the tree is too deep. */
export function checkDepthLimitExact(text: string): void {
  const doc = parseDocument(text, { uniqueKeys: false, strict: true });
  fc.pre(doc.errors.length === 0);
  const tooDeep = treeDepth(doc.contents as YamlNode) > LIMITS.maxDepth;
  const { findings } = checkLintInvariants(text);
  const depthFinding = findings.find((finding) => finding.code === 'WP001' && finding.message.en.includes(String(LIMITS.maxDepth)));
  if (Boolean(depthFinding) !== tooDeep) throw new Error(`depth ${treeDepth(doc.contents)} but WP001 depth: ${Boolean(depthFinding)}\n${text}`);
  // Found before parsing or after, WP001 sits on the document's first key (rules.md's range of "").
  const onFirstKey = { start: { line: 0, character: 0 }, end: { line: 0, character: 'wijkplan'.length } };
  if (depthFinding && JSON.stringify(depthFinding.range) !== JSON.stringify(onFirstKey)) {
    throw new Error(`WP001 depth at ${JSON.stringify(depthFinding.range)}, not on the first key\n${text}`);
  }
}

// ---------------------------------------------------------------------------------------------
// The invariants

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function describeText(text: string): string {
  return text.length > 400 ? `${JSON.stringify(text.slice(0, 400))}… (${text.length} chars)` : JSON.stringify(text);
}

/**
 * Lints `text` and checks what must hold for any input: no exception, an answer within
 * CASE_TIME_LIMIT_MS, ranges inside the text, pointers that name a node or the object that lacks
 * a key, fix edits inside the text, findings in order, no rule crashed (WP000), WP001 alone, and
 * a score that is null exactly when a WP0xx error exists. Throws an Error that says which broke.
 */
export function checkLintInvariants(text: string, options: LintOptions = {}): LintResult {
  const started = performance.now();
  let result: LintResult;
  try {
    result = lint(text, options);
  } catch (error) {
    throw new Error(`lint threw ${error instanceof Error ? error.stack : String(error)} on ${describeText(text)}`);
  }
  const elapsed = performance.now() - started;
  const fail = (what: string): never => {
    throw new Error(`${what}\n  on ${describeText(text)}`);
  };
  if (elapsed > CASE_TIME_LIMIT_MS) fail(`lint took ${elapsed.toFixed(0)} ms (limit ${CASE_TIME_LIMIT_MS} ms)`);

  const { parsed, findings, score } = result;
  const { lines } = parsed;
  const checkPosition = (position: Position, where: string) => {
    if (!Number.isInteger(position.line) || !Number.isInteger(position.character) || position.line < 0 || position.character < 0) {
      fail(`${where}: position ${JSON.stringify(position)} is not a pair of non-negative integers`);
    }
    if (position.line >= lines.lineCount) fail(`${where}: line ${position.line} is past the last line (${lines.lineCount} lines)`);
    const length = lines.lineText(position.line).length;
    if (position.character > length) fail(`${where}: character ${position.character} is past the end of line ${position.line} (${length})`);
  };
  const checkRange = (range: Range, where: string) => {
    checkPosition(range.start, `${where} start`);
    checkPosition(range.end, `${where} end`);
    if (before(range.end, range.start)) fail(`${where}: range ends before it starts ${JSON.stringify(range)}`);
  };
  const checkPointer = (pointer: string, where: string) => {
    if (pointer === '') return;
    if (!pointer.startsWith('/') || /~(?![01])/.test(pointer)) fail(`${where}: ${JSON.stringify(pointer)} is not a JSON Pointer`);
    if (!parsed.nodes.has(pointer) && !parsed.nodes.has(parentPointer(pointer))) {
      fail(`${where}: pointer ${JSON.stringify(pointer)} names neither a node nor the parent of a missing key`);
    }
  };

  findings.forEach((finding, index) => {
    const where = `finding ${index} (${finding.code} ${JSON.stringify(finding.pointer)})`;
    if (!/^WP\d{3}$/.test(finding.code)) fail(`${where}: bad code`);
    if (!['error', 'warning', 'info'].includes(finding.severity)) fail(`${where}: bad severity ${finding.severity}`);
    if (!finding.message.nl || !finding.message.en) fail(`${where}: empty message`);
    checkRange(finding.range, where);
    checkPointer(finding.pointer, where);
    for (const related of finding.related ?? []) {
      checkRange(related.range, `${where} related`);
      checkPointer(related.pointer, `${where} related`);
    }
    for (const edit of finding.fix?.edits ?? []) {
      if (!(edit.start >= 0 && edit.start <= edit.end && edit.end <= parsed.text.length)) fail(`${where}: fix edit ${edit.start}..${edit.end} outside the text`);
    }
    if (index > 0) {
      const previous = findings[index - 1];
      const order =
        previous.range.start.line - finding.range.start.line ||
        previous.range.start.character - finding.range.start.character ||
        (previous.code < finding.code ? -1 : previous.code > finding.code ? 1 : 0) ||
        (previous.pointer < finding.pointer ? -1 : previous.pointer > finding.pointer ? 1 : 0);
      if (order > 0) fail(`${where}: findings are not in order`);
    }
  });

  const crashed = findings.find((finding) => finding.code === 'WP000');
  if (crashed) fail(`a rule crashed (WP000): ${crashed.message.en}`);
  if (findings.some((finding) => finding.code === 'WP001') && findings.length !== 1) fail('WP001 is not the only finding');
  const wp0Error = findings.some((finding) => finding.category === 'WP0' && finding.severity === 'error');
  if ((score.overall === null) !== wp0Error) fail(`score ${score.overall} but WP0xx error: ${wp0Error}`);
  if (score.overall !== null) {
    const scored = findings.some((finding) => finding.category !== 'WP0');
    if ((score.overall === 100) === scored) fail(`score ${score.overall} with${scored ? '' : 'out'} WP1xx–WP7xx findings`);
  }
  return result;
}

/** Lints every prefix of `text` (a truncation at every position); returns how many it linted. */
export function checkEveryPrefix(text: string): number {
  for (let end = 0; end <= text.length; end++) checkLintInvariants(text.slice(0, end));
  return text.length + 1;
}

/** Lints `text` cut at every line break and one character either side of it; returns how many. */
export function checkLinePrefixes(text: string): number {
  const ends = new Set<number>([0, text.length]);
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || text[i] === '\r') for (const end of [i - 1, i, i + 1, i + 2]) if (end >= 0 && end <= text.length) ends.add(end);
  }
  for (const end of ends) checkLintInvariants(text.slice(0, end));
  return ends.size;
}

// ---------------------------------------------------------------------------------------------
// The properties, shared by the test and the long run

export interface LintProperty {
  name: string;
  /** Its part of the total number of cases. */
  share: number;
  arbitrary: fc.Arbitrary<unknown>;
  check(value: unknown): void;
}

function property<T>(name: string, share: number, arbitrary: fc.Arbitrary<T>, check: (value: T) => void): LintProperty {
  return { name, share, arbitrary: arbitrary as fc.Arbitrary<unknown>, check: check as (value: unknown) => void };
}

/** The random properties of `lint`; `seeds` are the plans to mutate. */
export function lintProperties(seeds: readonly Seed[]): LintProperty[] {
  const small = seeds.filter((seed) => seed.text.length <= 3000);
  const large = seeds.filter((seed) => seed.text.length > 3000);
  return [
    property('any JavaScript string (lone surrogates, control characters)', 0.3, anyString, (text) => {
      checkLintInvariants(text);
    }),
    property('any bytes, decoded as the CLI decodes them', 0.05, anyBytes, (bytes) => {
      const read = decodeUtf8(bytes);
      if (read.kind === 'text') {
        checkLintInvariants(read.text);
        return;
      }
      const { findings, score } = checkRead(read);
      if (findings.length !== 1 || findings[0].code !== 'WP001' || score.overall !== null) {
        throw new Error(`bytes that are no UTF-8 must give one WP001 and no score: ${JSON.stringify(findings)}`);
      }
    }),
    property('YAML-ish text from a grammar', 0.3, yamlish, (text) => {
      checkLintInvariants(text);
    }),
    property('fixtures and small samples, mutated', 0.28, mutatedSeed(small.length > 0 ? small : seeds), (text) => {
      checkLintInvariants(text);
    }),
    property('large samples, mutated', 0.06, mutatedSeed(large.length > 0 ? large : seeds), (text) => {
      checkLintInvariants(text);
    }),
    property(`nesting around the depth limit (${LIMITS.maxDepth}): WP001 exactly when the tree is deeper`, 0.01, deepPlan, checkDepthLimitExact),
  ];
}
