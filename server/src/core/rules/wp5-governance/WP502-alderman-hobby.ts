import type { RuleDefinition } from '../../rule';

export const WP502: RuleDefinition = {
  code: 'WP502',
  name: 'alderman-hobby',
  category: 'WP5',
  watches: ['/bestuur/vastgesteld', '/bestuur/vastgesteld/door'],
  severity: 'warning',
  summary: {
    nl: 'Het plan is vastgesteld door een wethouder of stuurgroep, niet door raad of college.',
    en: 'The plan was adopted by an alderman or steering group, not by the council or executive.',
  },
  messages: {
    narrow: {
      nl: 'Het plan is vastgesteld door de {door}: laat ook raad of college het vaststellen, want anders blijft de aanpak de zaak van enkelen en verdwijnt ze met hen.',
      en: 'The plan was adopted by someone other than the council or executive board ("{door}"): have one of them adopt it too, or the approach stays the business of a few.',
    },
  },
  sources: ['003', '000'],
  rationale: {
    nl: 'Een aanpak die alleen op een enthousiaste wethouder of een stuurgroep rust, lijkt de hobby van enkelen; verankering bij het hele college en de raad maakt haar onafhankelijk van personen.',
    en: 'An approach that rests only on an enthusiastic alderman or a steering group looks like a personal hobby; anchoring it with the whole executive and the council makes it independent of people.',
  },
  check(ctx) {
    const adopted = ctx.plan.bestuur?.vastgesteld;
    if (adopted?.door !== 'wethouder' && adopted?.door !== 'stuurgroep') return;
    ctx.report({ pointer: '/bestuur/vastgesteld', messageId: 'narrow', data: { door: adopted.door } });
  },
};
