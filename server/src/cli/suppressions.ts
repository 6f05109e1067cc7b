import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  defaultSuppressionsFile,
  formatSuppressions,
  parseSuppressions,
  suppressionsKey,
  type CodeCounts,
  type Suppressions,
  type SuppressionUpdate,
} from '../core/bulk-suppressions';
import type { Lang } from '../core/types';
import type { Args } from './args';
import { CliError } from './errors';
import { displayPath, readTextFile, writeOutputFile } from './files';

/** A suppressions file as read: what it says and whether it was there at all. */
export interface LoadedSuppressions {
  file: string;
  shown: string;
  exists: boolean;
  suppressions: Suppressions;
}

/** What the command line asks to write, or undefined when the run only reads the file. */
export function suppressionUpdate(args: Args): SuppressionUpdate | undefined {
  if (args.suppressAll) return { kind: 'all' };
  if (args.suppressRules) return { kind: 'rules', codes: args.suppressRules };
  if (args.pruneSuppressions) return { kind: 'prune' };
  return undefined;
}

function slashed(file: string): string {
  return path.resolve(file).split(path.sep).join('/');
}

/**
 * Finds and reads the suppressions file for each plan, each file once: `--suppressions-location`
 * when given, else beside the plan's configuration, else in the current folder. An invalid
 * file is reported once, with its file, line and reason, like an invalid configuration.
 */
export class SuppressionsLoader {
  private readonly cache = new Map<string, LoadedSuppressions | { errors: CliError[] }>();

  constructor(
    private readonly cwd: string,
    private readonly explicit: string | undefined,
  ) {}

  /** The suppressions file for a plan governed by `configFile` (absolute path). */
  fileFor(configFile: string | undefined): string {
    if (this.explicit !== undefined) return path.resolve(this.cwd, this.explicit);
    return defaultSuppressionsFile(configFile, this.cwd, path);
  }

  /** A plan's key in a suppressions file: relative to the file's folder, with `/`. */
  keyFor(file: string, plan: string): string {
    return suppressionsKey(slashed(path.dirname(file)), slashed(plan));
  }

  load(file: string): LoadedSuppressions | { errors: CliError[]; fresh: boolean } {
    const cached = this.cache.get(file);
    if (cached) return 'errors' in cached ? { errors: cached.errors, fresh: false } : cached;
    const loaded = this.read(file);
    this.cache.set(file, loaded);
    return 'errors' in loaded ? { errors: loaded.errors, fresh: true } : loaded;
  }

  private read(file: string): LoadedSuppressions | { errors: CliError[] } {
    const shown = displayPath(file, this.cwd);
    // No file is no suppressions; any other reason it cannot be read is said below.
    try {
      fs.statSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file, shown, exists: false, suppressions: {} };
    }
    let text: string;
    try {
      text = readTextFile(file, shown);
    } catch (error) {
      if (error instanceof CliError) {
        return { errors: [new CliError({ nl: `onderdrukkingsbestand ${error.text.nl}`, en: `suppressions file ${error.text.en}` }, shown)] };
      }
      throw error;
    }
    const result = parseSuppressions(text);
    if (result.problems.length === 0) return { file, shown, exists: true, suppressions: result.suppressions };
    return {
      errors: result.problems.map(
        (problem) =>
          new CliError(
            { nl: `ongeldig onderdrukkingsbestand: ${problem.message.nl}`, en: `invalid suppressions file: ${problem.message.en}` },
            `${shown}:${problem.range.start.line + 1}:${problem.range.start.character + 1}`,
          ),
      ),
    };
  }
}

/** One plan's part in writing: its file, its key there, and its new counts. */
export interface PlanCounts {
  loaded: LoadedSuppressions;
  key: string;
  counts: CodeCounts | undefined;
}

/**
 * Writes each suppressions file the run touched: the new counts of the plans it checked, the
 * other plans as they were; `--prune-suppressions` also drops plans that no longer exist and
 * writes no file that was not there. Returns what to tell the user (counts per plan and code).
 */
export function writeSuppressions(plans: readonly PlanCounts[], update: SuppressionUpdate, cwd: string, lang: Lang): string {
  const byFile = new Map<string, { loaded: LoadedSuppressions; next: Suppressions; checked: Set<string> }>();
  for (const { loaded, key, counts } of plans) {
    let entry = byFile.get(loaded.file);
    if (!entry) byFile.set(loaded.file, (entry = { loaded, next: Object.assign(Object.create(null) as Suppressions, loaded.suppressions), checked: new Set() }));
    entry.checked.add(key);
    if (counts) entry.next[key] = counts;
    else delete entry.next[key];
  }
  const lines: string[] = [];
  for (const { loaded, next, checked } of [...byFile.values()].sort((a, b) => (a.loaded.file < b.loaded.file ? -1 : 1))) {
    if (update.kind === 'prune') {
      if (!loaded.exists) continue;
      for (const key of Object.keys(next)) {
        if (!checked.has(key) && !isFile(path.resolve(path.dirname(loaded.file), key))) delete next[key];
      }
    }
    writeOutputFile(loaded.file, formatSuppressions(next), loaded.shown);
    lines.push(describe(loaded, next, cwd, lang));
  }
  return lines.join('');
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** `Onderdrukkingen geschreven naar …:` and one line per plan, `WP101 × 2, WP203 × 1`. */
function describe(loaded: LoadedSuppressions, suppressions: Suppressions, cwd: string, lang: Lang): string {
  const keys = Object.keys(suppressions).sort();
  let total = 0;
  const rows = keys.map((key) => {
    const counts = suppressions[key];
    const codes = Object.keys(counts).sort();
    for (const code of codes) total += counts[code];
    const shown = displayPath(path.resolve(path.dirname(loaded.file), key), cwd);
    return `  ${shown}: ${codes.map((code) => `${code} × ${counts[code]}`).join(', ')}\n`;
  });
  const plans = keys.length;
  const head =
    lang === 'nl'
      ? `Onderdrukkingen geschreven naar ${loaded.shown}: ${total} ${total === 1 ? 'bevinding' : 'bevindingen'} in ${plans} ${plans === 1 ? 'plan' : 'plannen'}\n`
      : `Suppressions written to ${loaded.shown}: ${total} ${total === 1 ? 'finding' : 'findings'} in ${plans} ${plans === 1 ? 'plan' : 'plans'}\n`;
  return head + rows.join('');
}
