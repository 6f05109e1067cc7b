import { positionRef } from '../../vocabulary';
import { entries, formatDate, isMissing, planPeriod } from '../../model';
import { skeleton, yamlText } from '../../skeletons';
import type { RuleDefinition } from '../../rule';

export const WP413: RuleDefinition = {
  code: 'WP413',
  name: 'goal-without-indicator',
  category: 'WP4',
  watches: ['/doelen/*', '/doelen/*/indicatoren'],
  severity: 'warning',
  summary: {
    nl: 'Een doel heeft geen indicatoren.',
    en: 'A goal has no indicators.',
  },
  messages: {
    missing: {
      nl: 'Doel "{goal}" heeft geen indicatoren: voeg er minstens één toe, want zonder meetbare indicator kunt u niet aantonen of het doel dichterbij komt.',
      en: 'Goal "{goal}" has no indicators: add at least one, because without a measurable indicator you cannot show whether the goal comes closer.',
    },
  },
  sources: ['003'],
  rationale: {
    nl: 'Een doel zonder indicator is een wens: er is geen nulmeting, geen tussenmeting en dus geen bewijs welke interventies echt iets opleveren.',
    en: 'A goal without an indicator is a wish: there is no baseline, no interim measurement and so no evidence of which interventions really deliver.',
  },
  fixable: true,
  check(ctx) {
    const period = planPeriod(ctx.plan);
    // Every id of the plan, only once a fix needs a fresh one (a walk of the whole plan).
    let takenIds: Set<string> | undefined;
    for (const [i, goal] of entries(ctx.plan.doelen)) {
      if (!isMissing(goal.indicatoren)) continue;
      const pointer = `/doelen/${i}`;
      let value: string | undefined;
      if (period) {
        // The skeleton carries a baseline at the plan start and a target in the last year, so it
        // does not itself trigger WP401 (an error), WP402 or WP406; its id is new to the plan.
        const taken = (takenIds ??= idsIn(ctx.raw));
        const id = freshId(`I-${goal.id ?? `doel${i + 1}`}`, taken);
        taken.add(id);
        const lines = [
          `- id: ${id}`,
          `  naam: ${yamlText(skeleton('/doelen/*/indicatoren/*/naam'))}`,
          '  soort: outcome',
          `  nulmeting: { waarde: 0, datum: ${formatDate(period.start)}, bron: ${yamlText(skeleton('/doelen/*/indicatoren/*/nulmeting/bron'), true)} }`,
        ];
        if (period.end.year > period.start.year) lines.push(`  streefwaarden: [{ jaar: ${period.end.year}, waarde: 0 }]`);
        value = lines.join('\n');
      }
      ctx.report({
        pointer,
        messageId: 'missing',
        data: { goal: goal.id ?? positionRef(i) },
        fix: value
          ? { kind: 'insertKey', pointer, key: 'indicatoren', value, title: { nl: 'Voeg een indicator toe', en: 'Add an indicator' }, safe: false }
          : undefined,
      });
    }
  },
};

/** Every `id` used anywhere in the plan as written, since ids must be unique across all lists. */
function idsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) idsIn(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const key in value) {
      const child = (value as Record<string, unknown>)[key];
      if (key === 'id' && typeof child === 'string') found.add(child);
      else idsIn(child, found);
    }
  }
  return found;
}

function freshId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
