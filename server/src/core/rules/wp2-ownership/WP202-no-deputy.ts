import { positionRef } from '../../vocabulary';
import { entries, isMissing, type Trekker } from '../../model';
import { skeleton, yamlText } from '../../skeletons';
import type { InsertKeyFix, RuleDefinition } from '../../rule';

function deputyFix(pointer: string): InsertKeyFix {
  return {
    kind: 'insertKey',
    pointer,
    key: 'vervanger',
    value: yamlText(skeleton(pointer === '/bestuur/programmamanager' ? '/bestuur/programmamanager/vervanger' : '/interventies/*/trekker/vervanger')),
    title: { nl: 'Voeg een vervanger toe', en: 'Add a deputy' },
    safe: true,
  };
}

function isObject(value: unknown): value is Trekker {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export const WP202: RuleDefinition = {
  code: 'WP202',
  name: 'no-deputy',
  category: 'WP2',
  watches: ['/bestuur/programmamanager', '/bestuur/programmamanager/vervanger', '/interventies/*/trekker', '/interventies/*/trekker/vervanger'],
  severity: 'warning',
  summary: {
    nl: 'Een trekker of programmamanager heeft geen vervanger.',
    en: 'A lead or programme manager has no deputy.',
  },
  messages: {
    trekker: {
      nl: 'De trekker van interventie "{id}" heeft geen vervanger: noem de rol die het werk overneemt als de trekker vertrekt, zodat het niet stilvalt.',
      en: 'The lead of intervention "{id}" has no deputy: name the role that takes over the work when the lead leaves, so it does not stall.',
    },
    programmamanager: {
      nl: 'De programmamanager heeft geen vervanger: noem een rol die de regie overneemt, zodat die niet wegvalt met één persoon.',
      en: 'The programme manager has no deputy: name a role that takes over, so direction does not leave with one person.',
    },
  },
  sources: ['001'],
  rationale: {
    nl: 'Succes mag niet afhangen van één persoon: wie trekt, vertrekt ooit. Een vaste vervanger houdt kennis en contacten in de organisatie.',
    en: 'Success must not depend on one person: whoever leads will leave one day. A named deputy keeps knowledge and contacts in the organisation.',
  },
  fixable: true,
  check(ctx) {
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      const trekker = intervention.trekker;
      if (!isObject(trekker) || !isMissing(trekker.vervanger)) continue;
      const pointer = `/interventies/${index}/trekker`;
      ctx.report({ pointer, messageId: 'trekker', data: { id: intervention.id ?? positionRef(index) }, fix: deputyFix(pointer) });
    }
    const manager = ctx.plan.bestuur?.programmamanager;
    if (isObject(manager) && isMissing(manager.vervanger)) {
      const pointer = '/bestuur/programmamanager';
      ctx.report({ pointer, messageId: 'programmamanager', fix: deputyFix(pointer) });
    }
  },
};
