import type { Severity } from '../../core/types';
import { sortFindings, toDiagnostic, type CheckReport } from '../report';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub's escaping of a workflow command's message (the data after `::`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub's escaping of a workflow command's property value: as data, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands: one annotation per finding (errors `::error`, warnings
 * `::warning`, infos `::notice`) on the finding's range, titled with code and name. What
 * could not be checked becomes an `::error` too, so it shows in the run's summary.
 */
export function formatGithub(report: CheckReport): string {
  const { lang } = report;
  const lines: string[] = [];
  for (const file of report.files) {
    for (const finding of sortFindings(file.findings)) {
      const d = toDiagnostic(finding, lang);
      const introduced = report.changedSince !== undefined && file.introduced?.has(finding);
      const title = `${d.code} ${d.name}${introduced ? (lang === 'nl' ? ' (nieuw)' : ' (new)') : ''}`;
      const properties = [
        `file=${escapeProperty(file.path)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(title)}`,
      ].join(',');
      lines.push(`::${COMMAND[finding.severity]} ${properties}::${escapeData(d.message)}`);
    }
  }
  // A weaker change of the plan is an annotation on its line, so the reviewer sees it in the diff
  // (review.md); something removed on the nearest part of the plan that is still there.
  for (const file of report.files) {
    for (const change of file.changes ?? []) {
      if (change.effect !== 'weaker') continue;
      const title = `change/${change.kind}${change.accepted ? (lang === 'nl' ? ' (geaccepteerd)' : ' (accepted)') : ''}`;
      lines.push(`::${change.accepted ? 'notice' : 'warning'} file=${escapeProperty(file.path)},line=${change.newLine},col=${change.newColumn},title=${escapeProperty(title)}::${escapeData(change.message[lang])}`);
    }
  }
  for (const error of report.errors) {
    lines.push(`::error title=${escapeProperty('wijkplan')}::${escapeData(error.render(lang))}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
