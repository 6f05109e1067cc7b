/**
 * One vocabulary for every user-facing text: the glossary (one Dutch and one English term per
 * concept, with the variants that must not be used for it), the category and severity names,
 * and the formatter that turns a finding's data into text the way the preview writes it
 * ("1 januari 2026", "3,5", "€ 1.250.000" / "€1,250,000"). Pure. docs/glossary.md is the
 * same list for people; test/unit/glossary.test.ts keeps the two and every text in step.
 */
import { formatDate, formatMoney, formatNumber } from './preview/format';
import type { Category, Lang, MessageData, Severity } from './types';

export interface GlossaryEntry {
  /** The concept, in English, for developers. */
  concept: string;
  nl: string;
  en: string;
  /** Words that must not name this concept (whole words, lower case). */
  avoid: { nl: string[]; en: string[] };
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { concept: 'finding', nl: 'bevinding', en: 'finding', avoid: { nl: ['melding', 'meldingen', 'bericht'], en: ['diagnostic', 'issue'] } },
  { concept: 'preview', nl: 'voorvertoning', en: 'preview', avoid: { nl: ['preview', 'voorbeeld-weergave', 'wijkplan-voorbeeld'], en: [] } },
  { concept: 'target value', nl: 'streefwaarde', en: 'target', avoid: { nl: ['tussendoelen', 'doelwaarde'], en: [] } },
  { concept: 'baseline', nl: 'nulmeting', en: 'baseline', avoid: { nl: ['beginwaarde', 'beginsituatie', 'vertrekpunt', 'uitgangssituatie'], en: [] } },
  { concept: 'commitment', nl: 'toezegging', en: 'commitment', avoid: { nl: ['gecommitteerd', 'verbintenis'], en: [] } },
  { concept: 'funder', nl: 'financier', en: 'funder', avoid: { nl: ['geldgever', 'geldgevers', 'subsidiegever'], en: ['subsidy giver', 'subsidy givers'] } },
  { concept: 'intervention', nl: 'interventie', en: 'intervention', avoid: { nl: ['projectencarrousel'], en: [] } },
  { concept: 'owner', nl: 'eigenaar', en: 'owner', avoid: { nl: ['drager', 'mededrager', 'dragers'], en: ['carrier', 'co-carrier', 'carriers'] } },
  { concept: 'YAML comment', nl: 'commentaar', en: 'comment', avoid: { nl: ['opmerking', 'opmerkingen'], en: [] } },
  { concept: 'info level', nl: 'info', en: 'info', avoid: { nl: ['hint', 'hints'], en: ['hint', 'infos'] } },
  { concept: 'form of address', nl: 'u', en: 'you', avoid: { nl: ['je', 'jij', 'jouw', 'jullie'], en: [] } },
  { concept: 'identifier', nl: 'id', en: 'id', avoid: { nl: ['ids'], en: [] } },
  { concept: 'text line', nl: 'regel', en: 'line', avoid: { nl: ['tekstregelnummer'], en: [] } },
  { concept: 'score', nl: 'score', en: 'score', avoid: { nl: ['puntentotaal'], en: [] } },
  { concept: 'evaluation moment', nl: 'evaluatiemoment', en: 'evaluation moment', avoid: { nl: ['evaluatiepunt'], en: [] } },
  { concept: 'governance section', nl: 'onderdeel Bestuur', en: 'governance section', avoid: { nl: ['bestuur-sectie', 'evaluatie-sectie', 'bewoners-sectie'], en: ['the governance has'] } },
  { concept: 'continuation', nl: 'voortzetting', en: 'continuation', avoid: { nl: ['continuering'], en: [] } },
  { concept: 'steering group', nl: 'stuurgroep', en: 'steering group', avoid: { nl: [], en: ['steering board'] } },
];

/** The rule categories, as headings (capitalised); lower-case them inside a sentence. */
export const CATEGORY_NAMES: Record<Lang, Record<Category, string>> = {
  nl: {
    WP0: 'Structuur',
    WP1: 'Continuïteit',
    WP2: 'Eigenaarschap',
    WP3: 'Financiering',
    WP4: 'Meten en leren',
    WP5: 'Bestuurlijke verankering',
    WP6: 'Bewoners',
    WP7: 'Samenhang',
    WP8: 'Inhoud',
  },
  en: {
    WP0: 'Structure',
    WP1: 'Continuity',
    WP2: 'Ownership',
    WP3: 'Funding',
    WP4: 'Measuring and learning',
    WP5: 'Governance',
    WP6: 'Residents',
    WP7: 'Coherence',
    WP8: 'Substance',
  },
};

/** Severity names, lower case. */
export const SEVERITY_NAMES: Record<Lang, Record<Severity, string>> = {
  nl: { error: 'fout', warning: 'waarschuwing', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** "1 fout", "2 fouten", "3 info" / "1 error", "2 errors", "3 info". */
export function severityCount(count: number, severity: Severity, lang: Lang): string {
  const plural: Record<Lang, Record<Severity, string>> = {
    nl: { error: 'fouten', warning: 'waarschuwingen', info: 'info' },
    en: { error: 'errors', warning: 'warnings', info: 'info' },
  };
  return `${count} ${count === 1 ? SEVERITY_NAMES[lang][severity] : plural[lang][severity]}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DUTCH_MONEY = /^€ ?(-?\d{1,3}(?:\.\d{3})*)$/;

/**
 * One value of a finding's data as the reader sees it: a date as "1 januari 2026", a number
 * with a decimal comma in Dutch (years and counts stay as they are), an amount of money in
 * the message's language. Everything else is left alone.
 */
export function formatMessageValue(value: string | number, lang: Lang): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : formatNumber(value, lang);
  if (ISO_DATE.test(value)) return formatDate(value, lang);
  const money = DUTCH_MONEY.exec(value);
  if (money) return formatMoney(Number(money[1].replace(/\./g, '')), lang);
  return value;
}

/** Formats every value of a finding's data for one language. */
export function formatMessageData(data: MessageData | undefined, lang: Lang): MessageData | undefined {
  if (!data) return data;
  const out: MessageData = {};
  for (const [key, value] of Object.entries(data)) out[key] = formatMessageValue(value, lang);
  return out;
}

/** The nouns of the plan's items, with their article and plural, so no text appends "s" or guesses "de". */
export type NounKind =
  | 'partner'
  | 'doel'
  | 'indicator'
  | 'interventie'
  | 'bron'
  | 'evaluatiemoment'
  | 'inverdieneffect'
  | 'streefwaarde'
  | 'begrotingsregel'
  | 'bedrag';

export interface Noun {
  nl: { article: 'de' | 'het'; singular: string; plural: string };
  en: { singular: string; plural: string };
}

export const NOUNS: Readonly<Record<NounKind, Noun>> = {
  partner: { nl: { article: 'de', singular: 'partner', plural: 'partners' }, en: { singular: 'partner', plural: 'partners' } },
  doel: { nl: { article: 'het', singular: 'doel', plural: 'doelen' }, en: { singular: 'goal', plural: 'goals' } },
  indicator: { nl: { article: 'de', singular: 'indicator', plural: 'indicatoren' }, en: { singular: 'indicator', plural: 'indicators' } },
  interventie: { nl: { article: 'de', singular: 'interventie', plural: 'interventies' }, en: { singular: 'intervention', plural: 'interventions' } },
  bron: { nl: { article: 'de', singular: 'financieringsbron', plural: 'financieringsbronnen' }, en: { singular: 'funding source', plural: 'funding sources' } },
  evaluatiemoment: { nl: { article: 'het', singular: 'evaluatiemoment', plural: 'evaluatiemomenten' }, en: { singular: 'evaluation moment', plural: 'evaluation moments' } },
  inverdieneffect: { nl: { article: 'het', singular: 'inverdieneffect', plural: 'inverdieneffecten' }, en: { singular: 'earn-back effect', plural: 'earn-back effects' } },
  streefwaarde: { nl: { article: 'de', singular: 'streefwaarde', plural: 'streefwaarden' }, en: { singular: 'target', plural: 'targets' } },
  begrotingsregel: { nl: { article: 'de', singular: 'begrotingsregel', plural: 'begrotingsregels' }, en: { singular: 'budget line', plural: 'budget lines' } },
  bedrag: { nl: { article: 'het', singular: 'bedrag', plural: 'bedragen' }, en: { singular: 'amount', plural: 'amounts' } },
};

export function isNounKind(word: string): word is NounKind {
  return Object.prototype.hasOwnProperty.call(NOUNS, word);
}

/** "het doel", "de partner" / "the goal". */
export function definite(kind: NounKind, lang: Lang): string {
  return lang === 'nl' ? `${NOUNS[kind].nl.article} ${NOUNS[kind].nl.singular}` : `the ${NOUNS[kind].en.singular}`;
}

/** "een doel", "een partner" / "a goal", "an indicator". */
export function indefinite(kind: NounKind, lang: Lang): string {
  if (lang === 'nl') return `een ${NOUNS[kind].nl.singular}`;
  const word = NOUNS[kind].en.singular;
  return `${/^[aeio]/.test(word) ? 'an' : 'a'} ${word}`;
}

/**
 * "een nieuw doel", "een nieuwe partner" / "a new goal": a Dutch adjective after "een" takes no
 * -e before a het-word.
 */
export function newOne(kind: NounKind, lang: Lang): string {
  if (lang === 'en') return `a new ${NOUNS[kind].en.singular}`;
  const noun = NOUNS[kind].nl;
  return `een ${noun.article === 'het' ? 'nieuw' : 'nieuwe'} ${noun.singular}`;
}

/** "doelen", "financieringsbronnen" / "goals". */
export function plural(kind: NounKind, lang: Lang): string {
  return NOUNS[kind][lang].plural;
}

/** The list key in the plan and the noun of one of its items. */
const ITEM_NOUNS: Readonly<Record<string, NounKind>> = {
  partners: 'partner',
  doelen: 'doel',
  indicatoren: 'indicator',
  interventies: 'interventie',
  bronnen: 'bron',
  momenten: 'evaluatiemoment',
  inverdieneffecten: 'inverdieneffect',
  streefwaarden: 'streefwaarde',
  begroting: 'begrotingsregel',
  bedragen: 'bedrag',
};

function ordinal(position: number, lang: Lang): string {
  if (lang === 'nl') return `${position}e`;
  const tens = position % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][position % 10] ?? 'th');
  return `${position}${suffix}`;
}

/**
 * A place in the plan in words, never as a JSON pointer: "de 1e partner (regel 12)",
 * "het plan" for the root, the key in quotes for a plain key.
 */
export function describePointer(pointer: string, lang: Lang, line?: number): string {
  const parts = pointer.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const at = line === undefined ? '' : lang === 'nl' ? ` (regel ${line})` : ` (line ${line})`;
  if (parts.length === 0) return (lang === 'nl' ? 'het plan' : 'the plan') + at;
  for (let i = parts.length - 1; i >= 0; i--) {
    if (!/^\d+$/.test(parts[i])) continue;
    const list = parts[i - 1];
    const kind = Object.prototype.hasOwnProperty.call(ITEM_NOUNS, list ?? '') ? ITEM_NOUNS[list!] : undefined;
    const position = ordinal(Number(parts[i]) + 1, lang);
    const item = kind
      ? lang === 'nl'
        ? `${NOUNS[kind].nl.article} ${position} ${NOUNS[kind].nl.singular}`
        : `the ${position} ${NOUNS[kind].en.singular}`
      : lang === 'nl'
        ? `het ${position} item van "${list}"`
        : `the ${position} item of "${list}"`;
    const rest = parts.slice(i + 1);
    if (rest.length === 0) return item + at;
    return `"${rest.join('.')}" ${lang === 'nl' ? 'bij' : 'of'} ${item}${at}`;
  }
  return `"${parts.join('.')}"${at}`;
}

/**
 * A rule names an item without an id by its position: `positionRef(2)` is "#3", which no id can
 * be (an id starts with a letter). The message then reads "de 3e interventie", never
 * `Interventie "3"` as if 3 were its id.
 */
export function positionRef(index: number): string {
  return `#${index + 1}`;
}

const POSITION_REF = /^#(\d+)$/;

/** The words a template puts before `"{id}"`, and the noun they name. */
const TEMPLATE_NOUNS: Readonly<Record<string, NounKind>> = {
  partner: 'partner',
  doel: 'doel',
  goal: 'doel',
  indicator: 'indicator',
  interventie: 'interventie',
  intervention: 'interventie',
  bron: 'bron',
  source: 'bron',
  financieringsbron: 'bron',
};

/**
 * Replaces `<noun> "{name}"` in a template by "de 3e <noun>" / "the 3rd <noun>" for every value
 * of `data` that is a position ref; a position ref without a noun before it becomes "nr. 3" / "no. 3".
 */
export function placePositions(template: string, data: MessageData | undefined, lang: Lang): string {
  if (!data) return template;
  let out = template;
  for (const [name, value] of Object.entries(data)) {
    const match = typeof value === 'string' ? POSITION_REF.exec(value) : null;
    if (!match) continue;
    const position = ordinal(Number(match[1]), lang);
    out = out.replace(new RegExp(`(\\p{L}+) "\\{${name}\\}"`, 'gu'), (whole, word: string) => {
      const kind = TEMPLATE_NOUNS[word.toLowerCase()];
      if (!kind) return whole;
      const article = lang === 'nl' ? NOUNS[kind].nl.article : 'the';
      const capital = word[0] !== word[0].toLowerCase();
      const phrase = `${article} ${position} ${word.toLowerCase()}`;
      return capital ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase;
    });
    out = out.replace(new RegExp(`"\\{${name}\\}"`, 'g'), lang === 'nl' ? `nr. ${match[1]}` : `no. ${match[1]}`);
  }
  return out;
}

/** The YAML parser's messages (English) in words for the reader, in both languages. */
const YAML_PROBLEMS: Array<[RegExp, string, string]> = [
  [/flow (sequence|mapping)|end with a [\]}]|unexpected flow-(seq|map)-end|flow-(seq|map)-start/i, 'een lijst of blok tussen haakjes ([ ] of { }) is niet goed gesloten of ingesprongen', 'a list or block in brackets ([ ] or { }) is not closed or indented properly'],
  [/missing closing|quoted|quote/i, 'een aanhalingsteken (" of \') is niet gesloten', 'a quotation mark (" or \') is not closed'],
  [/tab/i, 'er staat een tab in de inspringing; gebruik spaties', 'there is a tab in the indentation; use spaces'],
  [/same column|indent|bad indentation/i, 'de inspringing klopt niet: items op hetzelfde niveau beginnen in dezelfde kolom', 'the indentation is wrong: items on the same level start in the same column'],
  [/implicit (map )?keys?|single line|followed by map values|nested mappings/i, 'een sleutel zonder dubbele punt of een sleutel over twee regels', 'a key without a colon, or a key across two lines'],
];

export function yamlProblem(detail: string, lang: Lang): string {
  for (const [pattern, nl, en] of YAML_PROBLEMS) if (pattern.test(detail)) return lang === 'nl' ? nl : en;
  return lang === 'nl' ? 'controleer inspringing, haakjes en aanhalingstekens' : 'check indentation, brackets and quotation marks';
}
