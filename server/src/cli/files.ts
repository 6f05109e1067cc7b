import * as fs from 'node:fs';
import * as path from 'node:path';
import { PLAN_FILE_NAME } from '../core/plan-files';
import { CliError, describeIoError } from './errors';

/** A plan by its name, in any case, as in the editor. */
export const PLAN_FILE = PLAN_FILE_NAME;

const GLOB_CHARS = /[*?]/;

export interface Collected {
  /** Absolute paths of the files to check, each once, in the order found. */
  files: string[];
  /** Paths or globs that could not be used (exit 2); the rest is still checked. */
  errors: CliError[];
}

/** The path shown to users and in reports: relative to `cwd`, with `/`. */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute) || path.basename(absolute);
  return relative.split(path.sep).join('/');
}

/**
 * Turns the command line's paths, folders and globs into files. A folder means every
 * `*.wijkplan.yaml`/`.yml` below it; a file named explicitly is taken whatever its name;
 * a glob (`*`, `**`, `?`) matches files, and like a shell's never a name starting with
 * `.` unless the pattern does. Dot-folders and `node_modules` are never entered by a
 * walk or a wildcard, and a folder that leads back to one of its own ancestors (a symlink
 * loop) is reported and not entered.
 */
export function collectFiles(patterns: readonly string[], cwd: string): Collected {
  const found = new Map<string, string>();
  const errors: CliError[] = [];
  const add = (file: string) => {
    let key = file;
    try {
      key = fs.realpathSync(file);
    } catch {
      // A file that cannot be resolved is still listed; reading it reports why.
    }
    if (!found.has(key)) found.set(key, file);
  };

  for (const pattern of patterns) {
    if (GLOB_CHARS.test(pattern)) {
      const before = found.size;
      const walker = new Walker(errors, cwd);
      for (const file of walker.glob(pattern)) add(file);
      if (found.size === before && walker.matched === 0) {
        errors.push(new CliError({ nl: 'dit patroon past op geen enkel bestand', en: 'this pattern matches no file' }, pattern));
      }
      continue;
    }
    const absolute = path.resolve(cwd, pattern);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      errors.push(new CliError(describeIoError(error), pattern));
      continue;
    }
    if (stat.isDirectory()) {
      const walker = new Walker(errors, cwd);
      const plans = walker.folder(absolute);
      if (plans.length === 0 && !walker.failed) {
        errors.push(new CliError({ nl: 'deze map bevat geen *.wijkplan.yaml of *.wijkplan.yml', en: 'this folder holds no *.wijkplan.yaml or *.wijkplan.yml' }, pattern));
      }
      for (const file of plans) add(file);
    } else {
      add(absolute);
    }
  }
  return { files: [...found.values()], errors };
}

class Walker {
  /** Files a glob matched, counted before de-duplication. */
  matched = 0;
  failed = false;

  constructor(
    private readonly errors: CliError[],
    private readonly cwd: string,
  ) {}

  /** Every plan file below `root`. */
  folder(root: string): string[] {
    const out: string[] = [];
    this.enter(root, new Set(), (dir, ancestors) => this.walkFolder(dir, ancestors, out));
    return out.sort();
  }

  private walkFolder(dir: string, ancestors: Set<string>, out: string[]): void {
    this.descend(dir, ancestors, (current, entries, currentAncestors) => {
      for (const entry of entries) {
        const full = path.join(current, entry.name);
        const kind = this.kindOf(full, entry);
        if (kind === 'dir') {
          if (!skipFolder(entry.name)) this.enter(full, currentAncestors, (sub, subAncestors) => this.walkFolder(sub, subAncestors, out));
        } else if (PLAN_FILE.test(entry.name)) {
          out.push(full);
        }
      }
    });
  }

  /** The files a glob pattern matches. */
  glob(pattern: string): string[] {
    const segments = pattern.split(/[\\/]/);
    let base: string;
    let index = 0;
    if (path.isAbsolute(pattern)) {
      base = path.parse(path.resolve(pattern)).root;
      while (index < segments.length && segments[index] === '') index++;
    } else {
      base = this.cwd;
    }
    while (index < segments.length - 1 && !GLOB_CHARS.test(segments[index])) {
      if (segments[index] !== '' && segments[index] !== '.') base = path.join(base, segments[index]);
      index++;
    }
    const rest = segments.slice(index).filter((segment) => segment !== '' && segment !== '.');
    const out = new Set<string>();
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(base);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) this.enter(base, new Set(), (dir, ancestors) => this.matchIn(dir, rest, ancestors, out));
    return [...out].sort();
  }

  private matchIn(dir: string, rest: string[], ancestors: Set<string>, out: Set<string>): void {
    if (rest.length === 0) return;
    const [segment, ...tail] = rest;
    if (segment === '**') {
      this.matchIn(dir, tail, ancestors, out);
      this.descend(dir, ancestors, (current, entries, currentAncestors) => {
        for (const entry of entries) {
          if (skipFolder(entry.name)) continue;
          const full = path.join(current, entry.name);
          if (this.kindOf(full, entry) === 'dir') this.enter(full, currentAncestors, (sub, subAncestors) => this.matchIn(sub, rest, subAncestors, out));
        }
      });
      return;
    }
    if (!GLOB_CHARS.test(segment)) {
      const full = path.join(dir, segment);
      this.take(full, fs.existsSync(full) ? this.kindOf(full) : 'missing', tail, ancestors, out);
      return;
    }
    const matcher = segmentMatcher(segment);
    this.descend(dir, ancestors, (current, entries, currentAncestors) => {
      for (const entry of entries) {
        if (!matcher(entry.name)) continue;
        const full = path.join(current, entry.name);
        const kind = this.kindOf(full, entry);
        if (kind === 'dir' && tail.length > 0 && skipFolder(entry.name)) continue;
        this.take(full, kind, tail, currentAncestors, out);
      }
    });
  }

  private take(full: string, kind: Kind, tail: string[], ancestors: Set<string>, out: Set<string>): void {
    if (tail.length === 0) {
      // A glob matches files; a name that cannot be resolved is taken so that reading says why.
      if (kind === 'file' || kind === 'broken') {
        this.matched++;
        out.add(full);
      }
      return;
    }
    if (kind === 'dir') this.enter(full, ancestors, (sub, subAncestors) => this.matchIn(sub, tail, subAncestors, out));
  }

  /** Enters a folder unless it leads back to one of its ancestors. */
  private enter(dir: string, ancestors: Set<string>, visit: (dir: string, ancestors: Set<string>) => void): void {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (error) {
      this.fail(new CliError(describeIoError(error), displayPath(dir, this.cwd)));
      return;
    }
    if (ancestors.has(real)) {
      this.fail(
        new CliError(
          { nl: `mappenlus: deze map verwijst terug naar ${displayPath(real, this.cwd)}; niet doorzocht`, en: `directory loop: this folder leads back to ${displayPath(real, this.cwd)}; not searched` },
          displayPath(dir, this.cwd),
        ),
      );
      return;
    }
    visit(dir, new Set([...ancestors, real]));
  }

  private descend(dir: string, ancestors: Set<string>, visit: (dir: string, entries: fs.Dirent[], ancestors: Set<string>) => void): void {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      this.fail(new CliError(describeIoError(error), displayPath(dir, this.cwd)));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    visit(dir, entries, ancestors);
  }

  private kindOf(full: string, entry?: fs.Dirent): Kind {
    if (entry && !entry.isSymbolicLink()) return entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
    try {
      const stat = fs.statSync(full);
      return stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : 'other';
    } catch {
      return 'broken';
    }
  }

  private fail(error: CliError): void {
    this.failed = true;
    this.errors.push(error);
  }
}

type Kind = 'dir' | 'file' | 'other' | 'broken' | 'missing';

function skipFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** `*` any run of characters but `/`, `?` one character; a leading `.` must be matched literally. */
function segmentMatcher(segment: string): (name: string) => boolean {
  let source = '^';
  for (const char of segment) {
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const regex = new RegExp(`${source}$`);
  const dotAllowed = segment.startsWith('.');
  return (name) => (dotAllowed || !name.startsWith('.')) && regex.test(name);
}

/** The result of reading a plan: its text, or why it is no text (a WP001 finding). */
export type ReadResult = { kind: 'text'; text: string } | { kind: 'not-text'; reason: 'encoding' | 'size' };

/**
 * Reads a file as UTF-8. An I/O error (missing, no permission, a folder, a link loop)
 * is a CliError; a file that is read but is not valid UTF-8 or is too large to check is
 * not an error of the command but a finding about the file (WP001).
 */
export function readPlanFile(file: string, maxChars: number, shown: string): ReadResult {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    // A UTF-16 code unit takes at most 3 bytes of UTF-8, so this many bytes is too long for sure.
    if (stat.size > maxChars * 3) return { kind: 'not-text', reason: 'size' };
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new CliError(describeIoError(error), shown);
  }
  return decodeUtf8(bytes);
}

/** Strict UTF-8: invalid bytes make the file WP001 instead of silently becoming U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): ReadResult {
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { kind: 'not-text', reason: 'encoding' };
  }
}

/** Reads a small file (a configuration) as strict UTF-8; every failure is a CliError. */
export function readTextFile(file: string, shown: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new CliError(describeIoError(error), shown);
  }
  const result = decodeUtf8(bytes);
  if (result.kind !== 'text') throw new CliError({ nl: 'is geen geldige UTF-8-tekst', en: 'is not valid UTF-8 text' }, shown);
  return result.text;
}

/** Writes a report; a missing folder or any other failure is a CliError naming the file. */
export function writeOutputFile(file: string, text: string, shown: string): void {
  try {
    fs.writeFileSync(file, text);
  } catch (error) {
    throw new CliError(describeWriteError(error), shown);
  }
}

/** Checks before any work that a report can be written where asked. */
export function checkOutputTarget(file: string, cwd: string): CliError | undefined {
  const absolute = path.resolve(cwd, file);
  const folder = path.dirname(absolute);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    return new CliError({ nl: `kan niet worden geschreven: de map ${displayPath(folder, cwd)} bestaat niet`, en: `cannot be written: folder ${displayPath(folder, cwd)} does not exist` }, file);
  }
  if (!stat.isDirectory()) {
    return new CliError({ nl: `kan niet worden geschreven: ${displayPath(folder, cwd)} is geen map`, en: `cannot be written: ${displayPath(folder, cwd)} is not a folder` }, file);
  }
  try {
    if (fs.statSync(absolute).isDirectory()) {
      return new CliError({ nl: 'kan niet worden geschreven: het is een map', en: 'cannot be written: it is a folder' }, file);
    }
  } catch {
    // Not there yet: it will be created.
  }
  return undefined;
}

function describeWriteError(error: unknown) {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return { nl: 'kan niet worden geschreven: de map bestaat niet', en: 'cannot be written: the folder does not exist' };
  if (code === 'EACCES' || code === 'EPERM') return { nl: 'kan niet worden geschreven: geen toestemming', en: 'cannot be written: permission denied' };
  if (code === 'EISDIR') return { nl: 'kan niet worden geschreven: het is een map', en: 'cannot be written: it is a folder' };
  const detail = error instanceof Error ? error.message : String(error);
  return { nl: `kan niet worden geschreven: ${detail}`, en: `cannot be written: ${detail}` };
}
