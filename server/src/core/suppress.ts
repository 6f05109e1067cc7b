import { findComments, type ParsedText } from './parse';
import { RULES_BY_CODE, UNSUPPRESSIBLE } from './rules/index';
import type { Finding, ResolvedConfig } from './types';

interface Suppression {
  scope: 'file' | 'next-line';
  /** The line the comment is on (0-based). */
  line: number;
  codes: Array<{ code: string; start: number; end: number; used: boolean }>;
}

const DIRECTIVE = /^\s*wijkplan-(disable-next-line|disable)(?=\s|$)([^]*)$/;

/** Reads `# wijkplan-disable…` comments. */
export function findSuppressions(parsed: ParsedText): Suppression[] {
  const suppressions: Suppression[] = [];
  for (const comment of findComments(parsed)) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const scope = match[1] === 'disable' ? 'file' : 'next-line';
    const restStart = comment.start + 1 + comment.text.length - match[2].length;
    const reasonAt = match[2].indexOf('--');
    const list = reasonAt >= 0 ? match[2].slice(0, reasonAt) : match[2];
    const codes: Suppression['codes'] = [];
    for (const token of list.matchAll(/[^\s,]+/g)) {
      const start = restStart + (token.index ?? 0);
      codes.push({ code: token[0], start, end: start + token[0].length, used: false });
    }
    suppressions.push({ scope, line: comment.line, codes });
  }
  return suppressions;
}

/**
 * Drops suppressed findings and adds WP007 for every code that silenced nothing. A code that
 * configuration switched off is not reported; WP000, WP001, WP007 and unknown codes are.
 */
export function applySuppressions(findings: Finding[], parsed: ParsedText, config: ResolvedConfig): Finding[] {
  const suppressions = findSuppressions(parsed);
  if (suppressions.length === 0) return findings;
  // Indexed by the line they silence, so a large plan with many suppressions stays linear.
  const fileWide = suppressions.filter((suppression) => suppression.scope === 'file');
  const byLine = new Map<number, Suppression[]>();
  for (const suppression of suppressions) {
    if (suppression.scope !== 'next-line') continue;
    const list = byLine.get(suppression.line + 1);
    if (list) list.push(suppression);
    else byLine.set(suppression.line + 1, [suppression]);
  }
  const kept: Finding[] = [];
  for (const finding of findings) {
    if (UNSUPPRESSIBLE.has(finding.code)) {
      kept.push(finding);
      continue;
    }
    let silenced = false;
    for (const suppression of [...fileWide, ...(byLine.get(finding.range.start.line) ?? [])]) {
      for (const entry of suppression.codes) {
        if (entry.code === finding.code) {
          entry.used = true;
          silenced = true;
        }
      }
    }
    if (!silenced) kept.push(finding);
  }
  const wp007 = RULES_BY_CODE.get('WP007')!;
  const severity = config.rules.WP007 ?? wp007.severity;
  if (severity === 'off') return kept;
  for (const suppression of suppressions) {
    for (const entry of suppression.codes) {
      if (entry.used) continue;
      const known = RULES_BY_CODE.has(entry.code);
      if (known && !UNSUPPRESSIBLE.has(entry.code) && config.rules[entry.code] === 'off') continue;
      const messageId = !known ? 'unknown' : UNSUPPRESSIBLE.has(entry.code) ? 'notSuppressible' : 'unused';
      const template = wp007.messages[messageId];
      kept.push({
        code: 'WP007',
        name: wp007.name,
        category: 'WP0',
        severity: severity === 'info' || severity === 'warning' || severity === 'error' ? severity : 'warning',
        pointer: '',
        range: parsed.lines.rangeOf(entry.start, entry.end),
        message: { nl: template.nl.replace(/\{code\}/g, entry.code), en: template.en.replace(/\{code\}/g, entry.code) },
      });
    }
  }
  return kept;
}
