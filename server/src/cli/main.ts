import * as fs from 'node:fs';
import { version } from '../../../package.json';
import { parseArgs, detectLang, type Args, type FormatName } from './args';
import { runCheck, exitCodeFor } from './check';
import { isLintWorker, runLintWorker } from './parallel';
import { COLOR, PLAIN, useColor } from './color';
import { formatDiff, runDiff, diffExitCode, type DiffFormat } from './diff';
import { CliError, oneLine, Problems } from './errors';
import { checkOutputTarget, displayPath, writeOutputFile } from './files';
import { formatReport } from './formatters/index';
import { formatMarkdown } from './formatters/markdown';
import { helpText } from './help';
import { runInit } from './init';
import { runPreview } from './preview';
import { rulesJson, rulesStylish } from './rules-command';

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** This program's own script, which also serves as the lint workers' script. */
  script?: string;
}

/** Runs one command line and returns its exit code. Never throws. */
export function run(argv: readonly string[], io: Io): number {
  const debug = argv.includes('--debug');
  let lang = detectLang(argv, io.env.LANG);
  try {
    const args = parseArgs(argv, io.env.LANG);
    lang = args.lang;
    return dispatch(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`wijkplan: ${oneLine(error.render(lang))}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      lang === 'nl'
        ? `wijkplan: interne fout: ${oneLine(message)}${debug ? '' : ' (draai met --debug voor details)'}\n`
        : `wijkplan: internal error: ${oneLine(message)}${debug ? '' : ' (run with --debug for details)'}\n`,
    );
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 2;
  }
}

function dispatch(args: Args, io: Io): number {
  const { lang } = args;
  const paint = useColor(args.color, io.env, io.isTTY) ? COLOR : PLAIN;
  switch (args.command) {
    case 'help':
      io.stdout(helpText(lang));
      return 0;
    case 'version':
      io.stdout(`${version}\n`);
      return 0;
    case 'rules': {
      const spec = args.outputs[0] ?? { format: 'stylish' };
      const text = spec.format === 'json' ? rulesJson(lang) : rulesStylish(lang, spec.output ? PLAIN : paint);
      emit(text, spec.output, io);
      return 0;
    }
    case 'init': {
      const written = runInit(args.positionals[0], io.cwd);
      io.stdout(lang === 'nl' ? `Nieuw plan geschreven: ${written}\n` : `New plan written: ${written}\n`);
      return 0;
    }
    case 'preview': {
      const written = runPreview(args, io.cwd);
      io.stdout(lang === 'nl' ? `Voorvertoning geschreven: ${written}\n` : `Preview written: ${written}\n`);
      return 0;
    }
    case 'diff': {
      checkTargets(args, io.cwd);
      const problems = new Problems(lang, io.stderr);
      const report = runDiff(args, io.cwd, problems);
      if (!report) return 2;
      const outputs = args.outputs.length > 0 ? args.outputs : [{ format: 'stylish' as const }];
      for (const spec of outputs) {
        const text = formatDiff(spec.format as DiffFormat, report, spec.output ? PLAIN : paint);
        emit(text, spec.output, io);
      }
      return problems.any ? 2 : diffExitCode(report, args);
    }
    case 'check': {
      checkTargets(args, io.cwd);
      const problems = new Problems(lang, io.stderr);
      // What was written to the suppressions file goes to standard error: standard output is the report.
      const report = runCheck(args, io.cwd, problems, io.script, io.stderr);
      const outputs = args.outputs.length > 0 ? args.outputs : [{ format: 'stylish' as const }];
      for (const spec of outputs) {
        // Files never get colour: they are read by tools, not terminals.
        // parseArgs allows check only the check formats (html is diff's alone).
        emit(formatReport(spec.format as FormatName, report, spec.output ? PLAIN : paint), spec.output, io);
      }
      if (outputs.some((spec) => spec.format === 'github') && io.env.GITHUB_STEP_SUMMARY) {
        try {
          fs.appendFileSync(io.env.GITHUB_STEP_SUMMARY, `${formatMarkdown(report)}\n`);
        } catch (error) {
          problems.add(
            new CliError(
              { nl: `samenvatting kan niet worden geschreven: ${(error as Error).message}`, en: `summary cannot be written: ${(error as Error).message}` },
              'GITHUB_STEP_SUMMARY',
            ),
          );
        }
      }
      return exitCodeFor(report, { failOn: args.failOn, minScore: args.minScore, failOnNew: args.failOnNew, failOnWeaker: args.failOnWeaker }, problems);
    }
  }
}

/** A report file whose folder is missing is a bad argument: said before any work is done. */
function checkTargets(args: Args, cwd: string): void {
  for (const spec of args.outputs) {
    if (spec.output === undefined) continue;
    const problem = checkOutputTarget(spec.output, cwd);
    if (problem) throw problem;
  }
}

function emit(text: string, output: string | undefined, io: Io): void {
  if (output === undefined) io.stdout(text);
  else writeOutputFile(output, text, displayPath(output, io.cwd));
}

function main(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A reader that went away (`wijkplan … | head`) is no reason for a stack trace.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  process.exitCode = run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    script: __filename,
  });
}

if (isLintWorker()) runLintWorker();
else main();
