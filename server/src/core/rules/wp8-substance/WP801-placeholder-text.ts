import type { RuleDefinition } from '../../rule';

/** At most this many characters of the placeholder are quoted in the message. */
const QUOTE_LIMIT = 60;

export const WP801: RuleDefinition = {
  code: 'WP801',
  name: 'placeholder-text',
  category: 'WP8',
  severity: 'warning',
  summary: {
    nl: 'Een tekst is nog niet ingevuld: er staat sjabloontekst.',
    en: 'A text is not filled in yet: it holds template text.',
  },
  messages: {
    placeholder: {
      nl: 'Bij "{field}" staat nog sjabloontekst ("{text}"): schrijf hier het echte antwoord, want tot dan telt deze tekst voor geen enkele regel mee.',
      en: 'The text at "{field}" is still template text ("{text}"): write the real answer here, because until then no rule counts this text.',
    },
  },
  sources: ['001'],
  rationale: {
    nl: 'Een plan draagt pas iets als de mensen die het uitvoeren het hebben ingevuld. Sjabloontekst zoals "(naam van de wijk)" of "in te vullen" laat zien dat een vraag nog open staat; telt Wijkplan zo\'n tekst als antwoord, dan lijkt een leeg plan net zo goed als een doordacht plan.',
    en: 'A plan only carries anything once the people who carry it out have filled it in. Template text such as "(naam van de wijk)" or "in te vullen" shows a question is still open; counting it as an answer would make an empty plan look as good as a thought-through one.',
  },
  check(ctx) {
    // The engine finds the placeholders (core/placeholder.ts) and removes them from the plan
    // every other rule sees; this rule reports each one once, at the value.
    for (const place of ctx.placeholders) {
      const text = place.text.trim().replace(/\s+/g, ' ');
      ctx.report({
        pointer: place.pointer,
        messageId: 'placeholder',
        data: { field: place.field, text: text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text },
      });
    }
  },
};
