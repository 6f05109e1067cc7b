import { positionRef } from '../../vocabulary';
import { entries, GOVERNMENT_KINDS, idIndex, isMissing, type Interventie, type Plan } from '../../model';
import type { RuleDefinition } from '../../rule';

/**
 * The partner a handover most likely goes to: a non-government owner of the intervention,
 * else any non-government partner, else the first partner. Only ids that exist are offered.
 */
function likelyRecipient(plan: Plan, intervention: Interventie): string | undefined {
  const known = idIndex(plan).partner;
  const kindOf = new Map<string, string | undefined>();
  for (const [, partner] of entries(plan.partners)) if (typeof partner.id === 'string' && !kindOf.has(partner.id)) kindOf.set(partner.id, partner.soort);
  const nonGovernment = (id: string) => !GOVERNMENT_KINDS.has(kindOf.get(id) ?? '');
  const owners = entries(intervention.eigenaars).map(([, id]) => id).filter((id) => known.has(id));
  return owners.find(nonGovernment) ?? [...known.keys()].find(nonGovernment) ?? [...known.keys()][0];
}

export const WP107: RuleDefinition = {
  code: 'WP107',
  name: 'handover-without-recipient',
  category: 'WP1',
  watches: ['/interventies/*/voortzetting', '/interventies/*/voortzetting/strategie', '/interventies/*/voortzetting/naar'],
  severity: 'warning',
  summary: {
    nl: 'Een interventie wordt overgedragen zonder te zeggen aan wie.',
    en: 'An intervention is handed over without saying to whom.',
  },
  messages: {
    missing: {
      nl: 'Interventie "{id}" wordt overgedragen, maar er staat niet aan wie: noem de partner die het werk overneemt (naar), anders voelt niemand zich er straks verantwoordelijk voor.',
      en: 'Intervention "{id}" is handed over, but not to whom: name the partner that takes over the work (naar), or no one will feel responsible for it later.',
    },
  },
  sources: ['000', '001'],
  rationale: {
    nl: 'Overdragen werkt alleen als een bestaande partij het werk echt als het hare gaat dragen. Door die partij bij naam te noemen, kan zij zich er ook op voorbereiden en zich eraan verbinden.',
    en: 'Handing over only works when an existing party really takes the work on as its own. Naming that party lets it prepare for the handover and commit to it.',
  },
  fixable: true,
  check(ctx) {
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      const voortzetting = intervention.voortzetting;
      if (voortzetting?.strategie !== 'overdragen' || !isMissing(voortzetting.naar)) continue;
      const pointer = `/interventies/${index}/voortzetting`;
      const recipient = likelyRecipient(ctx.plan, intervention);
      ctx.report({
        pointer,
        messageId: 'missing',
        data: { id: intervention.id ?? positionRef(index) },
        fix: recipient
          ? {
              kind: 'insertKey',
              pointer,
              key: 'naar',
              value: recipient,
              title: { nl: `Draag over aan "${recipient}"`, en: `Hand over to "${recipient}"` },
              safe: false,
            }
          : undefined,
      });
    }
  },
};
