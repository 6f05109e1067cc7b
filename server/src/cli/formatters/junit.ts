import { CHANGE_KINDS } from '../../core/review';
import { RULES_BY_CODE } from '../../core/rules/index';
import type { Finding, Lang } from '../../core/types';
import type { DiffReport } from '../diff';
import { SEVERITY_LABEL } from '../labels';
import { sortFindings, toDiagnostic, type CheckReport } from '../report';
import type { ReviewedChange } from '../review';

/** XML text or attribute value: escaped, and without the characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The test cases of one plan, and how many of them failed. */
interface Cases {
  lines: string[];
  tests: number;
  failures: number;
}

function testcase(path: string, name: string): string {
  return `    <testcase classname="${escapeXml(path)}" name="${escapeXml(name)}" file="${escapeXml(path)}"`;
}

/** One test case per rule that ran, a failure for each rule that found something (all its findings in that failure). */
function ruleCases(path: string, ran: readonly string[], findings: readonly Finding[], lang: Lang): Cases {
  const byCode = new Map<string, Finding[]>();
  for (const finding of sortFindings(findings)) byCode.set(finding.code, [...(byCode.get(finding.code) ?? []), finding]);
  const codes = [...new Set([...ran, ...byCode.keys()])].sort();
  const lines: string[] = [];
  let failures = 0;
  for (const code of codes) {
    const name = RULES_BY_CODE.get(code)?.name ?? '';
    const found = byCode.get(code) ?? [];
    const head = testcase(path, `${code} ${name}`);
    if (found.length === 0) {
      lines.push(`${head}/>`);
      continue;
    }
    failures++;
    const worst = found.some((f) => f.severity === 'error') ? 'error' : found.some((f) => f.severity === 'warning') ? 'warning' : 'info';
    const body = found
      .map((finding) => {
        const d = toDiagnostic(finding, lang);
        return `${path}:${d.line}:${d.column} ${SEVERITY_LABEL[lang][d.severity]} ${d.code} ${d.message} (${d.pointer || '/'})`;
      })
      .join('\n');
    const message = found.length === 1 ? toDiagnostic(found[0], lang).message : `${found.length}× ${code} ${name}`;
    lines.push(`${head}>`, `      <failure type="${worst}" message="${escapeXml(message)}">${escapeXml(body)}</failure>`, '    </testcase>');
  }
  return { lines, tests: codes.length, failures };
}

/**
 * One test case `change/<kind>` per kind of weaker change (review.md), as SARIF and the GitHub
 * annotations show them: a failure (type `warning`) that lists each change on its line. An
 * accepted change (`# wijkplan-accept`) is no failure; it is listed in the case's output. A
 * removal sits on a line of the old version, and says so.
 */
function changeCases(path: string, changes: readonly ReviewedChange[], lang: Lang, beforePath: string): Cases {
  const byKind = new Map<string, ReviewedChange[]>();
  for (const change of changes) if (change.effect === 'weaker') byKind.set(change.kind, [...(byKind.get(change.kind) ?? []), change]);
  const kinds = [...byKind.keys()].sort();
  const lines: string[] = [];
  let failures = 0;
  const nl = lang === 'nl';
  const place = (change: ReviewedChange) =>
    change.side === 'before' ? `${beforePath}:${change.line}:${change.column} (${nl ? 'vorige versie' : 'previous version'})` : `${path}:${change.line}:${change.column}`;
  const text = (change: ReviewedChange) => `${place(change)} change/${change.kind} ${change.message[lang]} (${change.pointer || '/'})`;
  for (const kind of kinds) {
    const all = byKind.get(kind)!;
    const open = all.filter((change) => !change.accepted);
    const accepted = all.filter((change) => change.accepted);
    lines.push(`${testcase(path, `change/${kind}`)}>`);
    if (open.length > 0) {
      failures++;
      const message = open.length === 1 ? open[0].message[lang] : `${open.length}× change/${kind} ${CHANGE_KINDS[kind]?.[lang] ?? kind}`;
      lines.push(`      <failure type="warning" message="${escapeXml(message)}">${escapeXml(open.map(text).join('\n'))}</failure>`);
    }
    if (accepted.length > 0) {
      const body = accepted.map((change) => `${nl ? 'geaccepteerd' : 'accepted'}: ${text(change)}`).join('\n');
      lines.push(`      <system-out>${escapeXml(body)}</system-out>`);
    }
    lines.push('    </testcase>');
  }
  return { lines, tests: kinds.length, failures };
}

function suite(name: string, parts: Cases[]): Cases {
  const tests = parts.reduce((sum, part) => sum + part.tests, 0);
  const failures = parts.reduce((sum, part) => sum + part.failures, 0);
  const lines = [`  <testsuite name="${escapeXml(name)}" tests="${tests}" failures="${failures}" errors="0" skipped="0">`, ...parts.flatMap((part) => part.lines), '  </testsuite>'];
  return { lines, tests, failures };
}

function document(suites: Cases[], errors: number): string {
  const tests = suites.reduce((sum, s) => sum + s.tests, 0);
  const failures = suites.reduce((sum, s) => sum + s.failures, 0);
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="wijkplan" tests="${tests}" failures="${failures}" errors="${errors}">`, ...suites.flatMap((s) => s.lines), '</testsuites>', ''].join('\n');
}

/**
 * JUnit XML for CI test views: one test suite per plan, one test case per rule that ran on
 * it, a failure for each rule that found something; with --changed-since, a case per kind of
 * weaker change too.
 */
export function formatJunit(report: CheckReport): string {
  const suites = report.files.map((file) => suite(file.path, [ruleCases(file.path, file.ran, file.findings, report.lang), changeCases(file.path, file.changes ?? [], report.lang, file.path)]));
  return document(suites, report.errors.length);
}

/**
 * JUnit XML for `wijkplan diff`: one suite for the new version, a case per rule that ran with
 * a failure for the findings the change introduced, and a case per kind of weaker change.
 */
export function formatDiffJunit(report: DiffReport): string {
  const { after, before } = report;
  return `${document([suite(after.path, [ruleCases(after.path, after.ran, report.introduced, report.lang), changeCases(after.path, report.changes, report.lang, before.path)])], 0)}`;
}
