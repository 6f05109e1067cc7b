import { ruleDocUrl } from '../../core/docs-url';
import type { Category, Finding, Lang } from '../../core/types';
import { SCORED_CATEGORIES } from '../../core/types';
import { CATEGORY_NAME, countLabel, placeholderText, scoreDelta, scoreText, SEVERITY_LABEL } from '../labels';
import { countBySeverity, sortFindings, type CheckReport, type FileReport } from '../report';
import type { ReviewedChange } from '../review';

/** Text for a Markdown table cell or summary: no HTML, no `|`, one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/`/g, '\\`')
    .replace(/\r\n|\r|\n/g, ' ');
}

const CATEGORIES: Category[] = ['WP0', ...SCORED_CATEGORIES];

/**
 * A summary for a pull-request comment or a job summary: a table of files with their
 * scores and counts, then the findings grouped by category in `<details>` sections.
 */
export function formatMarkdown(report: CheckReport): string {
  const { lang } = report;
  const nl = lang === 'nl';
  const delta = report.changedSince !== undefined;
  const out: string[] = [];
  out.push(nl ? '## Wijkplan: borgingscontrole' : '## Wijkplan: borging check', '');
  if (delta) {
    out.push(nl ? `Plannen gewijzigd sinds **${escapeMarkdown(report.changedSince!)}**.` : `Plans changed since **${escapeMarkdown(report.changedSince!)}**.`, '');
    for (const file of report.files) {
      if (!file.changes) continue;
      const lines = changesMarkdown(file.changes, lang, file.path, file.path);
      lines[0] = `${lines[0]}: ${escapeMarkdown(file.path)}`;
      out.push(...lines);
    }
  }

  const all = report.files.flatMap((file) => file.findings);
  const counts = countBySeverity(all);
  if (report.files.length === 0) {
    out.push(nl ? 'Geen plannen gecontroleerd.' : 'No plans checked.', '');
  } else {
    const header = [nl ? 'Bestand' : 'File', 'Score', ...SCORED_CATEGORIES.map((c) => `${c} ${CATEGORY_NAME[lang][c]}`), nl ? 'Fouten' : 'Errors', nl ? 'Waarschuwingen' : 'Warnings', 'Info', nl ? 'Nog in te vullen' : 'Still to write'];
    out.push(`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
    for (const file of report.files) {
      const c = countBySeverity(file.findings);
      const cells = [
        escapeMarkdown(file.path),
        scoreCell(file, delta, lang),
        ...SCORED_CATEGORIES.map((category) => (file.score.overall === null ? '—' : String(file.score.categories[category]))),
        String(c.error),
        String(c.warning),
        String(c.info),
        String(file.placeholders),
      ];
      out.push(`| ${cells.join(' | ')} |`);
    }
    out.push('');
    const totals = `**${countLabel(counts.error, 'error', lang)}, ${countLabel(counts.warning, 'warning', lang)}, ${countLabel(counts.info, 'info', lang)}** ${nl ? 'in' : 'in'} ${countLabel(report.files.length, 'file', lang)}`;
    const introduced = report.files.reduce((sum, file) => sum + (file.introduced?.size ?? 0), 0);
    const placeholders = report.files.reduce((sum, file) => sum + file.placeholders, 0);
    const written = placeholders > 0 ? `; ${placeholderText(placeholders, lang)}` : '';
    out.push(delta ? `${totals}${written}; ${introduced} ${nl ? 'nieuw door deze wijziging' : 'new in this change'}.` : `${totals}${written}.`, '');
  }

  if (report.errors.length > 0) {
    out.push(nl ? '> [!WARNING]\n> Niet alles kon worden gecontroleerd:' : '> [!WARNING]\n> Not everything could be checked:');
    for (const error of report.errors) out.push(`> - ${escapeMarkdown(error.render(lang))}`);
    out.push('');
  }

  for (const category of CATEGORIES) {
    const inCategory: Array<{ file: FileReport; finding: Finding }> = [];
    for (const file of report.files) for (const finding of sortFindings(file.findings)) if (finding.category === category) inCategory.push({ file, finding });
    if (inCategory.length === 0) continue;
    const c = countBySeverity(inCategory.map((entry) => entry.finding));
    const parts = [c.error && countLabel(c.error, 'error', lang), c.warning && countLabel(c.warning, 'warning', lang), c.info && countLabel(c.info, 'info', lang)].filter(Boolean);
    out.push('<details>', `<summary><strong>${category} ${escapeMarkdown(CATEGORY_NAME[lang][category])}</strong>: ${parts.join(', ')}</summary>`, '');
    const header = [nl ? 'Plek' : 'Location', nl ? 'Ernst' : 'Severity', nl ? 'Regel' : 'Rule', nl ? 'Melding' : 'Message'];
    if (delta) header.splice(1, 0, nl ? 'Nieuw' : 'New');
    out.push(`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`);
    for (const { file, finding } of inCategory) {
      const cells = [
        `${escapeMarkdown(file.path)}:${finding.range.start.line + 1}`,
        SEVERITY_LABEL[lang][finding.severity],
        `[${finding.code} ${escapeMarkdown(finding.name)}](${ruleDocUrl(finding.code)})`,
        escapeMarkdown(finding.message[lang]),
      ];
      if (delta) cells.splice(1, 0, file.introduced?.has(finding) ? (nl ? 'ja' : 'yes') : '');
      out.push(`| ${cells.join(' | ')} |`);
    }
    out.push('', '</details>', '');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function scoreCell(file: FileReport, delta: boolean, lang: Lang): string {
  const now = scoreText(file.score.overall, lang);
  if (!delta) return now;
  if (file.before === null) return `${now} (${lang === 'nl' ? 'nieuw' : 'new'})`;
  if (!file.before) return now;
  const change = scoreDelta(file.before.score.overall, file.score.overall);
  return change ? `${now} (${change})` : `${now} (${lang === 'nl' ? 'was' : 'was'} ${scoreText(file.before.score.overall, lang)})`;
}

/** Effect names, in both languages. */
export const EFFECT_LABEL: Record<Lang, Record<'weaker' | 'stronger' | 'neutral', string>> = {
  nl: { weaker: 'zwakker', stronger: 'sterker', neutral: 'neutraal' },
  en: { weaker: 'weaker', stronger: 'stronger', neutral: 'neutral' },
};

/** The "Wat is er veranderd" section of the Markdown report: weaker changes first, each with its line. */
export function changesMarkdown(changes: readonly ReviewedChange[], lang: Lang, beforePath: string, afterPath: string): string[] {
  const nl = lang === 'nl';
  const out = [`### ${nl ? 'Wat is er veranderd' : 'What changed'}`, ''];
  if (changes.length === 0) {
    out.push(nl ? 'Niets aan wat het plan belooft.' : 'Nothing in what the plan commits to.', '');
    return out;
  }
  const count = (effect: 'weaker' | 'stronger' | 'neutral') => changes.filter((change) => change.effect === effect).length;
  out.push(`${count('weaker')} ${EFFECT_LABEL[lang].weaker}, ${count('stronger')} ${EFFECT_LABEL[lang].stronger}, ${count('neutral')} ${EFFECT_LABEL[lang].neutral}`, '');
  out.push(`| ${nl ? 'Effect' : 'Effect'} | ${nl ? 'Plek' : 'Location'} | ${nl ? 'Wat' : 'What'} | ${nl ? 'Soort' : 'Kind'} |`, '| --- | --- | --- | --- |');
  for (const change of changes) {
    const file = change.side === 'before' ? beforePath : afterPath;
    const effect = `${change.effect === 'weaker' ? '🔻 ' : change.effect === 'stronger' ? '🔺 ' : ''}${EFFECT_LABEL[lang][change.effect]}${change.accepted ? (nl ? ' (geaccepteerd)' : ' (accepted)') : ''}`;
    out.push(`| ${effect} | ${escapeMarkdown(file)}:${change.line} | ${escapeMarkdown(change.message[lang])} | \`${change.kind}\` |`);
  }
  out.push('');
  return out;
}
