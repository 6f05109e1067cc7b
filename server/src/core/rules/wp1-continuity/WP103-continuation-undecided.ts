import { positionRef } from '../../vocabulary';
import { addYears, asList, asObject, compareDates, entries, formatDate, interventionEnd, isMissing, parseDate } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP103: RuleDefinition = {
  code: 'WP103',
  name: 'continuation-undecided',
  category: 'WP1',
  watches: ['/interventies/*/voortzetting', '/interventies/*/voortzetting/besluitmoment'],
  severity: 'warning',
  summary: {
    nl: 'Een voortzetting heeft geen besluitmoment vóór het einde van de interventie.',
    en: 'A continuation has no decision date before the intervention ends.',
  },
  messages: {
    missing: {
      nl: 'De voortzetting van interventie "{id}" heeft geen besluitmoment: leg vast wanneer over voortzetting wordt besloten, anders komt dat besluit pas als het geld al op is.',
      en: 'The continuation of intervention "{id}" has no decision date: set when continuation is decided, or that decision only comes once the money has run out.',
    },
    late: {
      nl: 'Het besluitmoment {date} van interventie "{id}" ligt na haar einde op {end}: kies een besluitmoment vóór het einde, anders valt er een gat tussen de laatste dag en het besluit.',
      en: 'The decision date {date} of intervention "{id}" is after its end on {end}: decide before the end, or a gap falls between its last day and the decision.',
    },
  },
  sources: ['000'],
  rationale: {
    nl: 'De vraag hoe een project na afloop verdergaat, blijft bij de start vaak liggen. Een besluitmoment ruim vóór het einde dwingt die vraag op tijd op tafel, zodat er nog ruimte is om financiering of een overdracht te regelen.',
    en: 'The question how a project continues after it ends is often left open at the start. A decision date well before the end puts that question on the table in time, while there is still room to arrange funding or a handover.',
  },
  fixable: true,
  check(ctx) {
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      const voortzetting = intervention.voortzetting;
      if (!voortzetting) continue;
      const id = intervention.id ?? positionRef(index);
      const pointer = `/interventies/${index}/voortzetting`;
      // Without a known end (its own `eind` broken) the "after the end" half stays silent.
      const end = interventionEnd(ctx.plan, intervention);
      if (isMissing(voortzetting.besluitmoment)) {
        // A date that is written but broken is WP002's; a rule that needs it stays silent
        // (rules.md, details). Only a besluitmoment that is not there at all is reported.
        if (!isMissing(rawDecisionDate(ctx.raw, index))) continue;
        ctx.report({
          pointer,
          messageId: 'missing',
          data: { id },
          // One year before the end leaves time to arrange what follows; without a known end
          // there is no date to propose.
          fix: end && {
            kind: 'insertKey',
            pointer,
            key: 'besluitmoment',
            value: formatDate(addYears(end, -1)),
            title: { nl: 'Voeg een besluitmoment toe, een jaar voor het einde', en: 'Add a decision date, one year before the end' },
            safe: false,
          },
        });
        continue;
      }
      const date = parseDate(voortzetting.besluitmoment);
      if (!date || !end || compareDates(date, end) <= 0) continue;
      ctx.report({ pointer, messageId: 'late', data: { id, date: formatDate(date), end: formatDate(end) } });
    }
  },
};

/** The besluitmoment as written, before the schema check removed a broken one. */
function rawDecisionDate(raw: unknown, index: number): unknown {
  return asObject(asObject(asList(asObject(raw)?.interventies)[index])?.voortzetting)?.besluitmoment;
}
