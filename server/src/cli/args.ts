import { RULES_BY_CODE, UNSUPPRESSIBLE } from '../core/rules/index';
import type { Lang, Severity } from '../core/types';
import { CliError } from './errors';

export const COMMANDS = ['check', 'rules', 'init', 'preview', 'diff'] as const;
export type Command = (typeof COMMANDS)[number] | 'help' | 'version';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown', 'junit'] as const;
export type FormatName = (typeof FORMATS)[number];
/** A format any command writes: the check formats, and `html`, the review page only `diff` writes (review.md). */
export type OutputFormat = FormatName | 'html';

export type FailOn = Severity | 'never';
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'never'];

/** The formats each command can write. */
const FORMATS_BY_COMMAND: Record<string, readonly OutputFormat[]> = {
  check: FORMATS,
  diff: ['stylish', 'json', 'markdown', 'junit', 'html'],
  rules: ['stylish', 'json'],
};

/** One report to write: a format and where to (standard output when `output` is absent). */
export interface OutputSpec {
  format: OutputFormat;
  output?: string;
}

export interface Args {
  command: Command;
  positionals: string[];
  outputs: OutputSpec[];
  failOn: FailOn;
  minScore?: number;
  lang: Lang;
  config?: string;
  /** True or false when asked for; undefined means: colour when standard output is a terminal. */
  color?: boolean;
  changedSince?: string;
  failOnNew: boolean;
  /** Exit 1 when the plan's change list holds a weaker change nobody accepted (review.md). */
  failOnWeaker?: boolean;
  debug: boolean;
  /** `preview --out`. */
  out?: string;
  /** `--suppress-all`: write every finding's count to the suppressions file (review.md). */
  suppressAll?: boolean;
  /** `--suppress-rule CODE`, repeatable: write the counts of these codes only. */
  suppressRules?: string[];
  /** `--prune-suppressions`: lower the counts to what is found now. */
  pruneSuppressions?: boolean;
  /** `--suppressions-location FILE`: the suppressions file to read and write. */
  suppressionsLocation?: string;
}

interface OptionSpec {
  value: boolean;
  commands: readonly string[];
}

const OPTIONS: Record<string, OptionSpec> = {
  '--format': { value: true, commands: ['check', 'diff', 'rules'] },
  '--output': { value: true, commands: ['check', 'diff', 'rules'] },
  '--fail-on': { value: true, commands: ['check', 'diff'] },
  '--min-score': { value: true, commands: ['check', 'diff'] },
  '--lang': { value: true, commands: ['check', 'diff', 'rules', 'init', 'preview'] },
  '--config': { value: true, commands: ['check', 'diff', 'preview'] },
  '--no-color': { value: false, commands: ['check', 'diff', 'rules'] },
  '--color': { value: false, commands: ['check', 'diff', 'rules'] },
  '--changed-since': { value: true, commands: ['check'] },
  '--fail-on-new': { value: false, commands: ['check', 'diff'] },
  '--fail-on-weaker': { value: false, commands: ['check', 'diff'] },
  '--suppress-all': { value: false, commands: ['check'] },
  '--suppress-rule': { value: true, commands: ['check'] },
  '--prune-suppressions': { value: false, commands: ['check'] },
  '--suppressions-location': { value: true, commands: ['check'] },
  '--out': { value: true, commands: ['preview'] },
  '--debug': { value: false, commands: ['check', 'diff', 'rules', 'init', 'preview'] },
  '--help': { value: false, commands: ['check', 'diff', 'rules', 'init', 'preview'] },
  '--version': { value: false, commands: ['check', 'diff', 'rules', 'init', 'preview'] },
};

const SHORT: Record<string, string> = { '-h': '--help', '-v': '--version', '-o': '--output', '-f': '--format' };

/** The language before arguments are understood, so that errors about them are in it too. */
export function detectLang(argv: readonly string[], envLang: string | undefined): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'nl' || value === 'en') return value;
  }
  return envLang && /^en/i.test(envLang) ? 'en' : 'nl';
}

/**
 * Reads the command line by hand. Any mistake is a CliError (exit 2) with a one-line
 * message; nothing is guessed. The first argument is a command when it names one, else
 * `check` is meant (`wijkplan plannen/` is `wijkplan check plannen/`).
 */
export function parseArgs(argv: readonly string[], envLang: string | undefined): Args {
  const lang = detectLang(argv, envLang);
  const args: Args = { command: 'check', positionals: [], outputs: [], failOn: 'error', lang, failOnNew: false, debug: false };
  let rest = [...argv];
  if (rest.length > 0 && (COMMANDS as readonly string[]).includes(rest[0])) {
    args.command = rest[0] as Command;
    rest = rest.slice(1);
  } else if (rest[0] === 'help') {
    args.command = 'help';
    rest = rest.slice(1);
  }
  const command = args.command;
  // --output given before any --format waits for the next --format.
  let pendingOutput: string | undefined;
  let help = false;
  let version = false;
  let onlyPositionals = false;

  for (let i = 0; i < rest.length; i++) {
    let arg = rest[i];
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      args.positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    let inlineValue: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      inlineValue = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const name = SHORT[arg] ?? arg;
    const spec = OPTIONS[name];
    if (!spec) {
      throw new CliError({ nl: `onbekende optie ${arg} (zie wijkplan --help)`, en: `unknown option ${arg} (see wijkplan --help)` });
    }
    if (command !== 'help' && !spec.commands.includes(command)) {
      throw new CliError({ nl: `optie ${name} hoort niet bij wijkplan ${command}`, en: `option ${name} does not apply to wijkplan ${command}` });
    }
    let value: string | undefined;
    if (spec.value) {
      if (inlineValue !== undefined) value = inlineValue;
      else if (i + 1 < rest.length && !(rest[i + 1].startsWith('-') && rest[i + 1] !== '-')) value = rest[++i];
      if (value === undefined || value === '') {
        throw new CliError({ nl: `optie ${name} heeft een waarde nodig`, en: `option ${name} needs a value` });
      }
    } else if (inlineValue !== undefined) {
      throw new CliError({ nl: `optie ${name} neemt geen waarde`, en: `option ${name} takes no value` });
    }
    switch (name) {
      case '--help':
        help = true;
        break;
      case '--version':
        version = true;
        break;
      case '--format': {
        const allowed = FORMATS_BY_COMMAND[command] ?? FORMATS;
        if (!(allowed as readonly string[]).includes(value!)) {
          throw new CliError({
            nl: `onbekend formaat "${value}" voor --format; kies uit ${allowed.join(', ')}`,
            en: `unknown format "${value}" for --format; choose from ${allowed.join(', ')}`,
          });
        }
        args.outputs.push({ format: value as OutputFormat, output: pendingOutput });
        pendingOutput = undefined;
        break;
      }
      case '--output': {
        const last = args.outputs[args.outputs.length - 1];
        if (last && last.output === undefined) last.output = value;
        else if (pendingOutput === undefined) pendingOutput = value;
        else throw new CliError({ nl: `twee keer --output zonder --format ertussen`, en: `--output given twice without a --format between them` });
        break;
      }
      case '--fail-on':
        if (!(FAIL_ON as readonly string[]).includes(value!)) {
          throw new CliError({
            nl: `ongeldige waarde "${value}" voor --fail-on; kies uit ${FAIL_ON.join(', ')}`,
            en: `invalid value "${value}" for --fail-on; choose from ${FAIL_ON.join(', ')}`,
          });
        }
        args.failOn = value as FailOn;
        break;
      case '--min-score': {
        const n = Number(value);
        if (!/^\d+(\.\d+)?$/.test(value!) || !(n >= 0 && n <= 100)) {
          throw new CliError({
            nl: `ongeldige waarde "${value}" voor --min-score; geef een getal van 0 tot en met 100`,
            en: `invalid value "${value}" for --min-score; give a number from 0 to 100`,
          });
        }
        args.minScore = n;
        break;
      }
      case '--lang':
        if (value !== 'nl' && value !== 'en') {
          throw new CliError({ nl: `ongeldige waarde "${value}" voor --lang; kies nl of en`, en: `invalid value "${value}" for --lang; choose nl or en` });
        }
        args.lang = value;
        break;
      case '--config':
        args.config = value;
        break;
      case '--no-color':
        args.color = false;
        break;
      case '--color':
        args.color = true;
        break;
      case '--changed-since':
        args.changedSince = value;
        break;
      case '--fail-on-new':
        args.failOnNew = true;
        break;
      case '--fail-on-weaker':
        args.failOnWeaker = true;
        break;
      case '--suppress-all':
        args.suppressAll = true;
        break;
      case '--suppress-rule':
        if (!RULES_BY_CODE.has(value!)) {
          throw new CliError({ nl: `onbekende regel "${value}" voor --suppress-rule (zie wijkplan rules)`, en: `unknown rule "${value}" for --suppress-rule (see wijkplan rules)` });
        }
        if (UNSUPPRESSIBLE.has(value!)) {
          throw new CliError({ nl: `${value} kan niet worden onderdrukt, ook niet met --suppress-rule`, en: `${value} cannot be suppressed, not even with --suppress-rule` });
        }
        args.suppressRules = [...(args.suppressRules ?? []), value!];
        break;
      case '--prune-suppressions':
        args.pruneSuppressions = true;
        break;
      case '--suppressions-location':
        args.suppressionsLocation = value;
        break;
      case '--out':
        args.out = value;
        break;
      case '--debug':
        args.debug = true;
        break;
    }
  }

  if (help || command === 'help') return { ...args, command: 'help', positionals: command === 'help' ? args.positionals : [command] };
  if (version) return { ...args, command: 'version' };
  if (pendingOutput !== undefined) {
    if (args.outputs.length > 0) {
      throw new CliError({ nl: `--output ${pendingOutput} hoort bij geen --format`, en: `--output ${pendingOutput} belongs to no --format` });
    }
    args.outputs.push({ format: 'stylish', output: pendingOutput });
  }
  validateOutputs(args.outputs);
  validatePositionals(args);
  if (args.failOnNew && command === 'check' && args.changedSince === undefined) {
    throw new CliError({ nl: '--fail-on-new werkt alleen samen met --changed-since REF', en: '--fail-on-new only works together with --changed-since REF' });
  }
  const writes = [args.suppressAll && '--suppress-all', args.suppressRules && '--suppress-rule', args.pruneSuppressions && '--prune-suppressions'].filter(Boolean);
  if (writes.length > 1) {
    throw new CliError({ nl: `${writes.join(' en ')} gaan niet samen: kies er één`, en: `${writes.join(' and ')} do not go together: choose one` });
  }
  if (args.failOnWeaker && command === 'check' && args.changedSince === undefined) {
    throw new CliError({ nl: '--fail-on-weaker werkt alleen samen met --changed-since REF', en: '--fail-on-weaker only works together with --changed-since REF' });
  }
  return args;
}

function validateOutputs(outputs: OutputSpec[]): void {
  const toStdout = outputs.filter((o) => o.output === undefined);
  if (toStdout.length > 1) {
    throw new CliError({
      nl: `meer dan één formaat naar standaarduitvoer (${toStdout.map((o) => o.format).join(', ')}); geef de andere een --output FILE`,
      en: `more than one format to standard output (${toStdout.map((o) => o.format).join(', ')}); give the others an --output FILE`,
    });
  }
  const seen = new Set<string>();
  for (const { output } of outputs) {
    if (output === undefined) continue;
    if (seen.has(output)) throw new CliError({ nl: `--output ${output} staat er twee keer`, en: `--output ${output} is given twice` });
    seen.add(output);
  }
}

function validatePositionals(args: Args): void {
  const count = args.positionals.length;
  const fail = (nl: string, en: string) => {
    throw new CliError({ nl, en });
  };
  switch (args.command) {
    case 'rules':
      if (count > 0) fail(`wijkplan rules neemt geen bestanden (kreeg ${args.positionals[0]})`, `wijkplan rules takes no files (got ${args.positionals[0]})`);
      break;
    case 'init':
      if (count > 1) fail('wijkplan init neemt hooguit één bestand', 'wijkplan init takes at most one file');
      break;
    case 'preview':
      if (count !== 1) fail('wijkplan preview neemt precies één bestand: wijkplan preview FILE [--out FILE.html]', 'wijkplan preview takes exactly one file: wijkplan preview FILE [--out FILE.html]');
      break;
    case 'diff':
      if (count !== 2) fail('wijkplan diff neemt precies twee bestanden: wijkplan diff OUD NIEUW', 'wijkplan diff takes exactly two files: wijkplan diff OLD NEW');
      break;
  }
}
