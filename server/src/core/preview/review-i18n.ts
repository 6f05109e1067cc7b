/**
 * The review page's own words, Dutch and English. Kept apart from the preview's labels so the
 * preview itself is unchanged when no review is drawn. B1 Dutch, "u", dates as the preview writes them.
 */
import type { Effect } from '../review';
import type { Lang } from '../types';

export interface ReviewLabels {
  sectionChanges: string;
  documentTitle: string;
  compared: (before: string, after: string) => string;
  changesIntro: string;
  scoreLine: string;
  effect: Record<Effect, string>;
  /** The heading of a group: "Zwakker (3)". */
  group: (effect: Effect, n: number) => string;
  summary: (weaker: number, accepted: number, stronger: number, neutral: number) => string;
  noChanges: string;
  accepted: string;
  lineIn: (line: number, file: string) => string;
  previousVersion: string;
  thisVersion: string;
  was: (text: string) => string;
  changeCol: string;
  newHere: string;
  removedHere: string;
  earlier: string;
  later: string;
  same: string;
  oldTotalLegend: string;
  moneyAriaOld: string;
  colOldTotal: string;
  colDifference: string;
  endDatesTitle: string;
  endDatesIntro: string;
  endDatesAria: (n: number, changed: number) => string;
  colPart: string;
  rowPlanEnd: string;
  rowCommitment: (partner: string) => string;
  rowSource: (source: string) => string;
  paysThrough: (year: number) => string;
  removedPartners: string;
  removedPartnersIntro: string;
  commitmentUntil: (date: string) => string;
  noCommitment: string;
  planEndWas: (date: string) => string;
  sourceWas: (name: string, years: string) => string;
  markLabel: (effect: string, message: string) => string;
}

export const REVIEW_LABELS: Record<Lang, ReviewLabels> = {
  nl: {
    sectionChanges: 'Wat is er veranderd',
    documentTitle: 'Wijziging van het wijkplan',
    compared: (before, after) => `Deze pagina vergelijkt ${before} (vorige versie) met ${after} (deze versie).`,
    changesIntro:
      'Zwakker betekent: de borging van het plan wordt minder sterk. Sterker betekent: de borging wordt sterker. Neutraal betekent: het plan zegt iets anders, maar de borging verandert niet.',
    scoreLine: 'Borgingsscore',
    effect: { weaker: 'Zwakker', stronger: 'Sterker', neutral: 'Neutraal' },
    group: (effect, n) => `${{ weaker: 'Zwakker', stronger: 'Sterker', neutral: 'Neutraal' }[effect]} (${n})`,
    summary: (weaker, accepted, stronger, neutral) =>
      `${weaker} zwakker${accepted > 0 ? ` (waarvan ${accepted} geaccepteerd)` : ''}, ${stronger} sterker, ${neutral} neutraal`,
    noChanges: 'Er is niets veranderd in wat het plan belooft.',
    accepted: 'geaccepteerd',
    lineIn: (line, file) => `regel ${line} in ${file}`,
    previousVersion: 'Vorige versie',
    thisVersion: 'Deze versie',
    was: (text) => `vorige versie: ${text}`,
    changeCol: 'Verandering',
    newHere: 'nieuw',
    removedHere: 'weggehaald',
    earlier: 'eerder',
    later: 'later',
    same: 'gelijk',
    oldTotalLegend: 'totaal in de vorige versie (omlijnd)',
    moneyAriaOld: ' Naast elk jaar staat het totaal van de vorige versie als omlijnde staaf.',
    colOldTotal: 'Totaal vorige versie',
    colDifference: 'Verschil',
    endDatesTitle: 'Einddatums: vorige versie en deze versie',
    endDatesIntro: 'Tot wanneer het plan loopt, tot wanneer elke partner iets toezegt en tot welk jaar elke bron betaalt. Een open rondje is de vorige versie, een dicht rondje deze versie.',
    endDatesAria: (n, changed) => `Einddatums van ${n} onderdelen in de vorige versie en in deze versie; ${changed} ${changed === 1 ? 'is' : 'zijn'} veranderd. De tabel hieronder geeft dezelfde gegevens.`,
    colPart: 'Onderdeel',
    rowPlanEnd: 'Looptijd van het plan',
    rowCommitment: (partner) => `Toezegging van ${partner}`,
    rowSource: (source) => `Geld van ${source}`,
    paysThrough: (year) => `tot en met ${year}`,
    removedPartners: 'Partners die zijn weggehaald',
    removedPartnersIntro: 'Deze partners stonden in de vorige versie, maar staan niet meer in het plan.',
    commitmentUntil: (date) => `toezegging tot ${date}`,
    noCommitment: 'geen toezegging',
    planEndWas: (date) => `Vorige versie: het plan liep tot ${date}`,
    sourceWas: (name, years) => `${name}, vorige versie: ${years}`,
    markLabel: (effect, message) => `${effect}: ${message}`,
  },
  en: {
    sectionChanges: 'What changed',
    documentTitle: 'Change to the neighbourhood plan',
    compared: (before, after) => `This page compares ${before} (previous version) with ${after} (this version).`,
    changesIntro:
      "Weaker means: the plan's borging becomes less strong. Stronger means: the borging becomes stronger. Neutral means: the plan says something else, but the borging does not change.",
    scoreLine: 'Borging score',
    effect: { weaker: 'Weaker', stronger: 'Stronger', neutral: 'Neutral' },
    group: (effect, n) => `${{ weaker: 'Weaker', stronger: 'Stronger', neutral: 'Neutral' }[effect]} (${n})`,
    summary: (weaker, accepted, stronger, neutral) => `${weaker} weaker${accepted > 0 ? ` (${accepted} accepted)` : ''}, ${stronger} stronger, ${neutral} neutral`,
    noChanges: 'Nothing changed in what the plan commits to.',
    accepted: 'accepted',
    lineIn: (line, file) => `line ${line} in ${file}`,
    previousVersion: 'Previous version',
    thisVersion: 'This version',
    was: (text) => `previous version: ${text}`,
    changeCol: 'Change',
    newHere: 'new',
    removedHere: 'removed',
    earlier: 'earlier',
    later: 'later',
    same: 'same',
    oldTotalLegend: 'total in the previous version (outlined)',
    moneyAriaOld: ' Beside each year, the total of the previous version is an outlined bar.',
    colOldTotal: 'Total, previous version',
    colDifference: 'Difference',
    endDatesTitle: 'End dates: previous version and this version',
    endDatesIntro: 'Until when the plan runs, until when each partner is committed and until which year each source pays. An open circle is the previous version, a filled circle this version.',
    endDatesAria: (n, changed) => `End dates of ${n} parts in the previous version and in this version; ${changed} changed. The table below gives the same data.`,
    colPart: 'Part',
    rowPlanEnd: 'Plan period',
    rowCommitment: (partner) => `Commitment of ${partner}`,
    rowSource: (source) => `Money from ${source}`,
    paysThrough: (year) => `through ${year}`,
    removedPartners: 'Partners that were removed',
    removedPartnersIntro: 'These partners were in the previous version, but are no longer in the plan.',
    commitmentUntil: (date) => `committed until ${date}`,
    noCommitment: 'no commitment',
    planEndWas: (date) => `Previous version: the plan ran until ${date}`,
    sourceWas: (name, years) => `${name}, previous version: ${years}`,
    markLabel: (effect, message) => `${effect}: ${message}`,
  },
};
