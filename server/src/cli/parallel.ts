import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import { SUPPRESSIONS_FILE_NAME, type CodeCounts } from '../core/bulk-suppressions';
import type { LocalizedText, ResolvedConfig } from '../core/types';
import { CliError } from './errors';
import { readPlanFile } from './files';
import { checkRead, MAX_CHARS, withSuppressions, type Checked } from './lint-file';

/** One plan to lint: where it is, how it is shown, and the configuration that governs it. */
export interface LintJob {
  file: string;
  shown: string;
  config: ResolvedConfig;
  /**
   * The plan's counts from the suppressions file, applied where the plan is linted (a worker
   * too); absent when there are none, or when the run writes the file and applies it after.
   */
  suppressions?: CodeCounts;
  /** The suppressions file as messages name it. */
  suppressionsName?: string;
}

/** A linted plan: its findings after the suppressions file, and what was needed to apply it. */
export type LintedPlan = Pick<Checked, 'findings' | 'score' | 'ran' | 'placeholders' | 'judged' | 'rootRange'> & { suppressed: number };

export type LintOutcome =
  | { checked: LintedPlan }
  | { error: { text: LocalizedText; path?: string } }
  | { crash: string };

/** Below this many plans a worker costs more to start than it saves. */
const MIN_PLANS_PER_WORKER = 100;
/** How long to wait for a worker before linting its plans on the main thread instead. */
const WORKER_TIMEOUT_MS = 10 * 60_000;

interface WorkerInput {
  wijkplanLintWorker: true;
  jobs: LintJob[];
  port: MessagePort;
  done: Int32Array;
}

/** Reads and lints one plan; an unreadable file is a CliError (exit 2), not a crash. */
export function lintJob(job: LintJob): LintOutcome {
  try {
    const checked = checkRead(readPlanFile(job.file, MAX_CHARS, job.shown), job.config);
    const applied = withSuppressions(checked, job.suppressions, job.config, job.suppressionsName ?? SUPPRESSIONS_FILE_NAME);
    return { checked: { ...applied, ran: checked.ran, placeholders: checked.placeholders, judged: checked.judged, rootRange: checked.rootRange } };
  } catch (error) {
    if (error instanceof CliError) return { error: { text: error.text, path: error.path } };
    return { crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/**
 * Lints many plans on every core: the main thread takes its share while worker threads take
 * theirs, and the results come back in the order of `jobs`. It stays synchronous, like the
 * rest of the CLI, by waiting on a shared flag and reading each worker's answer from its port.
 * Workers only run from the bundled CLI (dist/cli.js), which is also the worker's script.
 */
export function lintJobs(jobs: readonly LintJob[], script: string | undefined): LintOutcome[] {
  // WIJKPLAN_THREADS caps the threads (1: everything on the main thread).
  const cap = Number(process.env.WIJKPLAN_THREADS) || availableParallelism();
  const threads = Math.min(cap, availableParallelism(), 8, Math.floor(jobs.length / MIN_PLANS_PER_WORKER));
  if (threads < 2 || !script || !script.endsWith('.js')) return jobs.map(lintJob);

  const shares = sharesBySize(jobs, threads);
  // The workers start first (each loads the CLI's code), then the main thread lints its own share meanwhile.
  const started = shares.slice(1).map((indexes) => {
    const { port1, port2 } = new MessageChannel();
    const done = new Int32Array(new SharedArrayBuffer(4));
    const input: WorkerInput = { wijkplanLintWorker: true, jobs: indexes.map((i) => jobs[i]), port: port2, done };
    const worker = new Worker(script, { workerData: input, transferList: [port2] });
    return { indexes, worker, port: port1, done };
  });

  const results: LintOutcome[] = new Array(jobs.length);
  for (const index of shares[0]) results[index] = lintJob(jobs[index]);
  for (const { indexes, worker, port, done } of started) {
    const answered = Atomics.wait(done, 0, 0, WORKER_TIMEOUT_MS) !== 'timed-out' || Atomics.load(done, 0) === 1;
    const message = answered ? receiveMessageOnPort(port)?.message : undefined;
    const outcomes = Array.isArray(message) ? (message as LintOutcome[]) : indexes.map((i) => lintJob(jobs[i]));
    indexes.forEach((index, k) => (results[index] = outcomes[k]));
    port.close();
    void worker.terminate();
  }
  return results;
}

/**
 * Splits the jobs into one share per thread with about the same number of bytes each, so no
 * thread idles while another still has large plans: largest plan first, each to the share
 * with the fewest bytes so far. The main thread's share (the first) is given less, since it
 * starts at once while the workers first load the code. Each share keeps the jobs' order.
 */
function sharesBySize(jobs: readonly LintJob[], threads: number): number[][] {
  const size = jobs.map((job) => {
    try {
      return statSync(job.file).size;
    } catch {
      return 0;
    }
  });
  const order = jobs.map((_, index) => index).sort((a, b) => size[b] - size[a] || a - b);
  const total = size.reduce((sum, bytes) => sum + bytes, 0);
  // What the main thread is given before the others take their turn: its head start.
  const bytes = new Array<number>(threads).fill(0);
  bytes[0] = total / threads / 10;
  const shares: number[][] = Array.from({ length: threads }, () => []);
  for (const index of order) {
    let least = 0;
    for (let t = 1; t < threads; t++) if (bytes[t] < bytes[least]) least = t;
    shares[least].push(index);
    bytes[least] += size[index];
  }
  for (const share of shares) share.sort((a, b) => a - b);
  return shares;
}

/** True in a worker thread that `lintJobs` started. */
export function isLintWorker(): boolean {
  return Boolean((workerData as Partial<WorkerInput> | null)?.wijkplanLintWorker);
}

/** The worker's whole life: lint its share, answer, raise the flag. */
export function runLintWorker(): void {
  const { jobs, port, done } = workerData as WorkerInput;
  try {
    port.postMessage(jobs.map(lintJob));
  } finally {
    Atomics.store(done, 0, 1);
    Atomics.notify(done, 0);
  }
}
