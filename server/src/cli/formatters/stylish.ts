import type { Finding, Lang, Severity } from '../../core/types';
import { SCORED_CATEGORIES } from '../../core/types';
import type { Paint } from '../color';
import { CATEGORY_NAME, countLabel, placeholderText, scoreDelta, scoreText, SEVERITY_LABEL } from '../labels';
import { countBySeverity, sortFindings, type CheckReport, type FileReport } from '../report';

/** For people at a terminal, shaped like eslint's stylish: a block per file, a summary line. */
export function formatStylish(report: CheckReport, paint: Paint): string {
  const { lang } = report;
  const out: string[] = [];
  for (const file of report.files) out.push(...fileBlock(file, lang, paint, report.changedSince !== undefined), '');
  out.push(summaryLine(report, paint));
  return `${out.join('\n')}\n`;
}

function fileBlock(file: FileReport, lang: Lang, paint: Paint, delta: boolean): string[] {
  const lines = [paint.underline(file.path)];
  const findings = sortFindings(file.findings);
  const positions = findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}`);
  const posWidth = Math.max(0, ...positions.map((p) => p.length));
  const sevWidth = Math.max(0, ...findings.map((f) => SEVERITY_LABEL[lang][f.severity].length));
  findings.forEach((finding, index) => {
    const mark = delta ? (file.introduced?.has(finding) ? paint.green('+ ') : '  ') : '';
    const severity = colorSeverity(finding.severity, SEVERITY_LABEL[lang][finding.severity].padEnd(sevWidth), paint);
    lines.push(`  ${mark}${paint.dim(positions[index].padEnd(posWidth))}  ${severity}  ${finding.message[lang]}  ${paint.dim(`${finding.code} ${finding.name}`)}`);
  });
  if (findings.length === 0) lines.push(`  ${paint.green(lang === 'nl' ? 'Geen bevindingen.' : 'No findings.')}`);
  // Placeholders count as missing for every rule; how many are left says how far the plan is written.
  if (file.placeholders > 0) lines.push(`  ${paint.yellow(`✎ ${placeholderText(file.placeholders, lang)}`)}`);
  lines.push(`  ${scoreLine(file, lang, paint, delta)}`);
  return lines;
}

function scoreLine(file: FileReport, lang: Lang, paint: Paint, delta: boolean): string {
  const label = lang === 'nl' ? 'Borgingsscore' : 'Borging score';
  if (file.score.overall === null) {
    return `${label}: ${paint.red(scoreText(null, lang))} ${lang === 'nl' ? '(eerst de structuurfouten herstellen)' : '(fix the structure errors first)'}`;
  }
  let text = `${label}: ${colorScore(file.score.overall, paint)}/100`;
  if (delta) text += beforeText(file, lang);
  const parts = SCORED_CATEGORIES.map((category) => `${category} ${CATEGORY_NAME[lang][category]} ${colorScore(file.score.categories[category], paint)}`);
  return `${text}\n  ${parts.join(' · ')}`;
}

function beforeText(file: FileReport, lang: Lang): string {
  if (file.before === null) return lang === 'nl' ? ' (nieuw bestand)' : ' (new file)';
  if (!file.before) return '';
  const before = file.before.score.overall;
  const change = scoreDelta(before, file.score.overall);
  return lang === 'nl' ? ` (was ${scoreText(before, lang)}${change ? `, ${change}` : ''})` : ` (was ${scoreText(before, lang)}${change ? `, ${change}` : ''})`;
}

function colorScore(score: number | null, paint: Paint): string {
  if (score === null) return '—';
  const text = String(score);
  return score >= 80 ? paint.green(text) : score >= 50 ? paint.yellow(text) : paint.red(text);
}

function colorSeverity(severity: Severity, text: string, paint: Paint): string {
  return severity === 'error' ? paint.red(text) : severity === 'warning' ? paint.yellow(text) : paint.blue(text);
}

function summaryLine(report: CheckReport, paint: Paint): string {
  const { lang } = report;
  const all: Finding[] = report.files.flatMap((file) => file.findings);
  const counts = countBySeverity(all);
  const files = countLabel(report.files.length, 'file', lang);
  const where = lang === 'nl' ? 'in' : 'in';
  let line: string;
  if (all.length === 0 && report.errors.length > 0) {
    line = `${lang === 'nl' ? 'Geen bevindingen' : 'No findings'} ${where} ${files}`;
  } else if (all.length === 0) {
    line = paint.green(`✔ ${lang === 'nl' ? 'Geen bevindingen' : 'No findings'} ${where} ${files}`);
  } else {
    const detail = [countLabel(counts.error, 'error', lang), countLabel(counts.warning, 'warning', lang), countLabel(counts.info, 'info', lang)].join(', ');
    const text = `✖ ${countLabel(all.length, 'finding', lang)} (${detail}) ${where} ${files}`;
    line = counts.error > 0 ? paint.red(paint.bold(text)) : paint.yellow(paint.bold(text));
  }
  if (report.changedSince !== undefined) {
    const introduced = report.files.reduce((sum, file) => sum + (file.introduced?.size ?? 0), 0);
    line +=
      lang === 'nl'
        ? `; ${introduced} nieuw sinds ${report.changedSince} (gemarkeerd met +)`
        : `; ${introduced} new since ${report.changedSince} (marked with +)`;
    if (report.files.length === 0) line = lang === 'nl' ? `Geen gewijzigde plannen sinds ${report.changedSince}.` : `No plans changed since ${report.changedSince}.`;
  }
  const suppressed = report.files.reduce((sum, file) => sum + (file.suppressed ?? 0), 0);
  if (suppressed > 0) {
    line += lang === 'nl' ? `; ${suppressed} onderdrukt via het onderdrukkingsbestand` : `; ${suppressed} suppressed by the suppressions file`;
  }
  if (report.errors.length > 0) {
    line += paint.red(lang === 'nl' ? `; ${report.errors.length}× niet te controleren (zie de foutmeldingen)` : `; ${report.errors.length}× could not be checked (see the error messages)`);
  }
  return line;
}
