import { RULES_BY_CODE } from '../../core/rules/index';
import type { Finding } from '../../core/types';
import { SEVERITY_LABEL } from '../labels';
import { sortFindings, toDiagnostic, type CheckReport } from '../report';

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

/**
 * JUnit XML for CI test views: one test suite per plan, one test case per rule that ran on
 * it, a failure for each rule that found something (all its findings in that failure).
 */
export function formatJunit(report: CheckReport): string {
  const { lang } = report;
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  for (const file of report.files) {
    const byCode = new Map<string, Finding[]>();
    for (const finding of sortFindings(file.findings)) byCode.set(finding.code, [...(byCode.get(finding.code) ?? []), finding]);
    const codes = [...new Set([...file.ran, ...byCode.keys()])].sort();
    const cases: string[] = [];
    let failures = 0;
    for (const code of codes) {
      const name = RULES_BY_CODE.get(code)?.name ?? '';
      const found = byCode.get(code) ?? [];
      const head = `    <testcase classname="${escapeXml(file.path)}" name="${escapeXml(`${code} ${name}`)}" file="${escapeXml(file.path)}"`;
      if (found.length === 0) {
        cases.push(`${head}/>`);
        continue;
      }
      failures++;
      const worst = found.some((f) => f.severity === 'error') ? 'error' : found.some((f) => f.severity === 'warning') ? 'warning' : 'info';
      const body = found
        .map((finding) => {
          const d = toDiagnostic(finding, lang);
          return `${file.path}:${d.line}:${d.column} ${SEVERITY_LABEL[lang][d.severity]} ${d.code} ${d.message} (${d.pointer || '/'})`;
        })
        .join('\n');
      const message = found.length === 1 ? toDiagnostic(found[0], lang).message : `${found.length}× ${code} ${name}`;
      cases.push(`${head}>`, `      <failure type="${worst}" message="${escapeXml(message)}">${escapeXml(body)}</failure>`, '    </testcase>');
    }
    totalTests += codes.length;
    totalFailures += failures;
    suites.push(`  <testsuite name="${escapeXml(file.path)}" tests="${codes.length}" failures="${failures}" errors="0" skipped="0">`, ...cases, '  </testsuite>');
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="wijkplan" tests="${totalTests}" failures="${totalFailures}" errors="${report.errors.length}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
