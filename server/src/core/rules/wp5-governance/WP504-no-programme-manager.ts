import { entries, isMissing } from '../../model';
import { skeleton, yamlText } from '../../skeletons';
import { insertIntoSection, type RuleDefinition } from '../../rule';

export const WP504: RuleDefinition = {
  code: 'WP504',
  name: 'no-programme-manager',
  category: 'WP5',
  watches: ['/bestuur', '/bestuur/programmamanager'],
  severity: 'info',
  summary: {
    nl: 'Het plan heeft geen programmamanager.',
    en: 'The plan has no programme manager.',
  },
  messages: {
    missing: {
      nl: 'Het plan noemt geen programmamanager: noem de rol en de organisatie, want zonder iemand die de partners verbindt, valt de regie uiteen.',
      en: 'The plan names no programme manager (programmamanager): name the role and the organisation, because without someone who connects the partners, direction falls apart.',
    },
  },
  sources: ['004', '000'],
  rationale: {
    nl: 'In Leeuwarden Oost heeft de programmamanager een sleutelrol: die geeft leiding, bewaakt de grote lijn en onderhoudt de contacten met de partners. Het formaat legt dat vast als rol bij een organisatie.',
    en: 'In Leeuwarden Oost the programme manager has a key role: leading, guarding the overall course and keeping in touch with the partners. The format records that as a role at an organisation.',
  },
  fixable: true,
  check(ctx) {
    const governance = ctx.plan.bestuur;
    if (!isMissing(governance?.programmamanager)) return;
    // The skeleton places the role at the municipality when there is one, else at the first partner.
    const partners = entries(ctx.plan.partners).map(([, partner]) => partner).filter((partner) => partner.id);
    const organisation = (partners.find((partner) => partner.soort === 'gemeente') ?? partners[0])?.id;
    const value = organisation
      ? `{ rol: ${yamlText(skeleton('/bestuur/programmamanager/rol'), true)}, organisatie: ${organisation}, vervanger: ${yamlText(skeleton('/bestuur/programmamanager/vervanger'), true)} }`
      : undefined;
    const title = { nl: 'Voeg een programmamanager toe', en: 'Add a programme manager' };
    ctx.report({
      pointer: governance ? '/bestuur' : '',
      messageId: 'missing',
      fix: value
        ? insertIntoSection('bestuur', Boolean(governance), 'programmamanager', value, title, false)
        : undefined,
    });
  },
};
