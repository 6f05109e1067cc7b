import { parseConfig, type ConfigData } from '../core/config';
import { RULES_BY_CODE } from '../core/rules/index';
import type { ConfiguredSeverity, Lang, LocalizedText } from '../core/types';

/** The `wijkplan.*` settings after checking, ready to lay under a `.wijkplanrc` file. */
export interface EffectiveSettings {
  language: 'auto' | Lang;
  /** `preset`, `rules` and `thresholds` as a configuration layer (extends, regels, drempels). */
  layer: ConfigData;
  /** What was wrong in the settings and left out, one message per entry. */
  problems: LocalizedText[];
}

export const DEFAULT_SETTINGS: EffectiveSettings = { language: 'auto', layer: {}, problems: [] };

const KNOWN_CODES: ReadonlySet<string> = new Set(RULES_BY_CODE.keys());

/**
 * Reads the `wijkplan` settings section. Each rule and threshold is checked the way a
 * configuration file is (the same schema), and what is invalid is left out with a message,
 * so one typo in the settings does not switch everything off.
 */
export function readSettings(raw: unknown): EffectiveSettings {
  const settings = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const problems: LocalizedText[] = [];
  const language = settings.language === 'nl' || settings.language === 'en' ? settings.language : 'auto';
  if (settings.language !== undefined && settings.language !== null && !['auto', 'nl', 'en'].includes(String(settings.language))) {
    problems.push({ nl: `wijkplan.language "${String(settings.language)}" is onbekend; "auto" wordt gebruikt.`, en: `wijkplan.language "${String(settings.language)}" is unknown; "auto" is used.` });
  }
  const layer: ConfigData = {};
  if (settings.preset !== undefined && settings.preset !== null) {
    const check = parseConfig(JSON.stringify({ extends: settings.preset }), KNOWN_CODES);
    if (check.problems.length === 0) layer.extends = settings.preset as ConfigData['extends'];
    else problems.push(prefixed('wijkplan.preset', check.problems[0].message));
  }
  const rules = settings.rules;
  if (rules !== null && typeof rules === 'object' && !Array.isArray(rules)) {
    const regels: Record<string, ConfiguredSeverity> = {};
    for (const [code, severity] of Object.entries(rules)) {
      const check = parseConfig(JSON.stringify({ regels: { [code]: severity } }), KNOWN_CODES);
      if (check.problems.length === 0) regels[code] = severity as ConfiguredSeverity;
      else problems.push(prefixed(`wijkplan.rules.${code}`, check.problems[0].message));
    }
    if (Object.keys(regels).length > 0) layer.regels = regels;
  }
  const thresholds = settings.thresholds;
  if (thresholds !== null && typeof thresholds === 'object' && !Array.isArray(thresholds)) {
    const drempels: Record<string, number> = {};
    for (const [name, value] of Object.entries(thresholds)) {
      const check = parseConfig(JSON.stringify({ drempels: { [name]: value } }), KNOWN_CODES);
      if (check.problems.length === 0) drempels[name] = value as number;
      else problems.push(prefixed(`wijkplan.thresholds.${name}`, check.problems[0].message));
    }
    if (Object.keys(drempels).length > 0) layer.drempels = drempels;
  }
  return { language, layer, problems };
}

function prefixed(setting: string, message: LocalizedText): LocalizedText {
  return { nl: `${setting}: ${message.nl}`, en: `${setting}: ${message.en}` };
}
