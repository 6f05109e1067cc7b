import type { Category, Lang, Severity } from '../core/types';
import { CATEGORY_NAMES, SEVERITY_NAMES } from '../core/vocabulary';

/** Words the reports use, in both languages. Dutch is the default (cli.md). */
/** Severity names: the one list in core/vocabulary.ts. */
export const SEVERITY_LABEL: Record<Lang, Record<Severity, string>> = SEVERITY_NAMES;

/** Category names inside a sentence or table: core/vocabulary.ts's names, lower case. */
export const CATEGORY_NAME: Record<Lang, Record<Category, string>> = {
  nl: lowerAll(CATEGORY_NAMES.nl),
  en: lowerAll(CATEGORY_NAMES.en),
};

function lowerAll(names: Record<Category, string>): Record<Category, string> {
  return Object.fromEntries(Object.entries(names).map(([key, name]) => [key, name.toLowerCase()])) as Record<Category, string>;
}

/** English kebab-case tags for SARIF, whatever the message language. */
export const CATEGORY_TAG: Record<Category, string> = {
  WP0: 'structure',
  WP1: 'continuity',
  WP2: 'ownership',
  WP3: 'funding',
  WP4: 'measuring',
  WP5: 'governance',
  WP6: 'residents',
  WP7: 'coherence',
  WP8: 'substance',
};

/** "1 fout", "2 fouten", "3 waarschuwingen", "1 info". */
export function countLabel(count: number, severity: Severity | 'finding' | 'file' | 'new', lang: Lang): string {
  const words: Record<Lang, Record<string, [string, string]>> = {
    nl: {
      error: ['fout', 'fouten'],
      warning: ['waarschuwing', 'waarschuwingen'],
      info: ['info', 'info'],
      finding: ['bevinding', 'bevindingen'],
      file: ['bestand', 'bestanden'],
      new: ['nieuw', 'nieuw'],
    },
    en: {
      error: ['error', 'errors'],
      warning: ['warning', 'warnings'],
      info: ['info', 'infos'],
      finding: ['finding', 'findings'],
      file: ['file', 'files'],
      new: ['new', 'new'],
    },
  };
  const [one, many] = words[lang][severity];
  return `${count} ${count === 1 ? one : many}`;
}

/** "3 teksten nog in te vullen" / "3 texts still to write": the placeholders left in a plan. */
export function placeholderText(count: number, lang: Lang): string {
  if (lang === 'nl') return count === 1 ? '1 tekst nog in te vullen' : `${count} teksten nog in te vullen`;
  return count === 1 ? '1 text still to write' : `${count} texts still to write`;
}

/** A score for people: the number, or why there is none. */
export function scoreText(score: number | null, lang: Lang): string {
  if (score !== null) return String(score);
  return lang === 'nl' ? 'n.v.t.' : 'n/a';
}

/** "+3", "−8", "±0" for a change of score; nothing when either side has none. */
export function scoreDelta(before: number | null | undefined, after: number | null): string {
  if (before === null || before === undefined || after === null) return '';
  const delta = after - before;
  return delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '±0';
}
