import { joinPointer, type ParsedText, type SourceNode } from '../parse';
import type { Range } from '../types';
import { valueAt } from './plan-index';
import { contentEnd } from './ranges';

export type PlanSymbolKind = 'section' | 'key' | 'partner' | 'goal' | 'indicator' | 'intervention' | 'source' | 'evaluation' | 'list';

/** One entry of the outline. */
export interface PlanSymbol {
  name: string;
  detail?: string;
  kind: PlanSymbolKind;
  /** The whole entry: key and value. */
  range: Range;
  /** The part to select: the key, or the item's id. */
  selectionRange: Range;
  children: PlanSymbol[];
}

/** The outline: sections, partners, goals with indicators, interventions, sources, evaluation moments. */
export function documentSymbols(parsed: ParsedText): PlanSymbol[] {
  const root = parsed.nodes.get('');
  if (!root || root.kind !== 'map' || !root.keys) return [];
  const symbols: PlanSymbol[] = [];
  for (const key of root.keys) {
    const pointer = joinPointer('', key);
    const node = parsed.nodes.get(pointer);
    if (!node) continue;
    const symbol = keySymbol(parsed, node, key, 'section');
    symbol.children = childrenOf(parsed, key, pointer, node);
    symbols.push(symbol);
  }
  return symbols;
}

function childrenOf(parsed: ParsedText, key: string, pointer: string, node: SourceNode): PlanSymbol[] {
  switch (key) {
    case 'partners':
      return items(parsed, pointer, 'partner', (item) => text(item.soort));
    case 'doelen':
      return items(parsed, pointer, 'goal', (item) => text(item.domein), (itemPointer) =>
        items(parsed, joinPointer(itemPointer, 'indicatoren'), 'indicator', (indicator) => text(indicator.soort)),
      );
    case 'interventies':
      return items(parsed, pointer, 'intervention', (item) => text((item.voortzetting as Record<string, unknown> | undefined)?.strategie));
    case 'financiering':
      return subKeys(parsed, pointer, node, (sub, subPointer) =>
        sub === 'bronnen' ? items(parsed, subPointer, 'source', (item) => text(item.soort)) : [],
      );
    case 'evaluatie':
      return subKeys(parsed, pointer, node, (sub, subPointer) => (sub === 'momenten' ? moments(parsed, subPointer) : []));
    case 'bestuur':
    case 'bewoners':
    case 'wijk':
    case 'looptijd':
      return subKeys(parsed, pointer, node, () => []);
    default:
      return [];
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function subKeys(parsed: ParsedText, pointer: string, node: SourceNode, children: (key: string, pointer: string) => PlanSymbol[]): PlanSymbol[] {
  if (node.kind !== 'map' || !node.keys) return [];
  const out: PlanSymbol[] = [];
  for (const key of node.keys) {
    if (key.startsWith('x-')) continue;
    const childPointer = joinPointer(pointer, key);
    const child = parsed.nodes.get(childPointer);
    if (!child) continue;
    const symbol = keySymbol(parsed, child, key, child.kind === 'seq' ? 'list' : 'key');
    symbol.children = children(key, childPointer);
    out.push(symbol);
  }
  return out;
}

function keySymbol(parsed: ParsedText, node: SourceNode, key: string, kind: PlanSymbolKind): PlanSymbol {
  const start = node.keyStart ?? node.start;
  const end = Math.max(contentEnd(parsed, node), node.keyEnd ?? start);
  let detail: string | undefined;
  if (node.kind === 'scalar') {
    const value = valueAt(parsed.value, node.pointer);
    if (value !== null && value !== undefined) detail = String(value).split('\n')[0].slice(0, 80);
  } else if (node.kind === 'seq') {
    const list = valueAt(parsed.value, node.pointer);
    if (Array.isArray(list)) detail = String(list.length);
  }
  return {
    name: key,
    detail,
    kind,
    range: parsed.lines.rangeOf(start, end),
    selectionRange: parsed.lines.rangeOf(node.keyStart ?? start, node.keyEnd ?? start),
    children: [],
  };
}

function items(
  parsed: ParsedText,
  listPointer: string,
  kind: PlanSymbolKind,
  detail: (item: Record<string, unknown>) => string | undefined,
  children?: (itemPointer: string) => PlanSymbol[],
): PlanSymbol[] {
  const list = valueAt(parsed.value, listPointer);
  if (!Array.isArray(list)) return [];
  const out: PlanSymbol[] = [];
  list.forEach((value, index) => {
    const itemPointer = joinPointer(listPointer, index);
    const node = parsed.nodes.get(itemPointer);
    if (!node) return;
    const item = (value !== null && typeof value === 'object' ? value : {}) as Record<string, unknown>;
    const id = text(item.id);
    const label = text(item.naam) ?? text(item.titel);
    const name = [id, label].filter(Boolean).join(' — ') || `#${index + 1}`;
    const idNode = parsed.nodes.get(joinPointer(itemPointer, 'id'));
    const range = parsed.lines.rangeOf(node.start, Math.max(contentEnd(parsed, node), node.start));
    const selection = idNode && idNode.end > idNode.start ? parsed.lines.rangeOf(idNode.start, idNode.end) : parsed.lines.rangeOf(node.start, node.start);
    out.push({ name, detail: detail(item), kind, range, selectionRange: selection, children: children ? children(itemPointer) : [] });
  });
  return out;
}

function moments(parsed: ParsedText, listPointer: string): PlanSymbol[] {
  const list = valueAt(parsed.value, listPointer);
  if (!Array.isArray(list)) return [];
  const out: PlanSymbol[] = [];
  list.forEach((value, index) => {
    const itemPointer = joinPointer(listPointer, index);
    const node = parsed.nodes.get(itemPointer);
    if (!node) return;
    const item = (value !== null && typeof value === 'object' ? value : {}) as Record<string, unknown>;
    const name = [text(item.datum), text(item.soort)].filter(Boolean).join(' — ') || `#${index + 1}`;
    const range = parsed.lines.rangeOf(node.start, Math.max(contentEnd(parsed, node), node.start));
    out.push({ name, detail: text(item.onderwerp) ?? text(item.door), kind: 'evaluation', range, selectionRange: parsed.lines.rangeOf(node.start, node.start), children: [] });
  });
  return out;
}
