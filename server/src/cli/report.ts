import type { ReviewedChange } from './review';
import type { Finding, Lang, Score, Severity } from '../core/types';
import type { CliError } from './errors';

/** One checked plan, as every formatter sees it. */
export interface FileReport {
  /** Relative to the current folder, with `/`. */
  path: string;
  absolute: string;
  findings: Finding[];
  score: Score;
  /** The rule codes that ran on this file (JUnit's test cases). */
  ran: string[];
  /** How many findings the suppressions file left out; absent when no such file governs the plan. */
  suppressed?: number;
  /** How many placeholders the plan still holds (format.md 1.1), whatever the configuration says of WP801. */
  placeholders: number;
  /** With --changed-since: the version at the REF, or null for a file that is new since. */
  before?: { findings: Finding[]; score: Score } | null;
  /** With --changed-since: the findings the change introduced. */
  introduced?: Set<Finding>;
  /** With --changed-since: what changed in the plan itself (review.md). */
  changes?: ReviewedChange[];
}

export interface CheckReport {
  files: FileReport[];
  lang: Lang;
  /** The REF of --changed-since, when given. */
  changedSince?: string;
  /** What could not be checked (exit 2); formatters that can carry it say so. */
  errors: CliError[];
}

/** A finding as the JSON output and other machine formats give it: 1-based, end exclusive. */
export interface Diagnostic {
  code: string;
  name: string;
  severity: Severity;
  message: string;
  pointer: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function toDiagnostic(finding: Finding, lang: Lang): Diagnostic {
  return {
    code: finding.code,
    name: finding.name,
    severity: finding.severity,
    message: finding.message[lang],
    pointer: finding.pointer,
    line: finding.range.start.line + 1,
    column: finding.range.start.character + 1,
    endLine: finding.range.end.line + 1,
    endColumn: finding.range.end.character + 1,
  };
}

/** Findings in the order cli.md asks for: line, column, code. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      compare(a.code, b.code) ||
      compare(a.pointer, b.pointer),
  );
}

export function sortFiles<T extends { path: string }>(files: readonly T[]): T[] {
  return [...files].sort((a, b) => compare(a.path, b.path));
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function countBySeverity(findings: Iterable<Finding>): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/**
 * Which findings of `after` are new compared with `before`: a finding is the same when its
 * code and pointer are, so moving lines does not make it new. Counted as multisets, so a
 * second finding with the same code and pointer is new when the old version had one.
 */
export function introducedFindings(before: readonly Finding[], after: readonly Finding[]): Set<Finding> {
  const remaining = new Map<string, number>();
  for (const finding of before) remaining.set(matchKey(finding), (remaining.get(matchKey(finding)) ?? 0) + 1);
  const introduced = new Set<Finding>();
  for (const finding of after) {
    const key = matchKey(finding);
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    else introduced.add(finding);
  }
  return introduced;
}

export function matchKey(finding: Pick<Finding, 'code' | 'pointer'>): string {
  return `${finding.code}\u0000${finding.pointer}`;
}
