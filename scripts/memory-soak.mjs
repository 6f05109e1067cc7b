#!/usr/bin/env node
// Memory soak of the language server: spawns `node --expose-gc dist/server.js --stdio`, opens,
// edits and closes plans over a real LSP connection and samples the server's resident memory
// (/proc/PID/status, Linux only). Build first: `node esbuild.js`.
//
//   node scripts/memory-soak.mjs [--cycles 1000] [--every 100] [--bound 0.10] [--max-growth 0.50]
//                                [--server dist/server.js] [--folders] [--heap]
//
// One cycle: didOpen (samples/concept and samples/zwak by turns, a new URI each cycle, in a
// folder that is not on disk) -> didChange (one ranged edit) -> the diagnostics of version 2
// -> didClose -> the diagnostics cleared (the plan is not on disk). `--folders` puts every plan
// in a folder of its own (per-folder caches). The server does not call global.gc itself; what
// is measured is what V8 keeps on its own. `--heap` adds a probe (`--require`, test-only, outside
// the server's code) that on SIGUSR2 runs a full gc in the server and reports its heap: the
// live heap is the sharper leak signal, but the forced collections also lower the RSS. Exit code 1 when the RSS after the last cycle is more
// than `--max-growth` above the RSS after the first `--every` cycles (the warm-up).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  return typeof fallback === 'boolean' ? true : process.argv[at + 1];
}

const CYCLES = Number(option('cycles', 1000));
const EVERY = Number(option('every', 100));
const BOUND = Number(option('bound', 0.1));
const MAX_GROWTH = Number(option('max-growth', 0.5));
const SERVER = resolve(ROOT, option('server', 'dist/server.js'));
const FOLDERS = option('folders', false);
const HEAP = option('heap', false);
const TIMEOUT_MS = 10_000;

if (!existsSync(SERVER)) {
  console.error(`${SERVER} is missing: run \`node esbuild.js\` first`);
  process.exit(2);
}
if (!existsSync('/proc/self/status')) {
  console.error('memory-soak reads /proc/PID/status and runs on Linux only');
  process.exit(2);
}

const SAMPLES = ['concept.wijkplan.yaml', 'zwak.wijkplan.yaml'].map((name) => readFileSync(join(ROOT, 'samples', name), 'utf8'));
const SOAK_DIR = join(ROOT, 'samples', 'soak-not-on-disk');

function status(pid) {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
  return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
}

const mib = (kib) => (kib / 1024).toFixed(1);

// The heap probe answers on file descriptor 3, so the LSP stream on stdout stays clean.
const PROBE = `const fs = require('node:fs');
process.on('SIGUSR2', () => {
  global.gc();
  const m = process.memoryUsage();
  fs.writeSync(3, JSON.stringify({ heapUsed: m.heapUsed, external: m.external }) + '\\n');
});
`;
const probeArgs = [];
const probeDir = HEAP ? mkdtempSync(join(tmpdir(), 'wijkplan-soak-')) : undefined;
if (probeDir) {
  writeFileSync(join(probeDir, 'heap-probe.cjs'), PROBE);
  probeArgs.push('--require', join(probeDir, 'heap-probe.cjs'));
  process.on('exit', () => rmSync(probeDir, { recursive: true, force: true }));
}
// As client/src/extension.ts starts the server (client/src/server-process.json); --plain: only --expose-gc.
const SHIPPED_PROCESS = JSON.parse(readFileSync(new URL('../client/src/server-process.json', import.meta.url), 'utf8'));
const SHIPPED = process.argv.includes('--plain') ? [] : SHIPPED_PROCESS.execArgv.filter((flag) => flag !== '--expose-gc');
const child = spawn(process.execPath, ['--expose-gc', ...SHIPPED, ...probeArgs, SERVER, '--stdio'], {
  stdio: ['pipe', 'pipe', 'pipe', HEAP ? 'pipe' : 'ignore'],
  env: SHIPPED.length > 0 ? { ...process.env, ...SHIPPED_PROCESS.env } : process.env,
});
const heapAnswers = [];
const heapWaiters = [];
if (HEAP) {
  let buffer = '';
  child.stdio[3].on('data', (chunk) => {
    buffer += String(chunk);
    for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
      const answer = JSON.parse(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
      const waiter = heapWaiters.shift();
      if (waiter) waiter(answer);
      else heapAnswers.push(answer);
    }
  });
}

/** The server's live heap after a full gc (with --heap), or undefined. */
function heap() {
  if (!HEAP) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    heapWaiters.push(resolve);
    child.kill('SIGUSR2');
  });
}
let stderr = '';
child.stderr.on('data', (chunk) => (stderr += String(chunk)));
const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));

const waiters = [];
let errors = 0;
connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
  for (const waiter of [...waiters]) {
    if (waiter.uri === params.uri && waiter.predicate(params)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      clearTimeout(waiter.timer);
      waiter.resolve(params);
    }
  }
});
connection.onNotification(rpc.LogMessageNotification.type, (params) => {
  if (params.type === rpc.MessageType.Error) {
    errors++;
    if (errors <= 5) console.error(`server error: ${params.message.split('\n')[0]}`);
  }
});
connection.onRequest(rpc.ConfigurationRequest.type, (params) => params.items.map(() => ({})));
connection.onRequest(rpc.RegistrationRequest.type, () => null);
connection.onRequest(rpc.WorkDoneProgressCreateRequest.type, () => null);
connection.listen();

/** The next publication for `uri` that satisfies the predicate; register before sending. */
function diagnostics(uri, predicate) {
  return new Promise((resolve, reject) => {
    const waiter = { uri, predicate, resolve };
    waiter.timer = setTimeout(() => {
      waiters.splice(waiters.indexOf(waiter), 1);
      reject(new Error(`no diagnostics for ${uri} within ${TIMEOUT_MS} ms`));
    }, TIMEOUT_MS);
    waiters.push(waiter);
  });
}

function uriOf(cycle) {
  const folder = FOLDERS ? join(SOAK_DIR, `map-${cycle}`) : SOAK_DIR;
  return pathToFileURL(join(folder, `plan-${cycle}.wijkplan.yaml`)).toString();
}

async function cycle(index) {
  const uri = uriOf(index);
  const text = SAMPLES[index % 2];
  const lines = text.split('\n').length - 1;
  const edited = diagnostics(uri, (p) => p.version === 2);
  await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'wijkplan', version: 1, text } });
  const end = { line: lines, character: 0 };
  await connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: end, end }, text: `# bewerking ${index}\n` }],
  });
  const published = await edited;
  if (published.diagnostics.length === 0 && index % 2 === 1) throw new Error(`no findings for the weak sample at cycle ${index}`);
  const cleared = diagnostics(uri, (p) => p.version === undefined && p.diagnostics.length === 0);
  await connection.sendNotification(rpc.DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  await cleared;
}

async function main() {
  await connection.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    locale: 'nl',
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    workspaceFolders: null,
  });
  await connection.sendNotification(rpc.InitializedNotification.type, {});

  // Baseline: the server has answered one small plan.
  const small = pathToFileURL(join(SOAK_DIR, 'klein.wijkplan.yaml')).toString();
  const first = diagnostics(small, (p) => p.version === 1);
  await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri: small, languageId: 'wijkplan', version: 1, text: 'wijkplan: 1\ntitel: Klein\n' } });
  await first;
  const cleared = diagnostics(small, (p) => p.version === undefined);
  await connection.sendNotification(rpc.DidCloseTextDocumentNotification.type, { textDocument: { uri: small } });
  await cleared;

  const rows = [{ cycles: 0, ...status(child.pid), heap: await heap(), ms: 0 }];
  const started = Date.now();
  for (let i = 1; i <= CYCLES; i++) {
    await cycle(i);
    if (i % EVERY === 0 || i === CYCLES) rows.push({ cycles: i, ...status(child.pid), heap: await heap(), ms: Date.now() - started });
  }
  const end = status(child.pid);

  console.log(`memory soak: ${CYCLES} open/edit/close cycles, ${SERVER.replace(`${ROOT}/`, '')}${FOLDERS ? ', a folder per plan' : ''} (node ${process.version}, ${['--expose-gc', ...SHIPPED].join(' ')}${SHIPPED.length > 0 ? ', MALLOC_ARENA_MAX=1' : ''}, ${HEAP ? 'full gc before each sample' : 'the server collects after closes settle'})`);
  console.log('');
  console.log(`| cycles | VmRSS MiB | vs baseline | vs warm-up |${HEAP ? ' live heap MiB | external MiB |' : ''} seconds |`);
  console.log(`| ---: | ---: | ---: | ---: |${HEAP ? ' ---: | ---: |' : ''} ---: |`);
  const baseline = rows[0].rss;
  const warm = rows.find((row) => row.cycles >= EVERY)?.rss ?? baseline;
  for (const row of rows) {
    const pct = (value, base) => `${value >= base ? '+' : ''}${(((value - base) / base) * 100).toFixed(1)}%`;
    const heapCells = row.heap ? ` ${(row.heap.heapUsed / 2 ** 20).toFixed(2)} | ${(row.heap.external / 2 ** 20).toFixed(2)} |` : '';
    console.log(`| ${row.cycles === 0 ? '0 (baseline)' : row.cycles} | ${mib(row.rss)} | ${pct(row.rss, baseline)} | ${row.cycles >= EVERY ? pct(row.rss, warm) : ''} |${heapCells} ${(row.ms / 1000).toFixed(1)} |`);
  }
  console.log('');
  const last = rows.at(-1).rss;
  const growth = (last - warm) / warm;
  console.log(`VmHWM at the end: ${mib(end.hwm)} MiB`);
  console.log(`RSS after ${CYCLES} cycles vs after the warm-up (${EVERY} cycles): ${mib(last)} vs ${mib(warm)} MiB, ${(growth * 100).toFixed(1)}%`);
  console.log(growth <= BOUND ? `within the ${(BOUND * 100).toFixed(0)}% bound: flat` : `above the ${(BOUND * 100).toFixed(0)}% bound`);
  console.log(`server errors logged: ${errors}`);

  await connection.sendRequest(rpc.ShutdownRequest.type);
  await connection.sendNotification(rpc.ExitNotification.type);
  const code = await exited;
  connection.dispose();
  if (code !== 0) {
    console.error(`server exited with ${code}\n${stderr}`);
    process.exit(1);
  }
  if (growth > MAX_GROWTH) {
    console.error(`memory grew ${(growth * 100).toFixed(1)}% after the warm-up (limit ${(MAX_GROWTH * 100).toFixed(0)}%): a leak`);
    process.exit(1);
  }
  if (errors > 0) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  child.kill();
  process.exit(1);
});
