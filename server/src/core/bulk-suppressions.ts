import { joinPointer, parseText, rangeForPointer, type ParsedText } from './parse';
import { fillTemplate } from './rule';
import { RULES_BY_CODE, UNSUPPRESSIBLE } from './rules/index';
import type { Finding, LocalizedText, Range, ResolvedConfig, Severity } from './types';

/**
 * The suppressions file (review.md, "Adopting the checks on plans that already exist"): per
 * plan and code, how many findings a check leaves out, as ESLint's bulk suppressions do. The
 * format is ESLint's `eslint-suppressions.json`:
 * `{ "plannen/oost.wijkplan.yaml": { "WP101": { "count": 2 } } }`, plan paths relative to the
 * file's own folder with `/`. This module is pure: the CLI and the server read and write it.
 */
export const SUPPRESSIONS_FILE_NAME = 'wijkplan-suppressions.json';

/** Per rule code, how many findings of that code are left out. */
export type CodeCounts = Record<string, number>;

/** Per plan (its path relative to the file's folder, `/` separators), its counts. */
export type Suppressions = Record<string, CodeCounts>;

/** A problem that makes a suppressions file invalid, with where it is. */
export interface SuppressionsProblem {
  range: Range;
  message: LocalizedText;
}

export interface SuppressionsParse {
  /** What the file says; empty when it is invalid. */
  suppressions: Suppressions;
  problems: SuppressionsProblem[];
}

const CODE = /^WP\d{3}$/;
const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** An object without a prototype, so a plan named `__proto__` or `constructor` is only a key. */
function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Reads a suppressions file. Anything the CLI would not have written is a problem (the file
 * is then invalid, like a configuration: the CLI exits 2): not JSON, a key twice, a value of
 * the wrong shape, a count that is not a whole number of at least 1, an unknown code, or a
 * code that can never be suppressed (WP000, WP001, WP007).
 */
export function parseSuppressions(text: string): SuppressionsParse {
  const problems: SuppressionsProblem[] = [];
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      suppressions: record(),
      problems: [
        {
          range: START,
          message: { nl: `Het onderdrukkingsbestand is geen geldige JSON (${detail}).`, en: `The suppressions file is not valid JSON (${detail}).` },
        },
      ],
    };
  }
  // JSON is YAML too: the plan parser gives every key its place and finds keys given twice.
  const parsed: ParsedText | undefined = (() => {
    const result = parseText(text);
    return result.syntaxProblems.length === 0 ? result : undefined;
  })();
  const at = (pointer: string, message: LocalizedText) => problems.push({ range: parsed ? rangeForPointer(parsed, pointer) : START, message });

  if (parsed) {
    for (const duplicate of parsed.duplicateKeys) {
      at(duplicate.pointer, { nl: `Sleutel "${duplicate.key}" staat twee keer in het onderdrukkingsbestand.`, en: `Key "${duplicate.key}" appears twice in the suppressions file.` });
    }
  }
  const suppressions = record<CodeCounts>();
  if (!isObject(value)) {
    at('', { nl: 'Het onderdrukkingsbestand moet een JSON-object zijn: per plan de onderdrukte codes.', en: 'The suppressions file must be a JSON object: per plan the suppressed codes.' });
    return { suppressions: record(), problems };
  }
  for (const [plan, codes] of Object.entries(value)) {
    const planPointer = joinPointer('', plan);
    if (plan === '') at(planPointer, { nl: 'Een lege naam van een plan.', en: 'An empty plan name.' });
    if (!isObject(codes)) {
      at(planPointer, { nl: `Bij "${plan}" hoort een object met per code een aantal: { "WP101": { "count": 1 } }.`, en: `"${plan}" needs an object with a count per code: { "WP101": { "count": 1 } }.` });
      continue;
    }
    const counts = record<number>();
    for (const [code, entry] of Object.entries(codes)) {
      const pointer = joinPointer(planPointer, code);
      if (!CODE.test(code) || !RULES_BY_CODE.has(code)) {
        at(pointer, { nl: `Onbekende regel ${code}.`, en: `Unknown rule ${code}.` });
        continue;
      }
      if (UNSUPPRESSIBLE.has(code)) {
        at(pointer, { nl: `${code} kan niet worden onderdrukt: deze melding blijft altijd zichtbaar.`, en: `${code} cannot be suppressed: this finding always shows.` });
        continue;
      }
      const keys = isObject(entry) ? Object.keys(entry) : [];
      const count = isObject(entry) ? entry.count : undefined;
      if (!isObject(entry) || keys.length !== 1 || keys[0] !== 'count' || typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
        at(isObject(entry) && 'count' in entry ? `${pointer}/count` : pointer, {
          nl: `Bij ${code} van "${plan}" hoort precies { "count": N }, met N een heel getal van 1 of meer.`,
          en: `${code} of "${plan}" needs exactly { "count": N }, with N a whole number of 1 or more.`,
        });
        continue;
      }
      counts[code] = count;
    }
    suppressions[plan] = counts;
  }
  return problems.length === 0 ? { suppressions, problems } : { suppressions: record(), problems };
}

/**
 * The text of a suppressions file: plans and codes sorted, two spaces, a final newline, so
 * the file diffs well in review and writing the same counts twice gives the same bytes. Plans
 * without counts are left out.
 */
export function formatSuppressions(suppressions: Suppressions): string {
  const out: Record<string, Record<string, { count: number }>> = {};
  for (const plan of Object.keys(suppressions).sort(compare)) {
    const codes = Object.keys(suppressions[plan])
      .filter((code) => suppressions[plan][code] > 0)
      .sort(compare);
    if (codes.length === 0) continue;
    const entry: Record<string, { count: number }> = {};
    for (const code of codes) entry[code] = { count: suppressions[plan][code] };
    Object.defineProperty(out, plan, { value: entry, enumerable: true, writable: true, configurable: true });
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How many findings of each code could be suppressed: WP000, WP001 and WP007 never count. */
export function countSuppressible(findings: readonly Finding[]): CodeCounts {
  const counts = record<number>();
  for (const finding of findings) {
    if (UNSUPPRESSIBLE.has(finding.code)) continue;
    counts[finding.code] = (counts[finding.code] ?? 0) + 1;
  }
  return counts;
}

export interface BulkContext {
  config: ResolvedConfig;
  /**
   * False when the rules did not run on the plan (WP001, or an empty file): its findings then
   * say nothing about the debt, so no suppression is reported to prune and none is lowered.
   */
  checked: boolean;
  /** Where a suppression to prune is shown: the range of `""` in the plan. */
  range: Range;
  /** How the suppressions file is named in messages. */
  file: string;
}

export interface BulkResult {
  /** The findings that stay, with one WP007 per code whose count is above what was found. */
  findings: Finding[];
  /** The findings left out, in document order (the editor shows them as hints). */
  suppressed: Finding[];
}

/**
 * Applies one plan's counts to its findings (after configuration and inline suppressions,
 * sorted as `lint` sorts them). Per code the first `count` findings in document order are left
 * out; the rest stay and count as usual. A code with fewer findings than its count is reported
 * once as WP007 (message `bulkUnused`, pointer `""`), unless configuration switched the code or
 * WP007 off. WP000, WP001 and WP007 are never left out.
 */
export function applyBulkSuppressions(findings: readonly Finding[], counts: CodeCounts | undefined, context: BulkContext): BulkResult {
  if (!counts || Object.keys(counts).length === 0) return { findings: [...findings], suppressed: [] };
  const left = new Map<string, number>();
  for (const [code, count] of Object.entries(counts)) if (!UNSUPPRESSIBLE.has(code) && count > 0) left.set(code, count);
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  const found = new Map<string, number>();
  for (const finding of findings) {
    found.set(finding.code, (found.get(finding.code) ?? 0) + 1);
    const remaining = left.get(finding.code) ?? 0;
    if (remaining > 0) {
      left.set(finding.code, remaining - 1);
      suppressed.push(finding);
    } else {
      kept.push(finding);
    }
  }
  const wp007 = RULES_BY_CODE.get('WP007')!;
  const configured = context.config.rules.WP007 ?? wp007.severity;
  if (!context.checked || configured === 'off') return { findings: kept, suppressed };
  const severity: Severity = configured;
  const prune: Finding[] = [];
  for (const code of Object.keys(counts).sort(compare)) {
    if (UNSUPPRESSIBLE.has(code) || context.config.rules[code] === 'off') continue;
    const now = found.get(code) ?? 0;
    if (now >= counts[code]) continue;
    const data = { file: context.file, code, count: String(counts[code]), found: String(now) };
    const template = wp007.messages.bulkUnused;
    prune.push({
      code: 'WP007',
      name: wp007.name,
      category: 'WP0',
      severity,
      pointer: '',
      range: context.range,
      message: { nl: fillTemplate(template.nl, data), en: fillTemplate(template.en, data) },
    });
  }
  // The prune reports stand at `""`, before the plan's other findings on that line (same code order as `lint`).
  return { findings: sortLikeLint([...kept, ...prune]), suppressed };
}

function sortLikeLint(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      compare(a.code, b.code) ||
      compare(a.pointer, b.pointer),
  );
}

/** What `--suppress-all`, `--suppress-rule` and `--prune-suppressions` do to one plan's counts. */
export type SuppressionUpdate = { kind: 'all' } | { kind: 'rules'; codes: readonly string[] } | { kind: 'prune' };

/**
 * One plan's new counts from the findings a check has now (before the file is applied).
 * `all` makes the counts exactly what is found; `rules` does that for the named codes and
 * keeps the others; `prune` lowers each count to what is found and drops the zeros. A code
 * that configuration switched off is not judged, so its count stays as it was; so do all
 * counts of a plan the rules did not run on. Returns undefined when nothing is left.
 */
export function updateCounts(existing: CodeCounts | undefined, findings: readonly Finding[], update: SuppressionUpdate, config: ResolvedConfig, checked: boolean): CodeCounts | undefined {
  const now = countSuppressible(findings);
  const out = record<number>();
  for (const [code, count] of Object.entries(existing ?? {})) out[code] = count;
  if (checked) {
    const judged = (code: string) => config.rules[code] !== 'off' && !UNSUPPRESSIBLE.has(code);
    if (update.kind === 'all') {
      for (const code of Object.keys(out)) if (judged(code)) delete out[code];
      for (const [code, count] of Object.entries(now)) out[code] = count;
    } else if (update.kind === 'rules') {
      for (const code of update.codes) {
        if (!judged(code)) continue;
        if (now[code]) out[code] = now[code];
        else delete out[code];
      }
    } else {
      for (const code of Object.keys(out)) {
        if (!judged(code)) continue;
        const found = now[code] ?? 0;
        if (found === 0) delete out[code];
        else if (found < out[code]) out[code] = found;
      }
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * A plan's key in a suppressions file: its path relative to the file's folder, both given
 * as `/`-separated absolute paths (the CLI converts its paths, the server decodes its URIs).
 */
export function suppressionsKey(folder: string, plan: string): string {
  const from = folder.split('/').filter((segment) => segment !== '');
  const to = plan.split('/').filter((segment) => segment !== '');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/**
 * Where the suppressions file of a plan is when no location is given: beside the plan's
 * configuration file, else in `fallbackFolder` (the CLI's current folder; the editor's
 * workspace folder). The CLI and the server both ask this function, so they agree.
 */
export function defaultSuppressionsFile(configFile: string | undefined, fallbackFolder: string, host: { dirname(path: string): string; join(a: string, b: string): string }): string {
  return host.join(configFile === undefined ? fallbackFolder : host.dirname(configFile), SUPPRESSIONS_FILE_NAME);
}
