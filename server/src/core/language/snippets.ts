/**
 * Whole sections as snippets with tab stops: what a plan needs for borging, in the form
 * the format asks. Lines are relative to the key's column; the completion provider indents
 * them. A text the user must write is its skeleton from core/skeletons.ts (a placeholder, so
 * WP801 marks it until it is written); an enum value is a choice list read from the schema;
 * a date, number or id is a valid value (today, the plan's own ids), so the plan stays valid
 * while the user tabs through.
 */
import type { NounKind } from '../vocabulary';
import { skeleton, tabStop, yamlText, type SkeletonPath, type VariantOf } from '../skeletons';
import { schemaAtPath } from './schema-info';

export interface SnippetContext {
  partners: string[];
  goals: string[];
  sources: string[];
  /** YYYY-MM-DD, from the adapter: the core has no clock. */
  today: string;
  /** The plan's end date, when known. */
  planEnd?: string;
}

type Template = (context: SnippetContext) => string[];

/** Escapes text for a snippet placeholder. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

function choice(n: number, values: readonly string[], fallback: string): string {
  const usable = values.filter((value) => /^[^,|$}\\]+$/.test(value));
  return usable.length > 0 ? `\${${n}|${usable.join(',')}|}` : `\${${n}:${escapeSnippet(fallback)}}`;
}

function text(n: number, value: string): string {
  return `\${${n}:${escapeSnippet(value)}}`;
}

/** A tab stop holding the skeleton of a `tekst` place; `flow` inside `{ … }` or `[ … ]`. */
function fill<P extends SkeletonPath>(n: number, path: P, flow = false, variant?: VariantOf<P>): string {
  return tabStop(n, yamlText(skeleton(path, variant), flow));
}

/** A choice list of the enum values the schema allows at `pointer` (for a list: of its items). */
export function enumChoice(n: number, pointer: string): string {
  const schema = schemaAtPath(pointer.split('/').slice(1));
  const values = schema?.enum ?? schemaAtPath([...pointer.split('/').slice(1), '*'])?.enum;
  if (!values || values.length === 0) throw new Error(`snippets: no enum at ${pointer}`);
  return `\${${n}|${values.join(',')}|}`;
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function firstTwo(values: readonly string[], fallback: string): string {
  return values.length > 0 ? values.slice(0, 2).join(', ') : fallback;
}

const TREKKER = (key: 'trekker' | 'programmamanager'): Template => {
  const rol = key === 'trekker' ? '/interventies/*/trekker/rol' : '/bestuur/programmamanager/rol';
  const vervanger = key === 'trekker' ? '/interventies/*/trekker/vervanger' : '/bestuur/programmamanager/vervanger';
  return (c) => [`${key}:`, `  rol: ${fill(1, rol)}`, `  organisatie: ${choice(2, c.partners, 'partner-id')}`, `  vervanger: ${fill(3, vervanger)}`];
};

/** Section snippets by wildcard pointer of the key they fill in. */
export const SECTION_SNIPPETS: Readonly<Record<string, Template>> = {
  '/interventies/*/voortzetting': (c) => [
    'voortzetting:',
    `  strategie: ${enumChoice(1, '/interventies/*/voortzetting/strategie')}`,
    `  besluitmoment: ${text(2, c.today)}`,
    `  toelichting: ${fill(3, '/interventies/*/voortzetting/toelichting')}`,
  ],
  '/interventies/*/trekker': TREKKER('trekker'),
  '/bestuur/programmamanager': TREKKER('programmamanager'),
  '/partners/*/commitment': (c) => ['commitment:', `  tot: ${text(1, c.planEnd ?? c.today)}`, `  vastgelegd_in: ${fill(2, '/partners/*/commitment/vastgelegd_in')}`],
  '/doelen/*/indicatoren/*/nulmeting': (c) => ['nulmeting:', `  waarde: ${text(1, '0')}`, `  datum: ${text(2, c.today)}`, `  bron: ${fill(3, '/doelen/*/indicatoren/*/nulmeting/bron')}`],
  '/doelen/*/indicatoren/*/streefwaarden': (c) => ['streefwaarden:', `  - jaar: ${text(1, String(yearOf(c.today) + 4))}`, `    waarde: ${text(2, '0')}`],
  '/evaluatie/nulmeting': (c) => ['nulmeting:', `  datum: ${text(1, c.today)}`, `  door: ${choice(2, c.partners, 'partner-id')}`],
  '/bestuur/afspraken': () => [
    'afspraken:',
    `  budget: ${fill(1, '/bestuur/afspraken/budget')}`,
    `  mandaat: ${fill(2, '/bestuur/afspraken/mandaat')}`,
    `  samenwerking: ${fill(3, '/bestuur/afspraken/samenwerking')}`,
  ],
  '/bestuur/vastgesteld': (c) => ['vastgesteld:', `  door: ${enumChoice(1, '/bestuur/vastgesteld/door')}`, `  datum: ${text(2, c.today)}`],
  '/bestuur': (c) => [
    'bestuur:',
    '  vastgesteld:',
    `    door: ${enumChoice(1, '/bestuur/vastgesteld/door')}`,
    `    datum: ${text(2, c.today)}`,
    `  portefeuillehouders: [${fill(3, '/bestuur/portefeuillehouders/*', true, 'eerste')}, ${fill(4, '/bestuur/portefeuillehouders/*', true, 'tweede')}]`,
    '  programmamanager:',
    `    rol: ${fill(5, '/bestuur/programmamanager/rol')}`,
    `    organisatie: ${choice(6, c.partners, 'partner-id')}`,
    `    vervanger: ${fill(7, '/bestuur/programmamanager/vervanger')}`,
    `  stuurgroep: [${text(8, firstTwo(c.partners, 'partner-id'))}]`,
    '  afspraken:',
    `    budget: ${fill(9, '/bestuur/afspraken/budget')}`,
    `    mandaat: ${fill(10, '/bestuur/afspraken/mandaat')}`,
    `    samenwerking: ${fill(11, '/bestuur/afspraken/samenwerking')}`,
    `  inbedding: ${fill(12, '/bestuur/inbedding')}`,
  ],
  '/financiering': (c) => {
    const year = yearOf(c.today);
    return [
      'financiering:',
      `  budgethouder: ${choice(1, c.partners, 'partner-id')}`,
      '  bronnen:',
      `    - id: ${text(2, 'F-bron')}`,
      `      naam: ${fill(3, '/financiering/bronnen/*/naam')}`,
      `      partner: ${choice(4, c.partners, 'partner-id')}`,
      `      soort: ${enumChoice(5, '/financiering/bronnen/*/soort')}`,
      `      bedragen: [{ van: ${text(6, String(year))}, tot_en_met: ${text(7, String(year + 9))}, bedrag: ${text(8, '0')} }]`,
      `      doelen: [${text(9, firstTwo(c.goals, 'doel-id'))}]`,
      '  inverdieneffecten:',
      `    - beschrijving: ${fill(10, '/financiering/inverdieneffecten/*/beschrijving')}`,
      `      partner: ${choice(11, c.partners, 'partner-id')}`,
    ];
  },
  '/evaluatie': (c) => {
    const year = yearOf(c.today);
    return [
      'evaluatie:',
      '  nulmeting:',
      `    datum: ${text(1, c.today)}`,
      `    door: ${choice(2, c.partners, 'partner-id')}`,
      '  momenten:',
      `    - datum: ${text(3, `${year + 2}${c.today.slice(4)}`)}`,
      `      soort: ${enumChoice(4, '/evaluatie/momenten/*/soort')}`,
      `      door: ${choice(5, c.partners, 'partner-id')}`,
      `      met: [${text(6, firstTwo(c.partners, 'partner-id'))}]`,
      `  effecten_buiten_wijk: ${fill(7, '/evaluatie/effecten_buiten_wijk')}`,
      `  successen_delen: ${fill(8, '/evaluatie/successen_delen')}`,
    ];
  },
  '/bewoners': () => [
    'bewoners:',
    `  betrokkenheid: [${enumChoice(1, '/bewoners/betrokkenheid')}]`,
    `  wijkinitiatieven: ${fill(2, '/bewoners/wijkinitiatieven')}`,
  ],
};

/** New list items as snippets, by wildcard pointer of the list. Lines start after `- `. */
export const ITEM_SNIPPETS: Readonly<Record<string, { label: string; noun: NounKind; template: Template }>> = {
  '/partners': {
    label: 'partner',
    noun: 'partner',
    template: (c) => [
      `id: ${text(1, 'partner-id')}`,
      `naam: ${fill(2, '/partners/*/naam')}`,
      `soort: ${enumChoice(3, '/partners/*/soort')}`,
      `rol: ${fill(4, '/partners/*/rol')}`,
      `commitment: { tot: ${text(5, c.planEnd ?? c.today)}, vastgelegd_in: ${fill(6, '/partners/*/commitment/vastgelegd_in', true)} }`,
      `belang: ${fill(7, '/partners/*/belang')}`,
    ],
  },
  '/doelen': {
    label: 'doel',
    noun: 'doel',
    template: (c) => [
      `id: ${text(1, 'D-doel')}`,
      `titel: ${fill(2, '/doelen/*/titel')}`,
      `domein: ${enumChoice(3, '/doelen/*/domein')}`,
      'indicatoren:',
      `  - id: ${text(4, 'I-indicator')}`,
      `    naam: ${fill(5, '/doelen/*/indicatoren/*/naam')}`,
      `    soort: ${enumChoice(6, '/doelen/*/indicatoren/*/soort')}`,
      `    nulmeting: { waarde: ${text(7, '0')}, datum: ${text(8, c.today)} }`,
      `    streefwaarden: [{ jaar: ${text(9, String(yearOf(c.today) + 4))}, waarde: ${text(10, '0')} }]`,
    ],
  },
  '/doelen/*/indicatoren': {
    label: 'indicator',
    noun: 'indicator',
    template: (c) => [
      `id: ${text(1, 'I-indicator')}`,
      `naam: ${fill(2, '/doelen/*/indicatoren/*/naam')}`,
      `soort: ${enumChoice(3, '/doelen/*/indicatoren/*/soort')}`,
      `richting: ${enumChoice(4, '/doelen/*/indicatoren/*/richting')}`,
      `nulmeting: { waarde: ${text(5, '0')}, datum: ${text(6, c.today)} }`,
      `streefwaarden: [{ jaar: ${text(7, String(yearOf(c.today) + 4))}, waarde: ${text(8, '0')} }]`,
    ],
  },
  '/interventies': {
    label: 'interventie',
    noun: 'interventie',
    template: (c) => [
      `id: ${text(1, 'interventie-id')}`,
      `naam: ${fill(2, '/interventies/*/naam')}`,
      `doelen: [${text(3, firstTwo(c.goals, 'doel-id'))}]`,
      `eigenaars: [${text(4, firstTwo(c.partners, 'partner-id'))}]`,
      `trekker: { rol: ${fill(5, '/interventies/*/trekker/rol', true)}, organisatie: ${choice(6, c.partners, 'partner-id')}, vervanger: ${fill(7, '/interventies/*/trekker/vervanger', true)} }`,
      `financiering: [${text(8, c.sources[0] ?? 'bron-id')}]`,
      'voortzetting:',
      `  strategie: ${enumChoice(9, '/interventies/*/voortzetting/strategie')}`,
      `  besluitmoment: ${text(10, c.today)}`,
    ],
  },
  '/financiering/bronnen': {
    label: 'bron',
    noun: 'bron',
    template: (c) => {
      const year = yearOf(c.today);
      return [
        `id: ${text(1, 'F-bron')}`,
        `naam: ${fill(2, '/financiering/bronnen/*/naam')}`,
        `partner: ${choice(3, c.partners, 'partner-id')}`,
        `soort: ${enumChoice(4, '/financiering/bronnen/*/soort')}`,
        `bedragen: [{ van: ${text(5, String(year))}, tot_en_met: ${text(6, String(year + 9))}, bedrag: ${text(7, '0')} }]`,
        `doelen: [${text(8, firstTwo(c.goals, 'doel-id'))}]`,
      ];
    },
  },
  '/evaluatie/momenten': {
    label: 'evaluatiemoment',
    noun: 'evaluatiemoment',
    template: (c) => [
      `datum: ${text(1, c.today)}`,
      `soort: ${enumChoice(2, '/evaluatie/momenten/*/soort')}`,
      `door: ${choice(3, c.partners, 'partner-id')}`,
      `met: [${text(4, firstTwo(c.partners, 'partner-id'))}]`,
    ],
  },
};

/**
 * A snippet as plain text, for a client without snippet support: a tab stop becomes its text,
 * a choice list its first value, a bare `$n` nothing, and escapes are undone.
 */
export function snippetToPlain(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; ) {
    const char = snippet[i];
    if (char === '\\' && i + 1 < snippet.length) {
      out += snippet[i + 1];
      i += 2;
    } else if (char === '$' && snippet[i + 1] === '{') {
      const choice = /^\$\{\d+\|([^|]*)\|\}/.exec(snippet.slice(i));
      if (choice) {
        out += choice[1].split(',')[0];
        i += choice[0].length;
        continue;
      }
      // `${n:text}`: the text up to the unescaped `}` that closes it.
      const head = /^\$\{\d+:/.exec(snippet.slice(i));
      if (!head) {
        out += char;
        i++;
        continue;
      }
      i += head[0].length;
      while (i < snippet.length && snippet[i] !== '}') {
        if (snippet[i] === '\\' && i + 1 < snippet.length) i++;
        out += snippet[i];
        i++;
      }
      i++;
    } else if (char === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      i++;
      while (/\d/.test(snippet[i] ?? '')) i++;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}
