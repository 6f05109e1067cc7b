import * as fs from 'node:fs';
import * as path from 'node:path';
import { PLAN_TEMPLATE } from '../core/template';
import { CliError } from './errors';
import { checkOutputTarget, displayPath } from './files';

export const DEFAULT_INIT_FILE = 'wijk.wijkplan.yaml';

/** Writes the template to a new file; an existing file is never overwritten (exit 2). */
export function runInit(file: string | undefined, cwd: string): string {
  const target = path.resolve(cwd, file ?? DEFAULT_INIT_FILE);
  const shown = displayPath(target, cwd);
  const problem = checkOutputTarget(target, cwd);
  if (problem) throw new CliError(problem.text, shown);
  try {
    fs.writeFileSync(target, PLAN_TEMPLATE, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new CliError({ nl: 'bestaat al; wijkplan init overschrijft geen bestand', en: 'already exists; wijkplan init never overwrites a file' }, shown);
    }
    throw new CliError({ nl: `kan niet worden geschreven: ${(error as Error).message}`, en: `cannot be written: ${(error as Error).message}` }, shown);
  }
  return shown;
}
