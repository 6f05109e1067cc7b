import { validateConfig } from './generated/validators';
import configSchema from '../../../schemas/wijkplanrc.schema.json';
import { parseText, rangeForPointer } from './parse';
import { fromAjvErrors, runValidator } from './schema';
import type { ConfiguredSeverity, LocalizedText, Preset, Range, ResolvedConfig, Thresholds } from './types';
import { DEFAULT_CONFIG, DEFAULT_THRESHOLDS } from './types';
import { UNCONFIGURABLE } from './rules/index';

/** A problem in a configuration file, with where it is. */
export interface ConfigProblem {
  pointer: string;
  range: Range;
  message: LocalizedText;
}

export interface ConfigResult {
  /** What the file sets, for layering over editor settings; empty when it is invalid. */
  data: ConfigData;
  config: ResolvedConfig;
  problems: ConfigProblem[];
}

/** What a configuration file says, before presets and defaults are applied. */
export interface ConfigData {
  extends?: Preset;
  regels?: Record<string, ConfiguredSeverity>;
  drempels?: Partial<Thresholds>;
}

/**
 * Reads a `.wijkplanrc.yaml` or `.wijkplanrc.json` text (JSON is YAML too). Configuration is
 * data only: nothing in it is executed or fetched. Unknown codes are checked against
 * `knownCodes`, which the caller passes from the rule registry.
 */
export function parseConfig(text: string, knownCodes: ReadonlySet<string>): ConfigResult {
  const parsed = parseText(text);
  const problems: ConfigProblem[] = [];
  const at = (pointer: string, message: LocalizedText) => problems.push({ pointer, range: rangeForPointer(parsed, pointer), message });

  if (parsed.syntaxProblems.length > 0) {
    const offset = parsed.syntaxProblems[0].offset;
    const position = parsed.lines.positionAt(offset);
    problems.push({
      pointer: '',
      range: { start: position, end: position },
      message: {
        nl: `De configuratie is geen geldige YAML of JSON (regel ${position.line + 1}).`,
        en: `The configuration is not valid YAML or JSON (line ${position.line + 1}).`,
      },
    });
    return { data: {}, config: DEFAULT_CONFIG, problems };
  }
  for (const duplicate of parsed.duplicateKeys) {
    at(duplicate.pointer, { nl: `Sleutel "${duplicate.key}" staat twee keer in de configuratie.`, en: `Key "${duplicate.key}" appears twice in the configuration.` });
  }
  const value = parsed.empty ? {} : parsed.value;
  for (const problem of fromAjvErrors(runValidator(validateConfig, value), value, configSchema as Record<string, unknown>)) {
    if (!problem.silent) at(problem.pointer, problem.message);
  }
  const data = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as ConfigData;
  const regels = data.regels && typeof data.regels === 'object' ? data.regels : {};
  for (const code of Object.keys(regels)) {
    if (/^WP\d{3}$/.test(code) && !knownCodes.has(code)) {
      at(`/regels/${code}`, { nl: `Onbekende regel ${code}.`, en: `Unknown rule ${code}.` });
    } else if (UNCONFIGURABLE.has(code)) {
      // An internal error or an unreadable file must always show: neither can be tuned away.
      at(`/regels/${code}`, { nl: `${code} is niet in te stellen: deze melding blijft altijd zichtbaar.`, en: `${code} cannot be configured: this finding always shows.` });
    }
  }
  if (problems.length > 0) return { data: {}, config: DEFAULT_CONFIG, problems };
  return { data, config: resolveConfig(data), problems };
}

/** Applies defaults: the preset first, then `regels`, then `drempels`. */
export function resolveConfig(data: ConfigData | undefined): ResolvedConfig {
  return {
    preset: data?.extends ?? DEFAULT_CONFIG.preset,
    rules: { ...(data?.regels ?? {}) },
    thresholds: { ...DEFAULT_THRESHOLDS, ...(data?.drempels ?? {}) },
  };
}

/**
 * Lays a configuration file over editor settings: settings only fill what the file does not
 * set, as cli.md asks.
 */
export function layerConfig(file: ConfigData | undefined, settings: ConfigData | undefined): ConfigData {
  return {
    extends: file?.extends ?? settings?.extends,
    regels: { ...(settings?.regels ?? {}), ...(file?.regels ?? {}) },
    drempels: { ...(settings?.drempels ?? {}), ...(file?.drempels ?? {}) },
  };
}
