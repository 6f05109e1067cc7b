// Where an edit's garbage comes from: the incremental linter on one-character edits of a plan,
// under V8's sampling heap profiler with collected objects included (node's --heap-prof keeps
// only what survives, which hides garbage). Prints MB allocated per lint, by function.
//
//   npx tsx scripts/allocation-profile.ts [plan.wijkplan.yaml] [--edits=10] [--top=30]
//
// Without a file it profiles the benchmark's findings-heavy 10k plan (bench/generate-heavy.mjs).
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { generateHeavyPlan } from '../bench/generate-heavy.mjs';
import { plannedEdits } from '../bench/lib/edits.mjs';
import { createIncrementalLinter } from '../server/src/core/incremental';

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

async function main(): Promise<void> {
  const file = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  const text = file ? readFileSync(file, 'utf8') : generateHeavyPlan({ lines: 10_000, seed: 3 });
  const count = Number(option('edits') ?? 10);
  const top = Number(option('top') ?? 30);
  const linter = createIncrementalLinter();
  linter.lint(text);
  const edits: Array<{ after: string }> = plannedEdits(text, count + 5);
  // Warm up: the first lints fill caches and compile code.
  for (const edit of edits.slice(0, 5)) linter.lint(edit.after);

  const session = new Session();
  session.connect();
  const post = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (const edit of edits.slice(5)) linter.lint(edit.after);
  const { profile } = await post<{ profile: { head: ProfileNode } }>('HeapProfiler.stopSampling');
  session.disconnect();

  const bySite = new Map<string, number>();
  let total = 0;
  const walk = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const site = `${functionName || '(anonymous)'} ${url ? `${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : '(native)'}`;
    bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
    total += node.selfSize;
    for (const child of node.children) walk(child);
  };
  walk(profile.head);
  const mb = (bytes: number) => (bytes / count / 1048576).toFixed(2).padStart(7);
  console.log(`${file ?? 'heavy-10k (generated)'}: ${mb(total)} MB allocated per lint over ${count} edits`);
  for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${mb(bytes)}  ${site}`);
}

void main();
