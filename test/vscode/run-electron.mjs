#!/usr/bin/env node
// Run the extension's mocha suite in desktop VS Code via @vscode/test-electron.
// For machines that can download VS Code (the build machines here cannot: the
// download fails at once with ENOTFOUND; use run-code-server.mjs there).
//
// Usage:
//   node test/vscode/run-electron.mjs [--ext DIR] [--tests FILE] [--workspace DIR]
//        [--version stable|insiders|1.91.0] [--vscode-executable PATH]
//        [--artifacts DIR] [--copy-workspace] [--keep-temp]
// Same defaults and suite contract as run-code-server.mjs (WIJKPLAN_TEST_RESULTS,
// WIJKPLAN_TEST_ARTIFACTS; WIJKPLAN_VSCODE_RUNNER=electron). Environment:
//   VSCODE_VERSION (default stable), VSCODE_EXECUTABLE (use an installed VS Code,
//   no download), WIJKPLAN_VSCODE_EXT / _TESTS / _WORKSPACE, WIJKPLAN_TEST_ARTIFACTS.
// VS Code downloads are cached in <repo>/.tools/vscode-test.
// On Linux without $DISPLAY it re-runs itself under `xvfb-run -a` when available.
// Screenshot requests are not served here (no browser): they are deleted at once
// so a suite waiting on them does not hang.
//
// Exit code: the suite's (0 = all passed), 2 when VS Code cannot be downloaded or started.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { QUIET_SETTINGS } from './quiet-settings.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const require = createRequire(path.join(REPO, 'package.json'));

function die(code, msg) { console.error(`[vscode-electron] ${msg}`); process.exit(code); }
const log = (...a) => console.error('[vscode-electron]', ...a);

// ---------------------------------------------------------------- options --
const env = process.env;
const o = {
  ext: env.WIJKPLAN_VSCODE_EXT || REPO,
  tests: env.WIJKPLAN_VSCODE_TESTS || '',
  workspace: env.WIJKPLAN_VSCODE_WORKSPACE || path.join(HERE, 'workspace'),
  artifacts: env.WIJKPLAN_TEST_ARTIFACTS || path.join(REPO, 'test-artifacts'),
  version: env.VSCODE_VERSION || 'stable',
  executable: env.VSCODE_EXECUTABLE || '',
  cache: path.join(env.WIJKPLAN_TOOLS_DIR || path.join(REPO, '.tools'), 'vscode-test'),
  copyWorkspace: env.WIJKPLAN_VSCODE_COPY_WORKSPACE === '1',
  keepTemp: env.WIJKPLAN_VSCODE_KEEP_TEMP === '1',
};
const argv = process.argv.slice(2);
const positional = [];
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const name = a.split('=')[0];
  const val = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : (i + 1 < argv.length ? argv[++i] : die(2, `missing value for ${a}`)));
  switch (name) {
    case '--ext': case '--extension': o.ext = val(); break;
    case '--tests': o.tests = val(); break;
    case '--workspace': case '--folder': o.workspace = val(); break;
    case '--artifacts': o.artifacts = val(); break;
    case '--version': o.version = val(); break;
    case '--vscode-executable': o.executable = val(); break;
    case '--copy-workspace': o.copyWorkspace = true; break;
    case '--keep-temp': o.keepTemp = true; break;
    case '--timeout': val(); break; // accepted for symmetry with run-code-server.mjs
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
if (positional[0]) o.ext = positional[0];
if (positional[1]) o.tests = positional[1];
if (positional[2]) o.workspace = positional[2];
o.ext = path.resolve(o.ext);
o.tests = path.resolve(o.ext, o.tests || 'out/test/vscode/index.js');
o.workspace = path.resolve(o.workspace);
o.artifacts = path.resolve(o.artifacts);

if (!fs.existsSync(path.join(o.ext, 'package.json'))) die(2, `no package.json in extension folder ${o.ext}`);
if (!fs.existsSync(o.tests)) die(2, `tests entry ${o.tests} not found (build the tests first)`);

// ------------------------------------------------- headless Linux: Xvfb --
if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY && !env.WIJKPLAN_UNDER_XVFB) {
  const has = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' });
  if (has.status === 0) {
    log('no $DISPLAY: re-running under xvfb-run -a');
    const r = spawnSync('xvfb-run', ['-a', process.execPath, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
      { stdio: 'inherit', env: { ...env, WIJKPLAN_UNDER_XVFB: '1' } });
    process.exit(r.status ?? 2);
  }
  log('warning: no $DISPLAY and no xvfb-run (apt-get install xvfb); VS Code will probably fail to start');
}

// ------------------------------------------------------------------- run --
const { runTests, TestRunFailedError } = require('@vscode/test-electron');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkplan-vscode-electron-'));
const UD = path.join(tmp, 'ud');
fs.mkdirSync(path.join(UD, 'User'), { recursive: true });
fs.mkdirSync(path.join(tmp, 'extensions'));
fs.writeFileSync(path.join(UD, 'User/settings.json'), JSON.stringify({
  ...QUIET_SETTINGS,
}, null, 2));

let workspace = o.workspace;
if (o.copyWorkspace) {
  workspace = path.join(tmp, 'workspace');
  if (fs.existsSync(o.workspace)) fs.cpSync(o.workspace, workspace, { recursive: true });
  else fs.mkdirSync(workspace);
} else {
  fs.mkdirSync(workspace, { recursive: true });
}

fs.mkdirSync(o.artifacts, { recursive: true });
const RESULTS = path.join(o.artifacts, 'vscode-results.json');
fs.rmSync(RESULTS, { force: true });

// no browser here: drop screenshot requests so the suite does not wait for them
const poll = setInterval(() => {
  try {
    for (const f of fs.readdirSync(o.artifacts)) {
      if (!/^screenshot-request-.*\.json$/.test(f)) continue;
      fs.rmSync(path.join(o.artifacts, f), { force: true });
      log(`screenshot request ${f} ignored (not supported under test-electron)`);
    }
  } catch { /* ignore */ }
}, 200);

let code = 2;
try {
  fs.mkdirSync(o.cache, { recursive: true });
  const options = {
    extensionDevelopmentPath: o.ext,
    extensionTestsPath: o.tests,
    extensionTestsEnv: {
      WIJKPLAN_TEST_RESULTS: RESULTS,
      WIJKPLAN_TEST_ARTIFACTS: o.artifacts,
      WIJKPLAN_VSCODE_RUNNER: 'electron',
    },
    launchArgs: [
      workspace,
      `--user-data-dir=${UD}`,
      `--extensions-dir=${path.join(tmp, 'extensions')}`,
      '--disable-telemetry',
    ],
    cachePath: o.cache,
  };
  if (o.executable) options.vscodeExecutablePath = path.resolve(o.executable);
  else options.version = o.version;
  log(`extension ${o.ext}`);
  log(`tests     ${o.tests}`);
  log(`workspace ${workspace}`);
  log(o.executable ? `VS Code   ${options.vscodeExecutablePath}` : `VS Code   ${o.version} (download cache ${o.cache})`);
  code = await runTests(options);
} catch (e) {
  if (e instanceof TestRunFailedError) {
    code = typeof e.code === 'number' ? e.code : 1;
  } else {
    log(`could not run VS Code: ${e && (e.message || e)}`);
    if (e && /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/.test(String(e.message || e.code || e))) {
      log('this machine cannot download VS Code; use test/vscode/run-code-server.mjs instead');
    }
    code = 2;
  }
} finally {
  clearInterval(poll);
  if (!o.keepTemp) fs.rmSync(tmp, { recursive: true, force: true });
  else log(`kept temp folder ${tmp}`);
}

// the extension host's stdout is already shown by test-electron: print only the summary
if (fs.existsSync(RESULTS)) {
  try {
    const s = JSON.parse(fs.readFileSync(RESULTS, 'utf8')).stats;
    if (s) console.log(`vscode: ${s.passes | 0} passed, ${s.failures | 0} failed${s.pending ? `, ${s.pending | 0} skipped` : ''}`);
  } catch { /* plain-text results: already printed by the extension host */ }
} else if (code === 0) {
  log(`warning: the suite wrote no results to ${RESULTS}`);
}
process.exit(code);
