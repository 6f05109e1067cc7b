import { entries, isMissing } from '../../model';
import type { RuleDefinition } from '../../rule';

export const WP602: RuleDefinition = {
  code: 'WP602',
  name: 'residents-not-setting-agenda',
  category: 'WP6',
  watches: ['/bewoners/betrokkenheid'],
  severity: 'info',
  summary: {
    nl: 'Bewoners doen niet mee aan gebiedsanalyse of wijkagenda.',
    en: 'Residents take no part in the area analysis or the neighbourhood agenda.',
  },
  messages: {
    late: {
      nl: 'Bewoners doen mee, maar niet aan de gebiedsanalyse of de wijkagenda: wie pas bij de uitvoering aanschuift, voert andermans plan uit in plaats van het eigen plan.',
      en: 'Residents take part, but not in the area analysis (gebiedsanalyse) or the neighbourhood agenda (wijkagenda): joining only for delivery means carrying out someone else\'s plan rather than their own.',
    },
  },
  sources: ['002'],
  rationale: {
    nl: 'Wijkplannen worden beter en breder gedragen als bewoners vanaf het begin samen de buurt analyseren en de agenda opstellen, niet alleen meedoen als het plan al vastligt.',
    en: 'Plans get better and more widely supported when residents analyse the area and draw up the agenda from the start, not only join once the plan is fixed.',
  },
  check(ctx) {
    const involvement = ctx.plan.bewoners?.betrokkenheid;
    // A missing or empty list is WP601's to report.
    if (isMissing(involvement)) return;
    if (entries(involvement).some(([, form]) => form === 'gebiedsanalyse' || form === 'wijkagenda')) return;
    ctx.report({ pointer: '/bewoners/betrokkenheid', messageId: 'late' });
  },
};
