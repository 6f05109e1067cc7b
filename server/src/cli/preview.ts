import * as path from 'node:path';
import { renderStandalonePage } from '../core/preview/page';
import type { Args } from './args';
import { ConfigLoader } from './config-loader';
import { CliError } from './errors';
import { checkOutputTarget, displayPath, readPlanFile, writeOutputFile } from './files';
import { checkRead, MAX_CHARS } from './lint-file';

/**
 * `wijkplan preview FILE [--out FILE.html]`: the editor's preview as one self-contained page,
 * for a pull-request artifact. Without --out the page goes next to the plan, its name ending
 * in `.html` instead of `.yaml`/`.yml`.
 */
export function runPreview(args: Args, cwd: string): string {
  const plan = path.resolve(cwd, args.positionals[0]);
  const shown = displayPath(plan, cwd);
  const out = args.out !== undefined ? path.resolve(cwd, args.out) : plan.replace(/\.ya?ml$/i, '') + '.html';
  const outShown = displayPath(out, cwd);
  const problem = checkOutputTarget(out, cwd);
  if (problem) throw new CliError(problem.text, outShown);
  const found = new ConfigLoader(cwd, args.config).forPlan(plan);
  if ('errors' in found) throw found.errors[0];
  const checked = checkRead(readPlanFile(plan, MAX_CHARS, shown), found.config);
  const html = renderStandalonePage({ result: checked.result, fileName: path.basename(plan), lang: args.lang });
  writeOutputFile(out, html, outShown);
  return outShown;
}
