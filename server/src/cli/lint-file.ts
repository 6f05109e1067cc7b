import { applyBulkSuppressions, type CodeCounts } from '../core/bulk-suppressions';
import { lint } from '../core/lint';
import { LIMITS, rangeForPointer } from '../core/parse';
import { fillTemplate } from '../core/rule';
import { RULES, RULES_BY_CODE } from '../core/rules/index';
import { computeScore } from '../core/score';
import type { Finding, Range, ResolvedConfig, Score } from '../core/types';
import { DEFAULT_CONFIG } from '../core/types';
import type { ReadResult } from './files';

export interface Checked {
  findings: Finding[];
  score: Score;
  ran: string[];
  /** True when the rules ran on the plan (not WP001, not an empty file). */
  judged: boolean;
  /** The range of `""` in the plan, where a suppression to prune is shown. */
  rootRange: Range;
  /** How many placeholders (format.md 1.1) the plan still holds: texts still to write. */
  placeholders: number;
  /** The lint result (the preview needs it). */
  result: ReturnType<typeof lint>;
}

export const MAX_CHARS = LIMITS.maxChars;

/** Lints what was read; a file that is no UTF-8 text becomes the one WP001 finding it deserves. */
export function checkRead(read: ReadResult, config: ResolvedConfig = DEFAULT_CONFIG): Checked {
  if (read.kind === 'not-text') {
    const findings = [notTextFinding(read.reason)];
    const score = computeScore(findings);
    // A result without text, so the preview can still show why there is nothing to show.
    return { findings, score, ran: ['WP001'], placeholders: 0, judged: false, rootRange: findings[0].range, result: { ...lint(''), findings, score } };
  }
  const result = lint(read.text, { config });
  // WP001 and an empty plan stop the checking of a file; only the structure checks ran.
  const ran = result.plan === undefined ? ['WP001', 'WP002'] : RULES.map((rule) => rule.code).filter((code) => config.rules[code] !== 'off');
  return { findings: result.findings, score: result.score, ran, placeholders: result.placeholders.length, judged: result.plan !== undefined, rootRange: rangeForPointer(result.parsed, ''), result };
}

/** What a plan's findings become with its counts from the suppressions file. */
export interface Suppressed {
  findings: Finding[];
  score: Score;
  /** How many findings the file left out. */
  suppressed: number;
}

/**
 * Applies a plan's counts from the suppressions file (core/bulk-suppressions.ts); the score
 * is that of the findings that stay, as with inline suppressions.
 */
export function withSuppressions(
  checked: Pick<Checked, 'findings' | 'score' | 'judged' | 'rootRange'>,
  counts: CodeCounts | undefined,
  config: ResolvedConfig,
  file: string,
): Suppressed {
  if (!counts) return { findings: checked.findings, score: checked.score, suppressed: 0 };
  const bulk = applyBulkSuppressions(checked.findings, counts, { config, checked: checked.judged, range: checked.rootRange, file });
  return { findings: bulk.findings, score: computeScore(bulk.findings), suppressed: bulk.suppressed.length };
}

function notTextFinding(reason: 'encoding' | 'size'): Finding {
  const rule = RULES_BY_CODE.get('WP001')!;
  const data = { limit: `${MAX_CHARS / 1024 / 1024} MB` };
  const template = rule.messages[reason];
  return {
    code: rule.code,
    name: rule.name,
    category: rule.category,
    severity: 'error',
    pointer: '',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message: { nl: fillTemplate(template.nl, data), en: fillTemplate(template.en, data) },
  };
}
