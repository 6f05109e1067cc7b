import type { ParsedText } from '../parse';
import type { LocalizedText, Range } from '../types';
import { indexPlan, symbolAt, type IdDefinition } from './plan-index';
import { ID_PATTERN, type IdKind } from './schema-info';
import { contentEnd } from './ranges';

/** Where an id is defined: the whole item, and the id itself to select. */
export interface DefinitionTarget {
  range: Range;
  selectionRange: Range;
  /** The range of the ref the request came from. */
  originRange: Range;
}

/** From a ref (or an id) to the item with that id. */
export function definitionAt(parsed: ParsedText, offset: number): DefinitionTarget | undefined {
  const symbol = symbolAt(indexPlan(parsed), offset);
  if (!symbol?.definition) return undefined;
  const origin = symbol.reference ?? symbol.definition;
  return {
    ...targetOf(parsed, symbol.definition),
    originRange: parsed.lines.rangeOf(origin.start, origin.end),
  };
}

function targetOf(parsed: ParsedText, definition: IdDefinition): { range: Range; selectionRange: Range } {
  const item = parsed.nodes.get(definition.pointer);
  const start = item ? Math.min(item.start, definition.start) : definition.start;
  const end = item ? Math.max(contentEnd(parsed, item), definition.end) : definition.end;
  return { range: parsed.lines.rangeOf(start, end), selectionRange: parsed.lines.rangeOf(definition.start, definition.end) };
}

/** Every ref to the id under the cursor, and its definition when asked for; in document order. */
export function referencesAt(parsed: ParsedText, offset: number, includeDeclaration: boolean): Range[] | undefined {
  const index = indexPlan(parsed);
  const symbol = symbolAt(index, offset);
  if (!symbol) return undefined;
  const places: Array<{ start: number; end: number }> = [];
  if (includeDeclaration) places.push(...index.definitions.filter((d) => d.kind === symbol.kind && d.id === symbol.id));
  places.push(...index.references.filter((r) => r.kind === symbol.kind && r.id === symbol.id));
  return places.sort((a, b) => a.start - b.start).map((place) => parsed.lines.rangeOf(place.start, place.end));
}

/** A rename that cannot be done, with the reason in both languages. */
export class RenameError extends Error {
  constructor(readonly reason: LocalizedText) {
    super(reason.en);
  }
}

const KIND_NAME: Record<IdKind, LocalizedText> = {
  partner: { nl: 'partner', en: 'partner' },
  doel: { nl: 'doel', en: 'goal' },
  indicator: { nl: 'indicator', en: 'indicator' },
  interventie: { nl: 'interventie', en: 'intervention' },
  bron: { nl: 'financieringsbron', en: 'funding source' },
};

/** What a rename at the cursor would rename: the id's range and text. Throws RenameError when nothing can be renamed here. */
export function prepareRename(parsed: ParsedText, offset: number): { range: Range; placeholder: string; kind: IdKind } {
  if (parsed.syntaxProblems.length > 0) {
    throw new RenameError({
      nl: 'Het plan is geen geldige YAML; los eerst de syntaxfout op en hernoem dan.',
      en: 'The plan is not valid YAML; fix the syntax error first, then rename.',
    });
  }
  const symbol = symbolAt(indexPlan(parsed), offset);
  if (!symbol) {
    throw new RenameError({
      nl: 'Hier staat geen id of verwijzing. Hernoemen kan op de id van een partner, doel, indicator, interventie of bron, of op een verwijzing ernaar.',
      en: 'There is no id or reference here. Rename works on the id of a partner, goal, indicator, intervention or source, or on a reference to it.',
    });
  }
  const at = symbol.reference ?? symbol.definition!;
  return { range: parsed.lines.rangeOf(at.start, at.end), placeholder: symbol.id, kind: symbol.kind };
}

export interface RenameEdit {
  range: Range;
  newText: string;
}

/**
 * Renames an id and every ref to it. The new id must be a valid id and not used anywhere
 * in the plan yet (ids are unique across every list).
 */
export function renameAt(parsed: ParsedText, offset: number, newId: string): RenameEdit[] {
  const { kind, placeholder } = prepareRename(parsed, offset);
  const index = indexPlan(parsed);
  if (newId === placeholder) return [];
  if (!ID_PATTERN.test(newId)) {
    throw new RenameError({
      nl: `"${newId}" is geen geldige id: een id begint met een letter, gevolgd door letters, cijfers, _ of -.`,
      en: `"${newId}" is not a valid id: an id starts with a letter, followed by letters, digits, _ or -.`,
    });
  }
  const taken = index.definitions.find((definition) => definition.id === newId);
  if (taken) {
    const line = parsed.lines.positionAt(taken.start).line + 1;
    const what = KIND_NAME[taken.kind];
    throw new RenameError({
      nl: `De id "${newId}" is al in gebruik (${what.nl}, regel ${line}); id's moeten uniek zijn in het hele plan.`,
      en: `The id "${newId}" is already used (${what.en}, line ${line}); ids must be unique in the whole plan.`,
    });
  }
  const edits: RenameEdit[] = [];
  for (const definition of index.definitions) {
    if (definition.kind === kind && definition.id === placeholder) edits.push({ range: parsed.lines.rangeOf(definition.start, definition.end), newText: newId });
  }
  for (const reference of index.references) {
    if (reference.kind === kind && reference.id === placeholder) edits.push({ range: parsed.lines.rangeOf(reference.start, reference.end), newText: newId });
  }
  return edits;
}
