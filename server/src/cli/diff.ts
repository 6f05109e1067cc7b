import * as path from 'node:path';
import type { LintResult } from '../core/lint';
import { renderReviewPage } from '../core/preview/review';
import { ruleDocUrl } from '../core/docs-url';
import type { Finding, Lang, Score } from '../core/types';
import { SCORED_CATEGORIES } from '../core/types';
import type { Args } from './args';
import type { Paint } from './color';
import { ConfigLoader } from './config-loader';
import { CliError, type Problems } from './errors';
import { displayPath, readPlanFile } from './files';
import { CATEGORY_NAME, countLabel, scoreDelta, scoreText, SEVERITY_LABEL } from './labels';
import { checkRead, MAX_CHARS } from './lint-file';
import { formatDiffJunit } from './formatters/junit';
import { changesMarkdown, EFFECT_LABEL, escapeMarkdown } from './formatters/markdown';
import { introducedFindings, SEVERITY_RANK, sortFindings, toDiagnostic } from './report';
import { changeJson, hasUnacceptedWeaker, reviewChanges, type ReviewedChange } from './review';

export interface DiffSide {
  path: string;
  findings: Finding[];
  score: Score;
  /** The rule codes that ran on it (JUnit's test cases). */
  ran: string[];
}

export interface DiffReport {
  lang: Lang;
  before: DiffSide;
  after: DiffSide;
  /** In `after`, not matched in `before` (by code and pointer, not by line). */
  introduced: Finding[];
  /** In `before`, not matched in `after`. */
  resolved: Finding[];
  unchanged: number;
  /** What changed in the plan itself (review.md): weaker, then stronger, then neutral. */
  changes: ReviewedChange[];
  /** Both versions as linted, for the review page (`--format html`). */
  results: { before: LintResult; after: LintResult };
}

/**
 * Compares two versions of a plan. Both are checked with the configuration that governs
 * the new one (or --config), so a change of configuration does not pass for a change of plan.
 */
export function runDiff(args: Args, cwd: string, problems: Problems): DiffReport | undefined {
  const [oldPath, newPath] = args.positionals.map((p) => path.resolve(cwd, p));
  const loader = new ConfigLoader(cwd, args.config);
  const found = loader.forPlan(newPath);
  if ('errors' in found) {
    for (const error of found.errors) problems.add(error);
    return undefined;
  }
  const sides: DiffSide[] = [];
  const results: Array<ReturnType<typeof checkRead>['result']> = [];
  for (const file of [oldPath, newPath]) {
    const shown = displayPath(file, cwd);
    try {
      const checked = checkRead(readPlanFile(file, MAX_CHARS, shown), found.config);
      sides.push({ path: shown, findings: checked.findings, score: checked.score, ran: checked.ran });
      results.push(checked.result);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      problems.add(error);
    }
  }
  if (sides.length < 2) return undefined;
  const [before, after] = sides;
  const introduced = sortFindings([...introducedFindings(before.findings, after.findings)]);
  const resolved = sortFindings([...introducedFindings(after.findings, before.findings)]);
  const changes = reviewChanges(results[0], results[1]);
  return { lang: args.lang, before, after, introduced, resolved, unchanged: after.findings.length - introduced.length, changes, results: { before: results[0], after: results[1] } };
}

export function diffExitCode(report: DiffReport, args: Args): number {
  if (args.failOnNew && args.failOn !== 'never') {
    const threshold = SEVERITY_RANK[args.failOn as keyof typeof SEVERITY_RANK];
    if (report.introduced.some((finding) => SEVERITY_RANK[finding.severity] >= threshold)) return 1;
  }
  if (args.minScore !== undefined && (report.after.score.overall === null || report.after.score.overall < args.minScore)) return 1;
  if (args.failOnWeaker && hasUnacceptedWeaker(report.changes)) return 1;
  return 0;
}

export type DiffFormat = 'stylish' | 'json' | 'markdown' | 'junit' | 'html';

export function formatDiff(format: DiffFormat, report: DiffReport, paint: Paint): string {
  if (format === 'json') return diffJson(report);
  if (format === 'junit') return formatDiffJunit(report);
  if (format === 'html') return diffHtml(report);
  if (format === 'markdown') return diffMarkdown(report);
  return diffStylish(report, paint);
}

/** The review page: the new version's preview with the changes marked and the change list (review.md). */
function diffHtml(report: DiffReport): string {
  return renderReviewPage({
    before: report.results.before,
    after: report.results.after,
    changes: report.changes,
    beforeFileName: report.before.path,
    fileName: report.after.path,
    lang: report.lang,
  });
}

function sideJson(side: DiffSide) {
  return {
    path: side.path,
    score: side.score.overall,
    categories: side.score.overall === null ? null : Object.fromEntries(SCORED_CATEGORIES.map((c) => [c, side.score.categories[c]])),
  };
}

function diffJson(report: DiffReport): string {
  const out = {
    version: 1,
    before: sideJson(report.before),
    after: sideJson(report.after),
    introduced: report.introduced.map((finding) => toDiagnostic(finding, report.lang)),
    resolved: report.resolved.map((finding) => toDiagnostic(finding, report.lang)),
    changes: report.changes.map((change) => changeJson(change, report.lang)),
    summary: {
      introduced: report.introduced.length,
      resolved: report.resolved.length,
      unchanged: report.unchanged,
      weaker: report.changes.filter((change) => change.effect === 'weaker').length,
      stronger: report.changes.filter((change) => change.effect === 'stronger').length,
      neutral: report.changes.filter((change) => change.effect === 'neutral').length,
    },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

function scoreChange(before: number | null, after: number | null, lang: Lang): string {
  const change = scoreDelta(before, after);
  return `${scoreText(before, lang)} → ${scoreText(after, lang)}${change ? ` (${change})` : ''}`;
}

function diffStylish(report: DiffReport, paint: Paint): string {
  const { lang } = report;
  const nl = lang === 'nl';
  const out: string[] = [`${paint.underline(report.before.path)} → ${paint.underline(report.after.path)}`];
  out.push(`  ${nl ? 'Borgingsscore' : 'Borging score'}: ${paint.bold(scoreChange(report.before.score.overall, report.after.score.overall, lang))}`);
  for (const category of SCORED_CATEGORIES) {
    const before = report.before.score.overall === null ? null : report.before.score.categories[category];
    const after = report.after.score.overall === null ? null : report.after.score.categories[category];
    out.push(`    ${category} ${CATEGORY_NAME[lang][category].padEnd(24)} ${scoreChange(before, after, lang)}`);
  }
  const list = (title: string, findings: Finding[], file: string, color: (s: string) => string) => {
    out.push('', `  ${color(title)} (${findings.length})`);
    const places = findings.map((finding) => `${file}:${finding.range.start.line + 1}:${finding.range.start.character + 1}`);
    const placeWidth = Math.max(0, ...places.map((place) => place.length));
    const severityWidth = Math.max(0, ...findings.map((finding) => SEVERITY_LABEL[lang][finding.severity].length));
    findings.forEach((finding, index) => {
      const d = toDiagnostic(finding, lang);
      out.push(`    ${paint.dim(places[index].padEnd(placeWidth))}  ${SEVERITY_LABEL[lang][d.severity].padEnd(severityWidth)}  ${d.message}  ${paint.dim(`${d.code} ${d.name}`)}`);
    });
  };
  out.push('', `  ${paint.bold(nl ? 'Wat is er veranderd' : 'What changed')} (${report.changes.length})`);
  for (const change of report.changes) {
    const file = change.side === 'before' ? report.before.path : report.after.path;
    const effect = EFFECT_LABEL[lang][change.effect];
    const color = change.effect === 'weaker' ? paint.red : change.effect === 'stronger' ? paint.green : paint.dim;
    out.push(`    ${paint.dim(`${file}:${change.line}`)}  ${color(effect)}  ${change.message[lang]}  ${paint.dim(change.kind)}${change.accepted ? paint.dim(nl ? ' (geaccepteerd)' : ' (accepted)') : ''}`);
  }
  list(nl ? 'Nieuw' : 'New', report.introduced, report.after.path, paint.red);
  list(nl ? 'Opgelost' : 'Resolved', report.resolved, report.before.path, paint.green);
  out.push('', `${countLabel(report.introduced.length, 'new', lang)}, ${report.resolved.length} ${nl ? 'opgelost' : 'resolved'}, ${report.unchanged} ${nl ? 'ongewijzigd' : 'unchanged'}`);
  return `${out.join('\n')}\n`;
}

function diffMarkdown(report: DiffReport): string {
  const { lang } = report;
  const nl = lang === 'nl';
  const out: string[] = [nl ? '## Wijkplan: verschil in borging' : '## Wijkplan: change in borging', ''];
  out.push(`${escapeMarkdown(report.before.path)} → ${escapeMarkdown(report.after.path)}`, '');
  out.push(`| ${nl ? 'Onderdeel' : 'Part'} | ${nl ? 'Voor' : 'Before'} | ${nl ? 'Na' : 'After'} | ${nl ? 'Verschil' : 'Change'} |`, '| --- | ---: | ---: | ---: |');
  const row = (label: string, before: number | null, after: number | null) =>
    out.push(`| ${label} | ${scoreText(before, lang)} | ${scoreText(after, lang)} | ${scoreDelta(before, after) || '—'} |`);
  row(`**${nl ? 'Borgingsscore' : 'Borging score'}**`, report.before.score.overall, report.after.score.overall);
  for (const category of SCORED_CATEGORIES) {
    row(
      `${category} ${CATEGORY_NAME[lang][category]}`,
      report.before.score.overall === null ? null : report.before.score.categories[category],
      report.after.score.overall === null ? null : report.after.score.categories[category],
    );
  }
  out.push('');
  out.push(...changesMarkdown(report.changes, lang, report.before.path, report.after.path));
  const section = (title: string, findings: Finding[], file: string) => {
    out.push('<details>', `<summary><strong>${title}</strong>: ${findings.length}</summary>`, '');
    if (findings.length > 0) {
      out.push(`| ${nl ? 'Plek' : 'Location'} | ${nl ? 'Ernst' : 'Severity'} | ${nl ? 'Regel' : 'Rule'} | ${nl ? 'Melding' : 'Message'} |`, '| --- | --- | --- | --- |');
      for (const finding of findings) {
        const d = toDiagnostic(finding, lang);
        out.push(`| ${escapeMarkdown(file)}:${d.line} | ${SEVERITY_LABEL[lang][d.severity]} | [${d.code} ${escapeMarkdown(d.name)}](${ruleDocUrl(d.code)}) | ${escapeMarkdown(d.message)} |`);
      }
    }
    out.push('', '</details>', '');
  };
  section(nl ? 'Nieuwe bevindingen' : 'New findings', report.introduced, report.after.path);
  section(nl ? 'Opgeloste bevindingen' : 'Resolved findings', report.resolved, report.before.path);
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

