import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { CliError } from './errors';

/** The plan files a change touched, and where each one was at the REF. */
export interface Changes {
  root: string;
  /** Absolute path now -> path at the REF relative to the root, or null for a file new since. */
  files: Map<string, string | null>;
}

function git(args: string[], cwd: string): Buffer {
  return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

/**
 * What changed since REF in the working tree (committed, staged or not): `git diff
 * --name-status REF`, renames followed so a renamed plan keeps its history, plus untracked
 * files that are not ignored, since a new plan not yet added is part of the change too.
 * Deleted files are left out: there is nothing left to check.
 */
export function changesSince(ref: string, cwd: string): Changes {
  if (ref.startsWith('-')) {
    throw new CliError({ nl: `ongeldige REF "${ref}" voor --changed-since`, en: `invalid REF "${ref}" for --changed-since` });
  }
  let root: string;
  try {
    root = git(['rev-parse', '--show-toplevel'], cwd).toString('utf8').trim();
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new CliError(
      missing
        ? { nl: '--changed-since heeft git nodig, maar git is niet gevonden', en: '--changed-since needs git, but git was not found' }
        : { nl: '--changed-since werkt alleen in een git-repository, en deze map is er geen', en: '--changed-since only works in a git repository, and this folder is not in one' },
    );
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root);
  } catch {
    throw new CliError({ nl: `git kent REF "${ref}" niet (--changed-since)`, en: `git does not know REF "${ref}" (--changed-since)` });
  }
  const files = new Map<string, string | null>();
  const tokens = git(['diff', '--name-status', '-z', '-M', ref, '--'], root).toString('utf8').split('\0');
  for (let i = 0; i < tokens.length; ) {
    const status = tokens[i++];
    if (!status) continue;
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = tokens[i++];
      const to = tokens[i++];
      files.set(path.resolve(root, to), from);
    } else {
      const file = tokens[i++];
      if (status.startsWith('D')) continue;
      files.set(path.resolve(root, file), status.startsWith('A') ? null : file);
    }
  }
  for (const file of git(['ls-files', '--others', '--exclude-standard', '-z'], root).toString('utf8').split('\0')) {
    if (file) files.set(path.resolve(root, file), null);
  }
  return { root, files };
}

/** The bytes of a file at REF (`git show REF:path`), or undefined when it was not there. */
export function showAtRef(root: string, ref: string, relative: string): Buffer | undefined {
  try {
    return git(['show', `${ref}:${relative.split(path.sep).join('/')}`], root);
  } catch {
    return undefined;
  }
}
