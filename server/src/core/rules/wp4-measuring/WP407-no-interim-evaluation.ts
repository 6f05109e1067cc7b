import { addYears, compareDates, entries, formatDate, idIndex, isMissing, parseDate, planPeriod } from '../../model';
import { skeleton, yamlText } from '../../skeletons';
import type { InsertKeyFix, RuleDefinition } from '../../rule';

export const WP407: RuleDefinition = {
  code: 'WP407',
  name: 'no-interim-evaluation',
  category: 'WP4',
  watches: ['/evaluatie', '/evaluatie/momenten', '/evaluatie/momenten/*/soort'],
  severity: 'warning',
  summary: {
    nl: 'Er is geen tussentijdse evaluatie binnen de looptijd.',
    en: 'There is no interim evaluation within the plan period.',
  },
  messages: {
    missing: {
      nl: 'Het plan heeft geen tussentijdse evaluatie binnen de looptijd ({start} tot en met {eind}): zonder tussenmoment is pas aan het eind te zien wat werkt, als bijsturen niet meer kan.',
      en: 'The plan has no interim evaluation within its period ({start} to {eind}): without one you only learn what works at the end, when it is too late to steer.',
    },
  },
  sources: ['001', '003'],
  rationale: {
    nl: 'Een tussentijdse evaluatie laat op tijd zien wat werkt en wat niet, zodat partners kunnen bijsturen, het kaf van het koren kunnen scheiden en resultaten niet pas achteraf blijken.',
    en: 'An interim evaluation shows in time what works and what does not, so partners can steer, keep what works and drop what does not, instead of finding out afterwards.',
  },
  fixable: true,
  check(ctx) {
    const period = planPeriod(ctx.plan);
    if (!period) return;
    const evaluation = ctx.plan.evaluatie;
    let hasInterim = false;
    let undated = false;
    for (const [, moment] of entries(evaluation?.momenten)) {
      if (moment.soort !== 'tussentijds') continue;
      const date = parseDate(moment.datum);
      // An interim moment whose date is broken or missing (WP002) may well lie inside the
      // period: a rule that needs a broken date stays silent (rules.md).
      if (!date) undated = true;
      else if (compareDates(date, period.start) >= 0 && compareDates(date, period.end) <= 0) hasInterim = true;
    }
    if (hasInterim || undated) return;

    // A skeleton moment one year into the plan (or at its end, for a shorter plan). Only a
    // missing list can be given one: adding an item to an existing list is not a key insertion.
    const oneYearIn = addYears(period.start, 1);
    const date = compareDates(oneYearIn, period.end) <= 0 ? oneYearIn : period.end;
    const partner = [...idIndex(ctx.plan).partner.keys()][0];
    const met = partner ? `, met: [${partner}]` : '';
    const moment = `[{ datum: ${formatDate(date)}, soort: tussentijds${met}, onderwerp: ${yamlText(skeleton('/evaluatie/momenten/*/onderwerp'), true)} }]`;
    const title = { nl: 'Voeg een tussentijdse evaluatie toe', en: 'Add an interim evaluation' };
    let fix: InsertKeyFix | undefined;
    if (!evaluation) fix = { kind: 'insertKey', pointer: '', key: 'evaluatie', value: `momenten: ${moment}`, title, safe: false };
    else if (isMissing(evaluation.momenten)) fix = { kind: 'insertKey', pointer: '/evaluatie', key: 'momenten', value: moment, title, safe: false };

    ctx.report({
      pointer: evaluation ? '/evaluatie' : '',
      messageId: 'missing',
      data: { start: formatDate(period.start), eind: formatDate(period.end) },
      fix,
    });
  },
};
