import type { Lang, LocalizedText, Position, Range } from '../types';
import { SOURCES } from '../sources';

/** Picks the language's text of a pair. */
export function pick(lang: Lang, nl: string, en: string): string {
  return lang === 'nl' ? nl : en;
}

export function localized(lang: Lang, text: LocalizedText): string {
  return text[lang];
}

/** "Wijkengids 2, §6.9.2 …" for a source number, or the number itself when unknown. */
export function sourceTitle(number: string): string {
  return SOURCES[number]?.title ?? number;
}

/** Escapes text for Markdown so that names with `*` or `_` show as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** True when the position lies in the range, both ends included (a cursor just after a word is on it). */
export function rangeContains(range: Range, position: Position): boolean {
  return comparePositions(position, range.start) >= 0 && comparePositions(position, range.end) <= 0;
}

export function rangesIntersect(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

/** The documentation link of a rule; the adapter passes the project's one builder. */
export type DocsUrl = (code: string) => string;
