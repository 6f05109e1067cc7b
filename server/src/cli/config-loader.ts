import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfig } from '../core/config';
import { findConfig } from '../core/config-lookup';
import { RULES_BY_CODE } from '../core/rules/index';
import type { ResolvedConfig } from '../core/types';
import { DEFAULT_CONFIG } from '../core/types';
import { CliError } from './errors';
import { displayPath, readTextFile } from './files';

const nodeHost = {
  exists: (file: string) => {
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  },
  dirname: path.dirname,
  join: path.join,
};

/**
 * Finds and reads the configuration for each plan, each file once. An invalid
 * configuration is reported once, with its file and line, and every plan it governs is
 * left unchecked (cli.md).
 */
export class ConfigLoader {
  private readonly cache = new Map<string, { config: ResolvedConfig } | { errors: CliError[] }>();

  constructor(
    private readonly cwd: string,
    private readonly explicit: string | undefined,
  ) {}

  /** The configuration for a plan, or the errors that stop it from being checked. */
  forPlan(planAbsolute: string): { config: ResolvedConfig; path?: string } | { errors: CliError[]; fresh: boolean } {
    const file = this.explicit !== undefined ? path.resolve(this.cwd, this.explicit) : findConfig(planAbsolute, nodeHost);
    if (file === undefined) return { config: DEFAULT_CONFIG };
    const cached = this.cache.get(file);
    if (cached) return 'config' in cached ? { config: cached.config, path: file } : { errors: cached.errors, fresh: false };
    const loaded = this.load(file);
    this.cache.set(file, loaded);
    return 'config' in loaded ? { config: loaded.config, path: file } : { errors: loaded.errors, fresh: true };
  }

  private load(file: string): { config: ResolvedConfig } | { errors: CliError[] } {
    const shown = displayPath(file, this.cwd);
    let text: string;
    try {
      text = readTextFile(file, shown);
    } catch (error) {
      if (error instanceof CliError) {
        return { errors: [new CliError({ nl: `configuratie ${error.text.nl}`, en: `configuration ${error.text.en}` }, shown)] };
      }
      throw error;
    }
    const result = parseConfig(text, new Set(RULES_BY_CODE.keys()));
    if (result.problems.length === 0) return { config: result.config };
    return {
      errors: result.problems.map(
        (problem) =>
          new CliError(
            {
              nl: `ongeldige configuratie: ${problem.message.nl}`,
              en: `invalid configuration: ${problem.message.en}`,
            },
            `${shown}:${problem.range.start.line + 1}:${problem.range.start.character + 1}`,
          ),
      ),
    };
  }
}
