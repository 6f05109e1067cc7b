import * as fs from 'node:fs';
import * as path from 'node:path';
import { updateCounts, type CodeCounts } from '../core/bulk-suppressions';
import type { ResolvedConfig } from '../core/types';
import type { Args, FailOn } from './args';
import { ConfigLoader } from './config-loader';
import { CliError, type Problems } from './errors';
import { collectFiles, decodeUtf8, displayPath } from './files';
import { changesSince, showAtRef, type Changes } from './git';
import { checkRead, MAX_CHARS, withSuppressions } from './lint-file';
import { lintJobs, type LintJob } from './parallel';
import { hasUnacceptedWeaker, reviewChanges } from './review';
import { introducedFindings, SEVERITY_RANK, sortFiles, type CheckReport, type FileReport } from './report';
import { suppressionUpdate, SuppressionsLoader, writeSuppressions, type LoadedSuppressions, type PlanCounts } from './suppressions';

/**
 * Checks the plans the command line names and returns what every formatter reports.
 * Exit-2 problems go to `problems` as they come; the files that can be checked still are.
 */
export function runCheck(args: Args, cwd: string, problems: Problems, workerScript?: string, say: (text: string) => void = () => undefined): CheckReport {
  const patterns = args.positionals.length > 0 ? args.positionals : ['.'];
  const collected = collectFiles(patterns, cwd);
  for (const error of collected.errors) problems.add(error);

  let changes: Changes | undefined;
  let files = collected.files;
  if (args.changedSince !== undefined) {
    changes = changesSince(args.changedSince, cwd);
    const changed = new Set([...changes.files.keys()].map(real));
    files = files.filter((file) => changed.has(real(file)));
  }

  const loader = new ConfigLoader(cwd, args.config);
  const suppressionsLoader = new SuppressionsLoader(cwd, args.suppressionsLocation);
  const update = suppressionUpdate(args);
  const jobs: LintJob[] = [];
  const places: Array<{ loaded: LoadedSuppressions; key: string }> = [];
  for (const file of files) {
    const shown = displayPath(file, cwd);
    const found = loader.forPlan(file);
    if ('errors' in found) {
      if (found.fresh) for (const error of found.errors) problems.add(error);
      problems.add(new CliError({ nl: 'niet gecontroleerd: de configuratie die erbij hoort is ongeldig', en: 'not checked: the configuration that governs it is invalid' }, shown));
      continue;
    }
    const loaded = suppressionsLoader.load(suppressionsLoader.fileFor(found.path));
    if ('errors' in loaded) {
      if (loaded.fresh) for (const error of loaded.errors) problems.add(error);
      problems.add(new CliError({ nl: 'niet gecontroleerd: het onderdrukkingsbestand dat erbij hoort is ongeldig', en: 'not checked: the suppressions file that governs it is invalid' }, shown));
      continue;
    }
    const key = suppressionsLoader.keyFor(loaded.file, file);
    // A run that writes the file lints without it and applies the new counts afterwards.
    const counts = update ? undefined : loaded.suppressions[key];
    jobs.push({ file, shown, config: found.config, suppressions: counts, suppressionsName: loaded.shown });
    places.push({ loaded, key });
  }
  const outcomes = lintJobs(jobs, workerScript);
  const newCounts: Array<CodeCounts | undefined> = [];
  if (update) {
    const written: PlanCounts[] = [];
    jobs.forEach((job, index) => {
      const outcome = outcomes[index];
      if (!('checked' in outcome)) return;
      const { loaded, key } = places[index];
      const counts = updateCounts(loaded.suppressions[key], outcome.checked.findings, update, job.config, outcome.checked.judged);
      newCounts[index] = counts;
      written.push({ loaded, key, counts });
    });
    try {
      say(writeSuppressions(written, update, cwd, args.lang));
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      problems.add(error);
    }
  }
  const reports: FileReport[] = [];
  jobs.forEach((job, index) => {
    const outcome = outcomes[index];
    if ('error' in outcome) {
      problems.add(new CliError(outcome.error.text, outcome.error.path));
      return;
    }
    if ('crash' in outcome) throw new Error(outcome.crash);
    const { checked } = outcome;
    const { loaded } = places[index];
    const applied = update ? withSuppressions(checked, newCounts[index], job.config, loaded.shown) : checked;
    const report: FileReport = { path: job.shown, absolute: job.file, findings: applied.findings, score: applied.score, ran: checked.ran, placeholders: checked.placeholders };
    // The count is only given where a suppressions file governs the plan (JSON gains a field, cli.md).
    if (loaded.exists || update) report.suppressed = applied.suppressed;
    const counts = update ? newCounts[index] : job.suppressions;
    if (changes && args.changedSince !== undefined) addBefore(report, changes, args.changedSince, job.config, counts, loaded.shown);
    reports.push(report);
  });
  return { files: sortFiles(reports), lang: args.lang, changedSince: args.changedSince, errors: problems.list };
}

/** Lints the version at REF with the same configuration and marks what the change introduced. */
function addBefore(report: FileReport, changes: Changes, ref: string, config: ResolvedConfig, counts: CodeCounts | undefined, suppressionsName: string): void {
  const target = real(report.absolute);
  let atRef: string | null | undefined;
  for (const [file, before] of changes.files) if (real(file) === target) atRef = before;
  const bytes = atRef ? showAtRef(changes.root, ref, atRef) : undefined;
  const now = checkRead(decodeUtf8(fs.readFileSync(report.absolute)), config);
  if (!bytes) {
    report.before = null;
    report.introduced = new Set(report.findings);
    report.changes = reviewChanges(checkRead({ kind: 'text', text: '' }, config).result, now.result);
    return;
  }
  // The version at REF is judged with today's suppressions file, so both sides compare alike.
  const before = checkRead(bytes.length > MAX_CHARS * 3 ? { kind: 'not-text', reason: 'size' } : decodeUtf8(bytes), config);
  const kept = withSuppressions(before, counts, config, suppressionsName);
  report.before = { findings: kept.findings, score: kept.score };
  report.introduced = introducedFindings(kept.findings, report.findings);
  report.changes = reviewChanges(before.result, now.result);
}

function real(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * The exit code of a check (cli.md): 2 when something could not be done, else 1 when a
 * finding is at or above --fail-on (with --fail-on-new: a finding the change introduced)
 * or a score is below --min-score (a null score is below every minimum), else 0.
 */
export function exitCodeFor(report: CheckReport, options: { failOn: FailOn; minScore?: number; failOnNew: boolean; failOnWeaker?: boolean }, problems: Problems): number {
  if (problems.any) return 2;
  for (const file of report.files) {
    if (options.failOnWeaker && hasUnacceptedWeaker(file.changes ?? [])) return 1;
    if (options.failOn !== 'never') {
      const counted = options.failOnNew ? [...(file.introduced ?? [])] : file.findings;
      if (counted.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[options.failOn as keyof typeof SEVERITY_RANK])) return 1;
    }
    if (options.minScore !== undefined && (file.score.overall === null || file.score.overall < options.minScore)) return 1;
  }
  return 0;
}
