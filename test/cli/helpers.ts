// Runs the built CLI (dist/cli.js) as a child process, the way users and CI run it.
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');
export const SAMPLES = join(ROOT, 'samples');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  uid?: number;
  gid?: number;
}

/** The CLI must be built first; say so plainly instead of failing on a missing module. */
export function requireBuild(): void {
  assert.ok(existsSync(CLI), `dist/cli.js is missing: run "node esbuild.js" (or npm run build) before the CLI tests`);
}

/**
 * Runs `node dist/cli.js …args`. The environment is the test's own minus what would change
 * the output (LANG, NO_COLOR, FORCE_COLOR, GITHUB_STEP_SUMMARY), plus `options.env`.
 */
export function run(args: string[], options: RunOptions = {}): RunResult {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of ['LANG', 'LC_ALL', 'NO_COLOR', 'FORCE_COLOR', 'GITHUB_STEP_SUMMARY', 'GITHUB_ACTIONS']) delete env[name];
  Object.assign(env, options.env ?? {});
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  const spawnOptions: SpawnSyncOptions = { cwd: options.cwd ?? ROOT, env: env as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 60_000 };
  if (options.uid !== undefined) spawnOptions.uid = options.uid;
  if (options.gid !== undefined) spawnOptions.gid = options.gid;
  const result = spawnSync(process.execPath, [CLI, ...args], spawnOptions);
  if (result.error) throw result.error;
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** A fresh folder under the system's temp folder, removed by the returned function. */
export function tempDir(prefix = 'wijkplan-cli-'): { dir: string; cleanup: () => void } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  return {
    dir,
    cleanup: () => {
      try {
        chmodSync(dir, 0o755);
      } catch {
        // Already gone.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The lines a run wrote to standard error, without empty ones. */
export function errorLines(result: RunResult): string[] {
  return result.stderr.split('\n').filter((line) => line.trim() !== '');
}

/** Every exit-2 message is one line that starts with "wijkplan: " and names its subject. */
export function assertOneLineError(result: RunResult, ...needles: string[]): void {
  const lines = errorLines(result);
  const matching = lines.filter((line) => needles.every((needle) => line.includes(needle)));
  assert.equal(matching.length, 1, `expected one stderr line containing ${JSON.stringify(needles)}, got:\n${result.stderr}`);
  assert.match(matching[0], /^wijkplan: /);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace may reach the user');
}
