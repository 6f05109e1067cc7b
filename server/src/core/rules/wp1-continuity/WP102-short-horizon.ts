import { addDays, addYears, compareDates, formatDate, planPeriod, spansAtLeastYears } from '../../model';
import type { RuleDefinition } from '../../rule';

/** At or below this many years the plan is an error, whatever `minHorizonYears` says. */
const ERROR_YEARS = 4;

export const WP102: RuleDefinition = {
  code: 'WP102',
  name: 'short-horizon',
  category: 'WP1',
  watches: ['/looptijd'],
  severity: 'warning',
  severities: ['warning', 'error'],
  summary: {
    nl: 'De looptijd van het plan is te kort voor blijvend resultaat.',
    en: 'The plan\'s period is too short for lasting results.',
  },
  messages: {
    short: {
      nl: 'De looptijd ({start} tot en met {eind}) is korter dan {years} jaar: blijvend resultaat in een wijk vraagt een lange adem, dus plan voor minstens {years} jaar.',
      en: 'The period ({start} to {eind}) is shorter than {years} years: lasting results in a neighbourhood need staying power, so plan for at least {years} years.',
    },
    tooShort: {
      nl: 'De looptijd ({start} tot en met {eind}) is {limit} jaar of korter: zo\'n kort programma verdwijnt vaak voordat er iets blijvend verandert, dus plan voor minstens {years} jaar.',
      en: 'The period ({start} to {eind}) is {limit} years or shorter: a programme this short often disappears before anything changes for good, so plan for at least {years} years.',
    },
  },
  sources: ['001', '004'],
  rationale: {
    nl: 'Volgens de projectleiders in Wijkengids 2 horen gemeenten en Rijk hun belofte na te komen om de aanpak tien jaar vol te houden, en in Leeuwarden Oost zegden zo\'n vijftig partners hun inzet toe voor twintig jaar, omdat een programma met een korte horizon vaak al na één bestuursperiode verdwijnt. Een korte looptijd maakt borging bij voorbaat lastig.',
    en: 'According to the project leaders in Wijkengids 2, municipalities and national government should keep their promise to sustain the approach for ten years, and in Leeuwarden Oost some fifty partners pledged their effort for twenty years, because a programme with a short horizon often disappears after a single term of office. A short period makes borging hard from the start.',
  },
  thresholds: ['minHorizonYears'],
  check(ctx) {
    const period = planPeriod(ctx.plan);
    if (!period) return;
    const years = ctx.thresholds.minHorizonYears;
    const data = { start: formatDate(period.start), eind: formatDate(period.end), years };
    // rules.md: an error when eind + 1 day <= start + 4 years.
    if (compareDates(addDays(period.end, 1), addYears(period.start, ERROR_YEARS)) <= 0) {
      ctx.report({ pointer: '/looptijd', messageId: 'tooShort', severity: 'error', data: { ...data, limit: ERROR_YEARS } });
    } else if (!spansAtLeastYears(period.start, period.end, years)) {
      ctx.report({ pointer: '/looptijd', messageId: 'short', data });
    }
  },
};
