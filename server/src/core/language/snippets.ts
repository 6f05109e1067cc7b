/**
 * Whole sections as snippets with tab stops: what a plan needs for borging, in the form
 * the format asks. Lines are relative to the key's column; the completion provider indents
 * them. Placeholders hold valid values (today's date, the plan's own ids) so that the plan
 * stays valid while the user tabs through.
 */

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

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function firstTwo(values: readonly string[], fallback: string): string {
  return values.length > 0 ? values.slice(0, 2).join(', ') : fallback;
}

const TREKKER: (key: string, rol: string) => Template = (key, rol) => (c) => [
  `${key}:`,
  `  rol: ${text(1, rol)}`,
  `  organisatie: ${choice(2, c.partners, 'partner-id')}`,
  `  vervanger: ${text(3, 'rol die het werk overneemt')}`,
];

/** Section snippets by wildcard pointer of the key they fill in. */
export const SECTION_SNIPPETS: Readonly<Record<string, Template>> = {
  '/interventies/*/voortzetting': (c) => [
    'voortzetting:',
    `  strategie: \${1|inbedden,overdragen,opschalen,afbouwen,stoppen|}`,
    `  besluitmoment: ${text(2, c.today)}`,
    `  toelichting: ${text(3, 'wie neemt het werk over na de looptijd, en met welk geld?')}`,
  ],
  '/interventies/*/trekker': TREKKER('trekker', 'functie of rol, geen persoon'),
  '/bestuur/programmamanager': TREKKER('programmamanager', 'programmamanager wijkaanpak'),
  '/partners/*/commitment': (c) => ['commitment:', `  tot: ${text(1, c.planEnd ?? c.today)}`, `  vastgelegd_in: ${text(2, 'naam van de overeenkomst')}`],
  '/doelen/*/indicatoren/*/nulmeting': (c) => ['nulmeting:', `  waarde: ${text(1, '0')}`, `  datum: ${text(2, c.today)}`, `  bron: ${text(3, 'bron van de meting')}`],
  '/doelen/*/indicatoren/*/streefwaarden': (c) => ['streefwaarden:', `  - jaar: ${text(1, String(yearOf(c.today) + 4))}`, `    waarde: ${text(2, '0')}`],
  '/evaluatie/nulmeting': (c) => ['nulmeting:', `  datum: ${text(1, c.today)}`, `  door: ${choice(2, c.partners, 'partner-id')}`],
  '/bestuur/afspraken': () => [
    'afspraken:',
    `  budget: ${text(1, 'één ontschot, meerjarig wijkbudget')}`,
    `  mandaat: ${text(2, 'wie waarover beslist')}`,
    `  samenwerking: ${text(3, 'hoe de partners samenwerken en overleggen')}`,
  ],
  '/bestuur/vastgesteld': (c) => ['vastgesteld:', `  door: \${1|gemeenteraad,college,wethouder,stuurgroep|}`, `  datum: ${text(2, c.today)}`],
  '/bestuur': (c) => [
    'bestuur:',
    '  vastgesteld:',
    `    door: \${1|gemeenteraad,college,wethouder,stuurgroep|}`,
    `    datum: ${text(2, c.today)}`,
    `  portefeuillehouders: [${text(3, 'Wethouder Sociaal Domein, Wethouder Wonen')}]`,
    '  programmamanager:',
    `    rol: ${text(4, 'programmamanager wijkaanpak')}`,
    `    organisatie: ${choice(5, c.partners, 'partner-id')}`,
    `    vervanger: ${text(6, 'rol die het werk overneemt')}`,
    `  stuurgroep: [${text(7, firstTwo(c.partners, 'partner-id'))}]`,
    '  afspraken:',
    `    budget: ${text(8, 'één ontschot, meerjarig wijkbudget')}`,
    `    mandaat: ${text(9, 'wie waarover beslist')}`,
    `    samenwerking: ${text(10, 'hoe de partners samenwerken en overleggen')}`,
    `  inbedding: ${text(11, 'hoe de aanpak in de lijnorganisatie is ingebed')}`,
  ],
  '/financiering': (c) => {
    const year = yearOf(c.today);
    return [
      'financiering:',
      `  budgethouder: ${choice(1, c.partners, 'partner-id')}`,
      '  bronnen:',
      `    - id: ${text(2, 'F-bron')}`,
      `      naam: ${text(3, 'naam van de regeling of begrotingspost')}`,
      `      partner: ${choice(4, c.partners, 'partner-id')}`,
      `      soort: \${5|structureel,incidenteel,resultaatfinanciering|}`,
      `      bedragen: [{ van: ${text(6, String(year))}, tot_en_met: ${text(7, String(year + 9))}, bedrag: ${text(8, '0')} }]`,
      `      doelen: [${text(9, firstTwo(c.goals, 'doel-id'))}]`,
      '  inverdieneffecten:',
      `    - beschrijving: ${text(10, 'wat er elders wordt bespaard of verdiend')}`,
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
      `      soort: \${4|tussentijds,monitor,eind|}`,
      `      door: ${choice(5, c.partners, 'partner-id')}`,
      `      met: [${text(6, firstTwo(c.partners, 'partner-id'))}]`,
      `  effecten_buiten_wijk: ${text(7, 'hoe effecten buiten de wijk worden gevolgd')}`,
      `  successen_delen: ${text(8, 'hoe resultaten en successen worden gedeeld')}`,
    ];
  },
  '/bewoners': () => [
    'bewoners:',
    `  betrokkenheid: [${text(1, 'gebiedsanalyse, wijkagenda, uitvoering')}]`,
    `  wijkinitiatieven: ${text(2, 'hoe eigen initiatieven van bewoners worden ondersteund')}`,
  ],
};

/** New list items as snippets, by wildcard pointer of the list. Lines start after `- `. */
export const ITEM_SNIPPETS: Readonly<Record<string, { label: string; template: Template }>> = {
  '/partners': {
    label: 'partner',
    template: (c) => [
      `id: ${text(1, 'partner-id')}`,
      `naam: ${text(2, 'naam van de organisatie')}`,
      `soort: \${3|gemeente,rijk,provincie,corporatie,welzijn,zorg,zorgverzekeraar,onderwijs,politie,bedrijf,fonds,kennisinstituut,bewoners,overig|}`,
      `rol: ${text(4, 'wat de partner in het plan doet')}`,
      `commitment: { tot: ${text(5, c.planEnd ?? c.today)}, vastgelegd_in: ${text(6, 'naam van de overeenkomst')} }`,
      `belang: ${text(7, 'wat de partner wint met meedoen')}`,
    ],
  },
  '/doelen': {
    label: 'doel',
    template: (c) => [
      `id: ${text(1, 'D-doel')}`,
      `titel: ${text(2, 'wat er in de wijk moet veranderen')}`,
      `domein: \${3|sociaal,fysiek,economisch,veiligheid,gezondheid,onderwijs|}`,
      'indicatoren:',
      `  - id: ${text(4, 'I-indicator')}`,
      `    naam: ${text(5, 'wat de indicator meet')}`,
      `    soort: \${6|outcome,output|}`,
      `    nulmeting: { waarde: ${text(7, '0')}, datum: ${text(8, c.today)} }`,
      `    streefwaarden: [{ jaar: ${text(9, String(yearOf(c.today) + 4))}, waarde: ${text(10, '0')} }]`,
    ],
  },
  '/doelen/*/indicatoren': {
    label: 'indicator',
    template: (c) => [
      `id: ${text(1, 'I-indicator')}`,
      `naam: ${text(2, 'wat de indicator meet')}`,
      `soort: \${3|outcome,output|}`,
      `richting: \${4|omhoog,omlaag|}`,
      `nulmeting: { waarde: ${text(5, '0')}, datum: ${text(6, c.today)} }`,
      `streefwaarden: [{ jaar: ${text(7, String(yearOf(c.today) + 4))}, waarde: ${text(8, '0')} }]`,
    ],
  },
  '/interventies': {
    label: 'interventie',
    template: (c) => [
      `id: ${text(1, 'interventie-id')}`,
      `naam: ${text(2, 'naam van de interventie')}`,
      `doelen: [${text(3, firstTwo(c.goals, 'doel-id'))}]`,
      `eigenaars: [${text(4, firstTwo(c.partners, 'partner-id'))}]`,
      `trekker: { rol: ${text(5, 'functie of rol')}, organisatie: ${choice(6, c.partners, 'partner-id')}, vervanger: ${text(7, 'rol die het overneemt')} }`,
      `financiering: [${text(8, c.sources[0] ?? 'bron-id')}]`,
      'voortzetting:',
      `  strategie: \${9|inbedden,overdragen,opschalen,afbouwen,stoppen|}`,
      `  besluitmoment: ${text(10, c.today)}`,
    ],
  },
  '/financiering/bronnen': {
    label: 'bron',
    template: (c) => {
      const year = yearOf(c.today);
      return [
        `id: ${text(1, 'F-bron')}`,
        `naam: ${text(2, 'naam van de regeling of begrotingspost')}`,
        `partner: ${choice(3, c.partners, 'partner-id')}`,
        `soort: \${4|structureel,incidenteel,resultaatfinanciering|}`,
        `bedragen: [{ van: ${text(5, String(year))}, tot_en_met: ${text(6, String(year + 9))}, bedrag: ${text(7, '0')} }]`,
        `doelen: [${text(8, firstTwo(c.goals, 'doel-id'))}]`,
      ];
    },
  },
  '/evaluatie/momenten': {
    label: 'evaluatiemoment',
    template: (c) => [
      `datum: ${text(1, c.today)}`,
      `soort: \${2|tussentijds,monitor,eind|}`,
      `door: ${choice(3, c.partners, 'partner-id')}`,
      `met: [${text(4, firstTwo(c.partners, 'partner-id'))}]`,
    ],
  },
};
