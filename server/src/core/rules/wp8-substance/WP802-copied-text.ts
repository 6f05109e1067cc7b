import { entries, type Plan } from '../../model';
import type { RuleDefinition } from '../../rule';
import { positionRef } from '../../vocabulary';

/** A text shorter than this many words may well repeat (`zie boven`); from here it is boilerplate. */
const MIN_WORDS = 5;

/** The fields WP802 compares, each within its own list (rules.md): never one field with another. */
const FIELDS: ReadonlyArray<{ label: string; values: (plan: Plan) => Array<[string, unknown]> }> = [
  { label: 'beschrijving', values: (plan) => entries(plan.interventies).map(([i, x]) => [`/interventies/${i}/beschrijving`, x.beschrijving]) },
  { label: 'toelichting', values: (plan) => entries(plan.interventies).map(([i, x]) => [`/interventies/${i}/voortzetting/toelichting`, x.voortzetting?.toelichting]) },
  { label: 'onderhoud', values: (plan) => entries(plan.interventies).map(([i, x]) => [`/interventies/${i}/voortzetting/onderhoud`, x.voortzetting?.onderhoud]) },
  { label: 'belang', values: (plan) => entries(plan.partners).map(([i, x]) => [`/partners/${i}/belang`, x.belang]) },
];

export const WP802: RuleDefinition = {
  code: 'WP802',
  name: 'copied-text',
  category: 'WP8',
  watches: ['/partners/*/belang', '/interventies/*/beschrijving', '/interventies/*/voortzetting/onderhoud', '/interventies/*/voortzetting/toelichting'],
  severity: 'info',
  summary: {
    nl: 'Dezelfde tekst staat bij meer onderdelen: een kopie zegt niets over dit onderdeel.',
    en: 'The same text stands under several items: a copy says nothing about this item.',
  },
  messages: {
    copiedIntervention: {
      nl: 'De tekst bij "{field}" van interventie "{item}" is dezelfde als bij interventie "{first}": schrijf op wat voor deze interventie zelf geldt, want een gekopieerde tekst zegt niets over wat juist zij bijdraagt.',
      en: 'The text at "{field}" of intervention "{item}" is the same as at intervention "{first}": write what holds for this intervention itself, because a copied text says nothing about what it contributes.',
    },
    copiedPartner: {
      nl: 'Het belang van partner "{item}" is dezelfde tekst als bij partner "{first}": schrijf op wat meedoen juist deze partner oplevert, want een gekopieerde tekst zegt niets over zijn eigen reden om mee te doen.',
      en: 'The interest of partner "{item}" is the same text as for partner "{first}": write what taking part brings this partner, because a copied text says nothing about its own reason to take part.',
    },
    original: {
      nl: 'Hier staat dezelfde tekst voor het eerst.',
      en: 'The same text first stands here.',
    },
  },
  sources: ['000'],
  rationale: {
    nl: 'Elk project hoort te laten zien wat het zelf bijdraagt aan de bredere doelen. Staat onder elke interventie dezelfde uitleg, of bij elke partner hetzelfde belang, dan is er één keer nagedacht en daarna geplakt; de vraag per onderdeel is dan niet beantwoord.',
    en: 'Each project should show what it contributes to the wider goals itself. When every intervention carries the same explanation, or every partner the same interest, someone thought once and pasted after that; the question per item has not been answered.',
  },
  check(ctx) {
    for (const field of FIELDS) {
      const seen = new Map<string, string>();
      for (const [pointer, value] of field.values(ctx.plan)) {
        if (typeof value !== 'string') continue;
        if ((value.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_WORDS) continue;
        const key = value.trim().replace(/\s+/g, ' ').toLowerCase();
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, pointer);
          continue;
        }
        ctx.report({
          pointer,
          messageId: field.label === 'belang' ? 'copiedPartner' : 'copiedIntervention',
          data: { field: field.label, item: itemName(ctx.plan, pointer), first: itemName(ctx.plan, first) },
          related: [{ pointer: first, messageId: 'original' }],
        });
      }
    }
  },
};

/** An item by its id, else by its position (a position ref: "de 2e interventie"). */
function itemName(plan: Plan, pointer: string): string {
  const [, list, index] = pointer.split('/');
  const item = (list === 'partners' ? plan.partners : plan.interventies)?.[Number(index)];
  return typeof item?.id === 'string' ? item.id : positionRef(Number(index));
}
