import { changeJson } from '../review';
import { SCORED_CATEGORIES } from '../../core/types';
import { countBySeverity, sortFindings, toDiagnostic, type CheckReport, type Diagnostic } from '../report';

interface JsonFile {
  path: string;
  score: number | null;
  categories: Record<string, number | null> | null;
  diagnostics: Array<Diagnostic & { new?: boolean }>;
  suppressed?: number;
  /** Placeholders left in the plan (format.md 1.1): texts still to write. Added in 1.1. */
  placeholders: number;
  before?: { score: number | null; categories: Record<string, number | null> | null } | null;
  changes?: Array<ReturnType<typeof changeJson>>;
}

/** cli.md's JSON, field for field; with --changed-since it adds `changedSince`, `before` and `new`. */
export function formatJson(report: CheckReport): string {
  const delta = report.changedSince !== undefined;
  const files: JsonFile[] = report.files.map((file) => {
    const entry: JsonFile = {
      path: file.path,
      score: file.score.overall,
      categories: file.score.overall === null ? null : categoriesOf(file.score.categories),
      diagnostics: sortFindings(file.findings).map((finding) => {
        const diagnostic: Diagnostic & { new?: boolean } = toDiagnostic(finding, report.lang);
        if (delta) diagnostic.new = file.introduced?.has(finding) ?? false;
        return diagnostic;
      }),
      placeholders: file.placeholders,
    };
    if (file.suppressed !== undefined) entry.suppressed = file.suppressed;
    if (delta) {
      entry.before = file.before
        ? { score: file.before.score.overall, categories: file.before.score.overall === null ? null : categoriesOf(file.before.score.categories) }
        : null;
      entry.changes = (file.changes ?? []).map((change) => changeJson(change, report.lang));
    }
    return entry;
  });
  const counts = countBySeverity(report.files.flatMap((file) => file.findings));
  const out: Record<string, unknown> = { version: 1 };
  if (delta) out.changedSince = report.changedSince;
  out.files = files;
  const summary: Record<string, number> = { files: files.length, errors: counts.error, warnings: counts.warning, infos: counts.info, placeholders: files.reduce((sum, file) => sum + file.placeholders, 0) };
  if (report.files.some((file) => file.suppressed !== undefined)) summary.suppressed = report.files.reduce((sum, file) => sum + (file.suppressed ?? 0), 0);
  out.summary = summary;
  return `${JSON.stringify(out, null, 2)}\n`;
}

function categoriesOf(categories: Record<string, number | null>): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const category of SCORED_CATEGORIES) out[category] = categories[category];
  return out;
}
