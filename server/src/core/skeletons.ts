/**
 * The one source of "text the user must still write" (issue 12). The `init` template, the
 * completion snippets and the fixes all render their fill-in texts from here, so there is one
 * dialect: a question or a name in parentheses, which is a placeholder by clause 1 of
 * format.md ("Placeholders (1.1)"). WP801 then marks each one until the user has written the
 * real answer, the preview shows it as "nog in te vullen", and hover says what belongs there.
 *
 * Only `tekst` values have a skeleton: a date, an amount, an id or an enum value is a choice,
 * and a fix that makes a choice for the user is unsafe (rules.md, "Substance (1.1)").
 */
import { parse as parseYaml } from 'yaml';

export interface Skeleton {
  /** What belongs here, as a placeholder; the user replaces it with the answer. */
  text: string;
  /** More specific texts for one kind of item (the template's `gemeente` partner, say): placeholders too. */
  variants?: Readonly<Record<string, string>>;
}

/**
 * One skeleton per `tekst` place of the schema, by wildcard pointer (`/partners/*\/naam`).
 * Dutch, because the plan is written in Dutch; B1, and the reader is "u".
 */
export const SKELETONS = {
  '/titel': { text: '(titel van het plan, bijvoorbeeld "Wijkaanpak" en de naam van de wijk)' },
  '/wijk/naam': { text: '(naam van de wijk)' },
  '/wijk/gemeente': { text: '(naam van de gemeente)' },
  '/visie': { text: '(Waar staat de wijk over twintig jaar? Beschrijf het resultaat, niet de projecten.)' },
  '/partners/*/naam': {
    text: '(naam van de organisatie)',
    variants: { gemeente: '(naam van de gemeente)', corporatie: '(naam van de woningcorporatie)', welzijn: '(naam van de welzijnsorganisatie)' },
  },
  '/partners/*/rol': {
    text: '(wat doet deze partner in het plan?)',
    variants: {
      gemeente: '(wat doet de gemeente in het plan?)',
      corporatie: '(wat doet de corporatie in het plan?)',
      welzijn: '(wat doet de welzijnsorganisatie in het plan?)',
    },
  },
  '/partners/*/belang': {
    text: '(wat levert meedoen deze partner op?)',
    variants: { corporatie: '(wat levert meedoen de corporatie op?)', welzijn: '(wat levert meedoen de welzijnsorganisatie op?)' },
  },
  '/partners/*/commitment/vastgelegd_in': { text: '(naam van de overeenkomst)' },
  '/bestuur/vastgesteld/kenmerk': { text: '(kenmerk van het besluit)' },
  '/bestuur/portefeuillehouders/*': { text: '(wethouder en portefeuille)', variants: { eerste: '(eerste wethouder)', tweede: '(tweede wethouder)' } },
  '/bestuur/programmamanager/rol': { text: '(rol van de programmamanager)' },
  '/bestuur/programmamanager/vervanger': { text: '(rol van de vervanger)' },
  '/bestuur/afspraken/budget': { text: '(hoe is het wijkbudget geregeld?)' },
  '/bestuur/afspraken/mandaat': { text: '(wat mag de programmamanager zelf besluiten?)' },
  '/bestuur/afspraken/samenwerking': { text: '(hoe werken de partners samen?)' },
  '/bestuur/inbedding': { text: '(hoe is de aanpak ingebed in het gewone werk van de partners?)' },
  '/doelen/*/titel': { text: '(wat moet er in de wijk veranderen?)', variants: { fysiek: '(wat moet er aan woningen en buitenruimte veranderen?)' } },
  '/doelen/*/indicatoren/*/naam': { text: '(wat meet u?)' },
  '/doelen/*/indicatoren/*/eenheid': { text: '(eenheid, bijvoorbeeld procent)' },
  '/doelen/*/indicatoren/*/bron': { text: '(waar komen de cijfers vandaan? CBS, Leefbaarometer, eigen enquête)' },
  '/doelen/*/indicatoren/*/nulmeting/bron': { text: '(bron van de nulmeting)' },
  '/interventies/*/naam': { text: '(naam van de interventie)' },
  '/interventies/*/beschrijving': { text: '(wat doet deze interventie, en voor wie?)' },
  '/interventies/*/trekker/rol': { text: '(rol van de trekker, geen naam van een persoon)' },
  '/interventies/*/trekker/vervanger': { text: '(rol van de vervanger)' },
  '/interventies/*/voortzetting/toelichting': { text: '(wie neemt het werk over na de looptijd, en met welk geld?)' },
  '/interventies/*/voortzetting/onderhoud': { text: '(welke vaste inzet voorkomt dat de problemen terugkomen?)' },
  '/financiering/bronnen/*/naam': { text: '(naam van de regeling of begrotingspost)' },
  '/financiering/inverdieneffecten/*/beschrijving': { text: '(welke kosten dalen elders door deze aanpak?)' },
  '/financiering/inverdieneffecten/*/begrotingspost': { text: '(op welke begrotingspost komt de besparing?)' },
  '/evaluatie/momenten/*/onderwerp': { text: '(wat evalueert u op dit moment?)' },
  '/evaluatie/effecten_buiten_wijk': { text: '(hoe volgt u verplaatsing van problemen naar andere wijken?)' },
  '/evaluatie/successen_delen': { text: '(hoe deelt u resultaten met bewoners en andere wijken?)' },
  '/bewoners/wijkinitiatieven': { text: '(hoe ondersteunt u initiatieven van bewoners?)' },
} as const satisfies Record<string, Skeleton>;

export type SkeletonPath = keyof typeof SKELETONS;

/** The variant names of one skeleton (`gemeente`, `corporatie` …), or never. */
export type VariantOf<P extends SkeletonPath> = (typeof SKELETONS)[P] extends { variants: infer V } ? keyof V & string : never;

/** The fill-in text for a `tekst` place, or its variant for one kind of item. */
export function skeleton<P extends SkeletonPath>(path: P, variant?: VariantOf<P>): string {
  const entry: Skeleton = SKELETONS[path];
  return (variant !== undefined ? entry.variants?.[variant] : undefined) ?? entry.text;
}

/** `/partners/2/naam` → `/partners/*\/naam`: list indexes become wildcards. */
export function wildcard(pointer: string): string {
  return pointer.replace(/\/\d+(?=\/|$)/g, '/*');
}

/** The skeleton of the `tekst` at a concrete pointer, when there is one. */
export function skeletonAt(pointer: string): Skeleton | undefined {
  return (SKELETONS as Record<string, Skeleton>)[wildcard(pointer)];
}

/** Every skeleton text, variants included: what the template, snippets and fixes may write. */
export function allSkeletonTexts(): string[] {
  return Object.values(SKELETONS as Record<string, Skeleton>).flatMap((entry) => [entry.text, ...Object.values(entry.variants ?? {})]);
}

/**
 * A skeleton text as a YAML value: plain when it reads back as the same string in that
 * context, else double-quoted. `flow` is for a value inside `{ … }` or `[ … ]`, where a comma
 * or a bracket would end a plain scalar.
 */
export function yamlText(text: string, flow = false): string {
  // Fixes ask for the same few skeleton texts for every finding they fix.
  const cache = flow ? flowTexts : blockTexts;
  let written = cache.get(text);
  if (written === undefined) {
    written = writeYamlText(text, flow);
    if (cache.size < 1000) cache.set(text, written);
  }
  return written;
}

const blockTexts = new Map<string, string>();
const flowTexts = new Map<string, string>();

function writeYamlText(text: string, flow: boolean): string {
  const reads = (written: string): boolean => {
    try {
      const value: unknown = parseYaml(flow ? `[${written}]` : `k: ${written}`);
      return flow ? Array.isArray(value) && value.length === 1 && value[0] === text : (value as { k?: unknown })?.k === text;
    } catch {
      return false;
    }
  };
  return reads(text) ? text : JSON.stringify(text);
}

/** A skeleton text as a snippet tab stop, `${n:(naam van de wijk)}`. */
export function tabStop(n: number, text: string): string {
  return `\${${n}:${text.replace(/[\\$}]/g, '\\$&')}}`;
}
