import type { Lang } from '../../server/src/core/types';

/**
 * The client's own texts, in the language the server chose (`wijkplan/language`). They are
 * not looked up with `vscode.l10n` on purpose: that follows VS Code's display language, and
 * then a German VS Code showed an English status bar beside Dutch diagnostics. Command titles
 * and setting descriptions in package.nls*.json do follow VS Code's display language: VS Code
 * reads those itself before any server runs.
 */
const TEXTS = {
  nl: {
    serverRestarted: 'De taalserver van Wijkplan is herstart.',
    whichRule: 'Welke regel?',
    scoreName: 'Borgingsscore',
    scoreLabel: 'Borging',
    scoreUnavailable: 'Geen borgingsscore: los eerst de fouten in de opbouw van het plan op (WP0xx).',
    scoreOf: 'Borgingsscore {0} van 100.',
    categories: 'Per onderdeel:',
    openPreview: 'Klik om de voorvertoning te openen.',
    openPlanFirst: 'Open een wijkplan om de voorvertoning te zien.',
    previewTitle: 'Wijkplan-voorvertoning',
    preview: 'Voorbeeld',
    serverUnavailable: 'De taalserver van Wijkplan antwoordt niet. Herstart hem met "Wijkplan: taalserver herstarten".',
    noGit: 'Vergelijken kan alleen met een plan in een git-repository, met de git-extensie van VS Code aan.',
    notInHead: 'Dit plan staat nog niet in de laatste commit: er is niets om mee te vergelijken.',
    reviewTitle: 'Wijkplan: wat is er veranderd',
    weakerCount: '{0} zwakker',
    weakerTooltip: '{0} wijzigingen sinds de laatste commit maken de borging zwakker. Gebruik "Vergelijken met de laatste commit" om ze te zien.',
  },
  en: {
    serverRestarted: 'The Wijkplan language server was restarted.',
    whichRule: 'Which rule?',
    scoreName: 'Borging score',
    scoreLabel: 'Borging',
    scoreUnavailable: 'No borging score: first fix the errors in the structure of the plan (WP0xx).',
    scoreOf: 'Borging score {0} of 100.',
    categories: 'Per part:',
    openPreview: 'Click to open the preview.',
    openPlanFirst: 'Open a wijkplan to see its preview.',
    previewTitle: 'Wijkplan preview',
    preview: 'Preview',
    serverUnavailable: 'The Wijkplan language server does not answer. Restart it with "Wijkplan: Restart language server".',
    noGit: 'Comparing works for a plan in a git repository, with VS Code\'s git extension enabled.',
    notInHead: 'This plan is not in the last commit yet: there is nothing to compare with.',
    reviewTitle: 'Wijkplan: what changed',
    weakerCount: '{0} weaker',
    weakerTooltip: '{0} changes since the last commit make the borging weaker. Use "Compare with the last commit" to see them.',
  },
} as const;

export type TextKey = keyof (typeof TEXTS)['nl'];

/** The language the server announced; until it does, VS Code's display language is the guess. */
export class ClientLanguage {
  private current: Lang;
  private readonly listeners: Array<(lang: Lang) => void> = [];

  constructor(displayLanguage: string) {
    // The same rule as the server's, so the guess is right until the server speaks.
    this.current = displayLanguage.toLowerCase().startsWith('en') ? 'en' : 'nl';
  }

  get lang(): Lang {
    return this.current;
  }

  set(lang: Lang): void {
    if (lang !== 'nl' && lang !== 'en') return;
    if (lang === this.current) return;
    this.current = lang;
    for (const listener of this.listeners) listener(lang);
  }

  onChange(listener: (lang: Lang) => void): void {
    this.listeners.push(listener);
  }

  t(key: TextKey, ...values: Array<string | number>): string {
    return TEXTS[this.current][key].replace(/\{(\d+)\}/g, (whole, index: string) => (values[Number(index)] === undefined ? whole : String(values[Number(index)])));
  }
}
