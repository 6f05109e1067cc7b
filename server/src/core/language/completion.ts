import { addDays, addYears, formatDate, parseDate, validPeriod, type Periode } from '../model';
import { parseText, splitPointer, type ParsedText, type SourceNode } from '../parse';
import { RULES } from '../rules/index';
import { PLAN_TEMPLATE } from '../template';
import { LineIndex } from '../text';
import type { Lang, Range } from '../types';
import { blockPath, scanIds, siblingItems, siblingKeys } from './block-structure';
import { indexPlan, valueAt } from './plan-index';
import { ID_LISTS } from '../analysis/refs';
import { resolveSchema, schemaAtPath, wildcardPointer, type IdKind, type RefKind, type SchemaInfo } from './schema-info';
import { skeletonAt, tabStop, yamlText } from '../skeletons';
import { escapeSnippet, ITEM_SNIPPETS, SECTION_SNIPPETS, type SnippetContext } from './snippets';
import { pick } from './text';
import { newOne } from '../vocabulary';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface CompletionInput {
  /** The document text, without a byte order mark. */
  text: string;
  offset: number;
  lang: Lang;
  /** Today as YYYY-MM-DD; the adapter owns the clock. */
  today: string;
  /** The parse of exactly `text`, when the caller has it already. */
  parsed?: ParsedText;
  /** The last parse that succeeded, for ids while the current text does not parse. */
  lastGood?: ParsedText;
}

export type CompletionKind = 'key' | 'section' | 'item' | 'value' | 'ref' | 'date' | 'code';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Snippet syntax when `snippet` is true; lines after the first are already indented. */
  insertText: string;
  snippet: boolean;
  /** The text the entry replaces. */
  range: Range;
  sortText?: string;
  filterText?: string;
  preselect?: boolean;
}

interface Context {
  input: CompletionInput;
  lines: LineIndex;
  lineTexts: string[];
  /** A parse that gives ids and the plan's dates. */
  parsed: ParsedText | undefined;
}

/** Completions at an offset: keys, values, ids, dates, section snippets, rule codes. */
export function complete(input: CompletionInput): CompletionEntry[] {
  const { text, offset } = input;
  const lines = new LineIndex(text);
  const position = lines.positionAt(offset);
  const lineStart = lines.lineStarts[position.line];
  const lineEnd = lines.lineContentEnd(position.line);
  const before = text.slice(lineStart, offset);
  const after = text.slice(offset, lineEnd);
  const lineTexts = Array.from({ length: lines.lineCount }, (_, i) => lines.lineText(i));
  const current = input.parsed?.text === text ? input.parsed : parseText(text);
  const usable = current.syntaxProblems.length === 0 ? current : undefined;
  const context: Context = { input, lines, lineTexts, parsed: usable };

  if (text.trim() === '') return [newPlanEntry(input, lines.rangeOf(0, text.length))];

  const comment = commentCompletion(before, offset, lines);
  if (comment) return comment;

  if (usable) {
    const flow = flowCompletion(context, usable, offset);
    if (flow) return flow;
  }
  if (!context.parsed) context.parsed = parseWithoutLine(text, lines, position.line) ?? input.lastGood;

  const wordAfter = /^[\w-]*/.exec(after)![0];
  const keyLine = /^([ \t]*)((?:-[ \t]+)*)((?:[A-Za-z_][\w-]*)?)$/.exec(before);
  if (keyLine) {
    const dashes = dashColumns(keyLine[1].length, keyLine[2]);
    const column = keyLine[1].length + keyLine[2].length;
    const start = offset - keyLine[3].length;
    const end = offset + wordAfter.length;
    const editingKey = /^[\w-]*[ \t]*:(\s|$)/.test(after);
    return blockKeyCompletion(context, position.line, column, dashes, lines.rangeOf(start, end), editingKey);
  }
  const valueLine = /^([ \t]*)((?:-[ \t]+)*)([A-Za-z_][\w-]*|"[^"]*"|'[^']*')([ \t]*):([ \t]*)([\w.-]*)$/.exec(before);
  if (valueLine) {
    const dashes = dashColumns(valueLine[1].length, valueLine[2]);
    const keyCol = valueLine[1].length + valueLine[2].length;
    const key = valueLine[3].replace(/^["']|["']$/g, '');
    const path = blockPath(lineTexts, position.line, keyCol, dashes);
    if (!path) return [];
    const start = offset - valueLine[6].length;
    const range = lines.rangeOf(start, offset + wordAfter.length);
    const needsSpace = valueLine[5] === '';
    return valueCompletion(context, [...path, key], range, needsSpace ? ' ' : '', []);
  }
  return [];
}

function dashColumns(indent: number, dashText: string): number[] {
  const columns: number[] = [];
  let col = indent;
  for (const match of dashText.matchAll(/-[ \t]+/g)) {
    columns.push(col);
    col += match[0].length;
  }
  return columns;
}

/** Parses the text with one line blanked, so a half-typed line does not hide the plan's ids. */
function parseWithoutLine(text: string, lines: LineIndex, line: number): ParsedText | undefined {
  const start = lines.lineStarts[line];
  const end = lines.lineContentEnd(line);
  const parsed = parseText(text.slice(0, start) + ' '.repeat(end - start) + text.slice(end));
  return parsed.syntaxProblems.length === 0 ? parsed : undefined;
}

function newPlanEntry(input: CompletionInput, range: Range): CompletionEntry {
  return {
    label: pick(input.lang, 'wijkplan (nieuw plan)', 'wijkplan (new plan)'),
    kind: 'section',
    detail: pick(input.lang, 'Een compleet plan met elke sectie', 'A complete plan with every section'),
    insertText: PLAN_TEMPLATE,
    snippet: false,
    range,
  };
}

// --- comments: rule codes after wijkplan-disable -------------------------------------------

function commentCompletion(before: string, offset: number, lines: LineIndex): CompletionEntry[] | undefined {
  const hash = findCommentStart(before);
  if (hash < 0) return undefined;
  const directive = /#\s*wijkplan-disable(?:-next-line)?\s+(?:[A-Z0-9]+\s*,\s*|[A-Z0-9]+\s+)*([A-Z0-9]*)$/.exec(before.slice(hash));
  if (!directive || /--/.test(before.slice(hash))) return [];
  const partial = directive[1];
  const range = lines.rangeOf(offset - partial.length, offset);
  return RULES.filter((rule) => rule.suppressible !== false).map((rule, index) => ({
    label: rule.code,
    kind: 'code' as const,
    detail: rule.name,
    documentation: `${rule.summary.nl}\n\n${rule.summary.en}`,
    insertText: rule.code,
    snippet: false,
    range,
    sortText: String(index).padStart(4, '0'),
  }));
}

/** Where a comment starts in the part of a line before the cursor, or -1. */
function findCommentStart(before: string): number {
  let quote: string | null = null;
  for (let i = 0; i < before.length; i++) {
    const ch = before[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if ((ch === '"' || ch === "'") && (i === 0 || /[\s:,[{-]/.test(before[i - 1]))) {
      quote = ch;
    } else if (ch === '#' && (i === 0 || /\s/.test(before[i - 1]))) {
      return i;
    }
  }
  return -1;
}

// --- flow collections -------------------------------------------------------------------

function flowCompletion(context: Context, parsed: ParsedText, offset: number): CompletionEntry[] | undefined {
  let best: SourceNode | undefined;
  for (const node of parsed.nodes.values()) {
    if (!node.flow || node.kind === 'scalar') continue;
    if (node.start < offset && offset < node.end && (!best || node.pointer.length > best.pointer.length)) best = node;
  }
  if (!best) return undefined;
  const { text } = parsed;
  const wordStart = scanBack(text, offset, /[\w.-]/);
  const wordEnd = scanForward(text, offset, /[\w.-]/);
  const range = context.lines.rangeOf(wordStart, wordEnd);
  const tokens = splitPointer(best.pointer);
  if (best.kind === 'seq') {
    const existing = (valueAt(parsed.value, best.pointer) as unknown[] | undefined) ?? [];
    const typed = text.slice(wordStart, wordEnd);
    const others = existing.filter((item): item is string => typeof item === 'string' && item !== typed);
    return valueCompletion(context, [...tokens, '*'], range, '', others);
  }
  let at = wordStart - 1;
  while (at > best.start && /\s/.test(text[at])) at--;
  if (text[at] === ':') {
    const keyEnd = scanBack(text, at, /\s/);
    const keyStart = scanBack(text, keyEnd, /[\w-]/);
    const key = text.slice(keyStart, keyEnd);
    return valueCompletion(context, [...tokens, key], range, '', []);
  }
  const schema = schemaAtPath(tokens);
  if (!schema?.properties) return [];
  const present = new Set(best.keys ?? []);
  const typed = text.slice(wordStart, wordEnd);
  present.delete(typed);
  return keyEntries(context, tokens, schema, present, range, { flow: true, column: 0, editingKey: /^[\w-]*\s*:/.test(text.slice(wordStart)) });
}

function scanBack(text: string, from: number, pattern: RegExp): number {
  let at = from;
  while (at > 0 && pattern.test(text[at - 1])) at--;
  return at;
}

function scanForward(text: string, from: number, pattern: RegExp): number {
  let at = from;
  while (at < text.length && pattern.test(text[at])) at++;
  return at;
}

// --- block keys and list items ----------------------------------------------------------

function blockKeyCompletion(context: Context, line: number, column: number, dashes: number[], range: Range, editingKey: boolean): CompletionEntry[] {
  const { lineTexts } = context;
  const path = blockPath(lineTexts, line, column, dashes);
  if (!path) return [];
  const schema = schemaAtPath(path);
  if (!schema) return [];
  if (dashes.length > 0 && !schema.properties) {
    // A new item of a list of values (`eigenaars:` then `- ge`): complete the value.
    const others = siblingItems(lineTexts, line, dashes[dashes.length - 1]);
    return valueCompletion(context, path, range, '', others);
  }
  if (schema.type === 'array' && dashes.length === 0) {
    return itemSnippetEntries(context, path, range, column, true);
  }
  if (!schema.properties) return [];
  const present = new Set(siblingKeys(lineTexts, line, column, dashes.length > 0));
  const entries = keyEntries(context, path, schema, present, range, { flow: false, column, editingKey });
  if (dashes.length > 0 && !editingKey && range.start.character === range.end.character) {
    entries.push(...itemSnippetEntries(context, path.slice(0, -1), range, column, false));
  }
  return entries;
}

/** The plan's items of a kind, with a name and a kind or domain to show: from the parse, or by indentation. */
function itemsOf(context: Context, kind: IdKind): Array<{ id: string; detail?: string }> {
  const parsed = context.parsed;
  const out: Array<{ id: string; detail?: string }> = [];
  const seen = new Set<string>();
  if (parsed) {
    for (const definition of indexPlan(parsed).definitions) {
      if (definition.kind !== kind || seen.has(definition.id)) continue;
      seen.add(definition.id);
      const item = (valueAt(parsed.value, definition.pointer) ?? {}) as Record<string, unknown>;
      const name = typeof item.naam === 'string' ? item.naam : typeof item.titel === 'string' ? item.titel : undefined;
      const extra = typeof item.soort === 'string' ? item.soort : typeof item.domein === 'string' ? item.domein : undefined;
      out.push({ id: definition.id, detail: [name, extra].filter(Boolean).join(' · ') || undefined });
    }
    return out;
  }
  const pattern = ID_LISTS.find((list) => list.kind === kind)!.pattern;
  for (const { path, id } of scanIds(context.lineTexts)) {
    if (wildcardPointer(`/${path.join('/')}`) !== pattern || seen.has(id)) continue;
    seen.add(id);
    out.push({ id });
  }
  return out;
}

function snippetContext(context: Context): SnippetContext {
  const parsed = context.parsed;
  const ids = (kind: IdKind) => itemsOf(context, kind).map((item) => item.id);
  const looptijd = parsed ? (valueAt(parsed.value, '/looptijd') as Periode | undefined) : undefined;
  return {
    partners: ids('partner'),
    goals: ids('doel'),
    sources: ids('bron'),
    today: context.input.today,
    planEnd: validPeriod(looptijd && typeof looptijd === 'object' ? looptijd : undefined) ? looptijd!.eind : undefined,
  };
}

function indentLines(lines: string[], column: number): string {
  const pad = ' '.repeat(column);
  return lines.map((line, index) => (index === 0 ? line : `${pad}${line}`)).join('\n');
}

function itemSnippetEntries(context: Context, listPath: string[], range: Range, column: number, withDash: boolean): CompletionEntry[] {
  const item = ITEM_SNIPPETS[wildcardPointer(`/${listPath.join('/')}`)];
  if (!item) return [];
  const body = item.template(snippetContext(context));
  const itemColumn = withDash ? column + 2 : column;
  const text = indentLines(body, itemColumn);
  return [
    {
      label: pick(context.input.lang, `- ${item.label} (nieuw)`, `- ${item.label} (new)`),
      kind: 'item',
      detail: capitalise(pick(context.input.lang, `${newOne(item.noun, 'nl')}, met alles wat de regels voor blijvend resultaat vragen`, `${newOne(item.noun, 'en')}, with everything the rules for lasting results ask for`)),
      insertText: withDash ? `- ${text}` : text,
      snippet: true,
      range,
      sortText: '2',
      filterText: withDash ? `- ${item.label}` : item.label,
    },
  ];
}

interface KeyOptions {
  flow: boolean;
  column: number;
  editingKey: boolean;
}

function keyEntries(context: Context, path: string[], schema: SchemaInfo, present: Set<string>, range: Range, options: KeyOptions): CompletionEntry[] {
  const { lang } = context.input;
  const entries: CompletionEntry[] = [];
  const required = new Set(schema.required ?? []);
  const names = Object.keys(schema.properties ?? {});
  const snippets = snippetContext(context);
  names.forEach((key, order) => {
    if (present.has(key)) return;
    const child = resolveSchema(schema.properties![key]);
    if (!child) return;
    const pointer = wildcardPointer(`/${[...path, key].join('/')}`);
    const section = SECTION_SNIPPETS[pointer];
    let insertText: string;
    let kind: CompletionKind = 'key';
    if (options.editingKey) {
      insertText = escapeSnippet(key);
    } else if (section && !options.flow) {
      insertText = indentLines(section(snippets), options.column);
      kind = 'section';
    } else {
      insertText = keyInsertText(key, child, options, snippets, `/${[...path, key].join('/')}`);
    }
    entries.push({
      label: key,
      kind,
      detail: `${required.has(key) ? pick(lang, 'verplicht', 'required') : pick(lang, 'optioneel', 'optional')} · ${shortType(child, lang)}${kind === 'section' ? pick(lang, ' · hele sectie', ' · whole section') : ''}`,
      documentation: child.description,
      insertText,
      snippet: true,
      range,
      sortText: `${required.has(key) ? '0' : '1'}${String(order).padStart(3, '0')}`,
    });
  });
  return entries;
}

function keyInsertText(key: string, schema: SchemaInfo, options: KeyOptions, snippets: SnippetContext, pointer: string): string {
  const name = escapeSnippet(key);
  // A text the user must write starts as its skeleton, so WP801 marks it until it is written.
  const fillIn = schema.type === 'string' ? skeletonAt(pointer) : undefined;
  if (fillIn) return `${name}: ${tabStop(1, yamlText(fillIn.text, options.flow))}`;
  const pad = ' '.repeat(options.column + 2);
  if (schema.const !== undefined) return `${name}: ${String(schema.const)}`;
  if (schema.enum) return `${name}: \${1|${schema.enum.join(',')}|}`;
  if (schema.xRef) {
    const ids = schema.xRef === 'partner' ? snippets.partners : schema.xRef === 'doel' ? snippets.goals : snippets.sources;
    return ids.length > 0 ? `${name}: \${1|${ids.join(',')}|}` : `${name}: $1`;
  }
  if (schema.format === 'date') return `${name}: \${1:${snippets.today}}`;
  if (schema.type === 'array') {
    const items = resolveSchema(schema.items);
    if (options.flow || !items?.properties) return `${name}: [$1]`;
    return `${name}:\n${pad}- $0`;
  }
  if (schema.type === 'object' || schema.properties) {
    if (options.flow) return `${name}: { $1 }`;
    return `${name}:\n${pad}$0`;
  }
  return `${name}: $0`;
}

function shortType(schema: SchemaInfo, lang: Lang): string {
  if (schema.xRef) return `ref:${schema.xRef}`;
  if (schema.format === 'date') return pick(lang, 'datum', 'date');
  if (schema.def === 'periode') return pick(lang, 'periode', 'period');
  if (schema.enum) return schema.enum.join(' | ');
  if (schema.type === 'array') return pick(lang, 'lijst', 'list');
  if (schema.type === 'object') return pick(lang, 'sectie', 'section');
  if (schema.type === 'string') return pick(lang, 'tekst', 'text');
  if (schema.type === 'integer') return schema.def === 'jaar' ? pick(lang, 'jaar', 'year') : pick(lang, 'geheel getal', 'integer');
  if (schema.type === 'number') return pick(lang, 'getal', 'number');
  return schema.type ?? '';
}

// --- values -------------------------------------------------------------------------------

function valueCompletion(context: Context, path: string[], range: Range, prefix: string, exclude: readonly string[]): CompletionEntry[] {
  const schema = schemaAtPath(path);
  if (!schema) return [];
  const entry = (label: string, kind: CompletionKind, detail?: string, documentation?: string, sortText?: string): CompletionEntry => ({
    label,
    kind,
    detail,
    documentation,
    insertText: `${prefix}${escapeSnippet(label)}`,
    snippet: true,
    range,
    sortText,
    filterText: label,
  });
  if (schema.const !== undefined) return [entry(String(schema.const), 'value', schema.description)];
  if (schema.enum) {
    return schema.enum.filter((value) => !exclude.includes(value)).map((value, index) => entry(value, 'value', undefined, schema.description, String(index).padStart(3, '0')));
  }
  if (schema.xRef) return refEntries(context, schema.xRef, exclude, entry);
  if (schema.format === 'date') return dateEntries(context, path, entry);
  if (schema.def === 'jaar') return yearEntries(context, entry);
  return [];
}

type EntryMaker = (label: string, kind: CompletionKind, detail?: string, documentation?: string, sortText?: string) => CompletionEntry;

function refEntries(context: Context, kind: RefKind, exclude: readonly string[], entry: EntryMaker): CompletionEntry[] {
  return itemsOf(context, kind)
    .filter((item) => !exclude.includes(item.id))
    .map((item, index) => entry(item.id, 'ref', item.detail, undefined, String(index).padStart(3, '0')));
}

function dateEntries(context: Context, path: string[], entry: EntryMaker): CompletionEntry[] {
  const { lang, today } = context.input;
  const out: CompletionEntry[] = [];
  const add = (date: string | undefined, nl: string, en: string) => {
    if (!date || !parseDate(date) || out.some((item) => item.label === date)) return;
    out.push(entry(date, 'date', pick(lang, nl, en), undefined, String(out.length).padStart(3, '0')));
  };
  add(today, 'vandaag', 'today');
  const parsed = context.parsed;
  const looptijd = parsed ? (valueAt(parsed.value, '/looptijd') as Periode | undefined) : undefined;
  const period = validPeriod(looptijd && typeof looptijd === 'object' ? looptijd : undefined);
  const pointer = wildcardPointer(`/${path.join('/')}`);
  const todayDate = parseDate(today);
  if (pointer === '/looptijd/eind') {
    const start = period?.start ?? parseDate(valueAt(parsed?.value, '/looptijd/start') as string) ?? todayDate;
    if (start) add(formatDate(addDays(addYears(start, 20), -1)), 'twintig jaar na de start', 'twenty years after the start');
    if (start) add(formatDate(addDays(addYears(start, 10), -1)), 'tien jaar na de start', 'ten years after the start');
  }
  if (period && (pointer === '/partners/*/commitment/tot' || pointer.endsWith('/looptijd/eind'))) {
    add(formatDate(period.end), 'einde van het plan', 'end of the plan');
  }
  if (pointer === '/interventies/*/voortzetting/besluitmoment' && parsed) {
    const intervention = valueAt(parsed.value, `/${path.slice(0, 2).join('/')}`) as { looptijd?: Periode } | undefined;
    const end = validPeriod(intervention?.looptijd)?.end ?? period?.end;
    if (end) add(formatDate(addYears(end, -1)), 'een jaar voor het einde van de interventie', 'one year before the intervention ends');
  }
  if (period && pointer === '/looptijd/start') add(formatDate(period.start), 'start van het plan', 'start of the plan');
  if (todayDate) add(`${todayDate.year + 1}-01-01`, 'begin volgend jaar', 'start of next year');
  return out;
}

function yearEntries(context: Context, entry: EntryMaker): CompletionEntry[] {
  const { lang, today } = context.input;
  const parsed = context.parsed;
  const looptijd = parsed ? (valueAt(parsed.value, '/looptijd') as Periode | undefined) : undefined;
  const period = validPeriod(looptijd && typeof looptijd === 'object' ? looptijd : undefined);
  const first = period?.start.year ?? Number(today.slice(0, 4));
  const last = Math.min(period?.end.year ?? first + 10, first + 30);
  const out: CompletionEntry[] = [];
  for (let year = first; year <= last; year++) {
    out.push(entry(String(year), 'value', period ? pick(lang, 'binnen de looptijd van het plan', 'within the plan period') : undefined, undefined, String(year)));
  }
  return out;
}
