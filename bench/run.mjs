// The Wijkplan benchmark (`npm run bench`; not part of the tests).
//
//   node bench/run.mjs [--quick] [--skip-core] [--skip-lsp] [--skip-cli] [--sizes=100,1k,10k,50k]
//
// 1. Generates plans of about 100, 1,000, 10,000 and 50,000 lines and 1,000 typical plans
//    (bench/generate.mjs, seeded) into bench/.generated/.
// 2. Core, in this process: median and p95 of lint(text) per size, split into parse, schema,
//    rules and score, the incremental linter on 20 one-character edits, and the floor: the
//    yaml package's parseDocument of the same text.
// 3. LSP, one client driving each server in turn over stdio in this one run: our dist/server.js
//    (as the extension starts it, and on plain node), and yaml-language-server with the
//    same JSON Schema. open->diagnostics, edit->diagnostics (20 edits), peak RSS (VmHWM),
//    and RSS after opening and closing ten large files against the baseline.
// 4. CLI: dist/cli.js on one plan, cold (process start to exit), and on 1,000 plans.
// 5. Prints a Markdown report and writes it to bench/results/latest.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeAll, SIZES } from './generate.mjs';
import { benchCore, loadCore } from './lib/core.mjs';
import { plannedEdits } from './lib/edits.mjs';
import { LspServer } from './lib/lsp-client.mjs';
import { median, now, p95 } from './lib/stats.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const OUT = path.join(HERE, '.generated');
const RESULTS = path.join(HERE, 'results');

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const quick = flag('quick');
const sizeNames = (argv.find((a) => a.startsWith('--sizes='))?.slice(8).split(',') ?? Object.keys(SIZES)).filter((name) => name in SIZES);
const CORE_REPS = quick ? { 100: 10, '1k': 8, '10k': 5, '50k': 3 } : { 100: 60, '1k': 40, '10k': 15, '50k': 7 };
const EDITS = 20;
const LARGE = '10k';

const log = (...parts) => console.error(...parts);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function machine() {
  const cpus = os.cpus();
  return { cores: cpus.length, model: cpus[0]?.model?.trim() ?? '?', load: os.loadavg().map((l) => l.toFixed(2)).join(' / '), node: process.version };
}

function versionOf(pkg) {
  try {
    return JSON.parse(readFileSync(path.join(REPO, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

// --------------------------------------------------------------------------------------------
// LSP

async function lspSession(spec, texts) {
  // Not under bench/.generated: the peer's globs do not match inside dot-folders.
  const workspace = path.join(os.tmpdir(), 'wijkplan-bench-workspace');
  mkdirSync(workspace, { recursive: true });
  // Documents live in the workspace folder (the peer applies yaml.schemas only there) but not
  // on disk, so no server finds them on its own.
  const docUri = (name) => pathToFileURL(path.join(workspace, 'docs', `${name}.wijkplan.yaml`)).href;
  const schemaUri = pathToFileURL(path.join(REPO, 'schemas', 'wijkplan.schema.json')).href;
  const settings = {
    yaml: {
      validate: true,
      hover: true,
      completion: true,
      format: { enable: false },
      schemaStore: { enable: false, url: '' },
      schemas: { [schemaUri]: '*.wijkplan.yaml' },
      customTags: [],
      yamlVersion: '1.2',
    },
    '[yaml]': {},
    http: { proxy: '', proxyStrictSSL: false },
    editor: { tabSize: 2, detectIndentation: false },
    files: { associations: {} },
    wijkplan: { language: 'nl', rules: {}, thresholds: {}, preset: 'aanbevolen' },
  };
  const server = new LspServer({ ...spec, settings, rootUri: pathToFileURL(workspace).href, cwd: REPO });
  const result = { name: spec.name, sizes: {}, errors: [] };
  try {
    await server.start();
    result.startMs = server.startMs;

    // Baseline: started and answered one small plan.
    const smallUri = docUri('baseline');
    await server.open(smallUri, texts['100'] ?? texts[sizeNames[0]]);
    await server.close(smallUri);
    await sleep(1500);
    result.baseline = server.memory().rss;

    // Ten large files opened (each until its diagnostics), then all closed.
    const large = texts[LARGE];
    if (large) {
      const uris = [];
      for (let k = 0; k < 10; k++) {
        const uri = docUri(`large-${k}`);
        uris.push(uri);
        await server.open(uri, large.replace('wijkplan: 1', `wijkplan: 1\n# kopie ${k}`));
      }
      result.withLarge = server.memory().rss;
      for (const uri of uris) await server.close(uri);
      await sleep(2000);
      result.afterClose = server.memory().rss;
    }

    for (const size of sizeNames) {
      const text = texts[size];
      const uri = docUri(`plan-${size}`);
      log(`  ${spec.name}: ${size} open + ${EDITS} edits`);
      const opened = await server.open(uri, text);
      const edits = plannedEdits(text, EDITS);
      const times = [];
      let count = opened.count;
      let version = 1;
      for (const edit of edits) {
        version++;
        const changed = await server.change(uri, version, edit, edit.after);
        times.push(changed.ms);
        count = changed.count;
      }
      await server.close(uri);
      result.sizes[size] = { open: opened.ms, edit: { median: median(times), p95: p95(times) }, diagnostics: [opened.count, count] };
    }
    result.peak = server.memory().hwm;
  } catch (error) {
    result.errors.push(String(error?.message ?? error));
    if (server.stderr) result.errors.push(`stderr: ${server.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  } finally {
    await server.stop().catch(() => {});
  }
  return result;
}

// --------------------------------------------------------------------------------------------
// CLI

function timeProcess(args, runs) {
  const times = [];
  let status;
  let stderr = '';
  for (let i = 0; i < runs; i++) {
    const start = now();
    const run = spawnSync(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    times.push(now() - start);
    status = run.status;
    stderr = String(run.stderr ?? '').trim();
  }
  return { median: median(times), p95: p95(times), status, stderr };
}

function benchCli(provinceDir) {
  const cli = path.join(REPO, 'dist', 'cli.js');
  const one = path.join(provinceDir, readdirSync(provinceDir).sort()[0]);
  const yamlPath = path.join(REPO, 'node_modules', 'yaml');
  const floorOne = `const y=require(${JSON.stringify(yamlPath)});y.parseDocument(require('fs').readFileSync(${JSON.stringify(one)},'utf8'))`;
  const floorAll = `const y=require(${JSON.stringify(yamlPath)}),fs=require('fs'),p=require('path'),d=${JSON.stringify(provinceDir)};for(const f of fs.readdirSync(d))y.parseDocument(fs.readFileSync(p.join(d,f),'utf8'),{uniqueKeys:false})`;
  const result = { available: existsSync(cli) };
  result.floorOne = timeProcess(['-e', floorOne], quick ? 3 : 10);
  result.floorAll = timeProcess(['-e', floorAll], quick ? 1 : 3);
  if (!result.available) return result;
  result.one = timeProcess([cli, 'check', one], quick ? 3 : 10);
  result.all = timeProcess([cli, 'check', provinceDir], quick ? 1 : 3);
  return result;
}

// --------------------------------------------------------------------------------------------
// Report

const ms = (value) => (Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)) : 'n/a');
const mp = (summary) => (summary ? `${ms(summary.median)} (${ms(summary.p95)})` : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
const mb = (value) => (Number.isFinite(value) ? value.toFixed(0) : 'n/a');

function render(report) {
  const { info, lines, core, lsp, cli } = report;
  const out = [];
  out.push('# Wijkplan benchmark', '');
  out.push(`${info.date} · ${info.cores} cores (${info.model}) · load ${info.loadStart} at start, ${info.loadEnd} at end · Node ${info.node} · yaml ${info.yaml} · yaml-language-server ${info.peer}`, '');
  out.push(`Command: \`${info.command}\`. Times in ms, median (p95); ratios are of medians taken in this run.`, '');

  if (core) {
    out.push('## Core (in process)', '');
    out.push('| plan | lines | floor: yaml parseDocument | lint, full | full/floor | edit→lint, incremental (20 edits) | incremental/floor | CPU ms: floor, full, incremental | incremental/floor by CPU |');
    out.push('| --- | --: | --: | --: | --: | --: | --: | --: | --: |');
    for (const size of Object.keys(core)) {
      const c = core[size];
      const inc = `${mp(c.incremental)}${c.incrementalModes.includes('full') ? ' (fell back)' : ''}${c.incrementalSame ? '' : ' ≠ full!'}`;
      out.push(`| ${size} | ${lines[size]} | ${mp(c.floor)} | ${mp(c.full)} | ${ratio(c.full.median, c.floor.median)} | ${inc} | ${ratio(c.incremental.median, c.floor.median)} | ${ms(c.floorCpu.median)}, ${ms(c.fullCpu.median)}, ${ms(c.incrementalCpu.median)} | ${ratio(c.incrementalCpu.median, c.floorCpu.median)} |`);
    }
    out.push('', 'The full lint, split into stages timed on their own (median (p95)):', '');
    out.push('| plan | parse (yaml + source tree) | schema | rules | score | slowest rules (mean) |');
    out.push('| --- | --: | --: | --: | --: | --- |');
    for (const size of Object.keys(core)) {
      const c = core[size];
      out.push(`| ${size} | ${mp(c.parse)} | ${mp(c.schema)} | ${mp(c.rules)} | ${mp(c.score)} | ${c.slowestRules.map(([code, t]) => `${code} ${ms(t)}`).join(', ')} |`);
    }
    out.push('', 'The rest of a full lint (leaving out x- keys, removing broken values, suppressions, sorting) is full − parse − schema − rules − score. Floor, full and incremental are taken in turn in one loop; CPU time counts every thread of the process.', '');
  }

  if (lsp) {
    const peer = lsp.find((s) => s.name === 'yaml-language-server');
    out.push('## Language servers (stdio, one client)', '');
    out.push('The peer waits a fixed 200 ms before each validation; that is reported as it is.', '');
    out.push('| plan | lines | server | open→diagnostics | edit→diagnostics, 20 edits | edit: ours/peer | edit: ours/floor | diagnostics (open, last edit) |');
    out.push('| --- | --: | --- | --: | --: | --: | --: | --- |');
    for (const size of sizeNames) {
      for (const server of lsp) {
        const s = server.sizes[size];
        if (!s) continue;
        const isPeer = server === peer;
        const vsPeer = isPeer || !peer?.sizes[size] ? '' : ratio(s.edit.median, peer.sizes[size].edit.median);
        const vsFloor = core?.[size] ? ratio(s.edit.median, core[size].floor.median) : '';
        out.push(`| ${size} | ${lines[size]} | ${server.name} | ${ms(s.open)} | ${mp(s.edit)} | ${vsPeer} | ${vsFloor} | ${s.diagnostics.join(', ')} |`);
      }
    }
    out.push('', '### Memory (MB, /proc/PID/status)', '');
    out.push(`| server | baseline RSS | with ten ${LARGE} files open | after closing them | after/baseline | peak (VmHWM) |`);
    out.push('| --- | --: | --: | --: | --: | --: |');
    for (const server of lsp) out.push(`| ${server.name} | ${mb(server.baseline)} | ${mb(server.withLarge)} | ${mb(server.afterClose)} | ${ratio(server.afterClose, server.baseline)} | ${mb(server.peak)} |`);
    for (const server of lsp) for (const error of server.errors) out.push('', `${server.name}: ${error}`);
    out.push('');
  }

  if (cli) {
    out.push('## CLI (process start to exit)', '');
    out.push('| run | ours | floor: node + yaml parse, one thread | ours/floor | exit |');
    out.push('| --- | --: | --: | --: | --: |');
    if (cli.available) {
      out.push(`| one plan, cold | ${mp(cli.one)} | ${mp(cli.floorOne)} | ${ratio(cli.one.median, cli.floorOne.median)} | ${cli.one.status} |`);
      out.push(`| 1,000 plans, one run | ${mp(cli.all)} | ${mp(cli.floorAll)} | ${ratio(cli.all.median, cli.floorAll.median)} | ${cli.all.status} |`);
      if (cli.all.status !== 0 && cli.all.status !== 1 && cli.all.stderr) out.push('', `CLI error: ${cli.all.stderr.slice(0, 300)}`);
    } else {
      out.push('| dist/cli.js not built (`npm run build`) | | | | |');
    }
    out.push('');
  }

  out.push('## Targets', '');
  out.push('| target | measured | holds |');
  out.push('| --- | --- | --- |');
  for (const [target, measured, holds] of targets(report)) out.push(`| ${target} | ${measured} | ${holds === undefined ? 'not measured' : holds ? 'yes' : '**no**'} |`);
  out.push('');
  return out.join('\n');
}

function targets({ core, lsp, cli, info }) {
  const rows = [];
  const peer = lsp?.find((s) => s.name === 'yaml-language-server');
  for (const server of lsp?.filter((s) => s !== peer) ?? []) {
    const edit = (size) => server.sizes[size]?.edit.median;
    const peerEdit = (size) => peer?.sizes[size]?.edit.median;
    if (edit('1k') !== undefined && peerEdit('1k') !== undefined)
      rows.push([`${server.name}: edit→diagnostics at 1k ≤ 1/10 of the peer`, `${ms(edit('1k'))} vs ${ms(peerEdit('1k'))} (${ratio(edit('1k'), peerEdit('1k'))})`, edit('1k') <= peerEdit('1k') / 10]);
    if (edit('10k') !== undefined && core?.['10k'])
      rows.push([`${server.name}: edit→diagnostics at 10k ≤ ½ of yaml's parse of the file`, `${ms(edit('10k'))} vs ${ms(core['10k'].floor.median)} (${ratio(edit('10k'), core['10k'].floor.median)})`, edit('10k') <= core['10k'].floor.median / 2]);
    if (edit('50k') !== undefined && peerEdit('50k') !== undefined)
      rows.push([`${server.name}: edit→diagnostics at 50k ≤ 0.4× the peer`, `${ms(edit('50k'))} vs ${ms(peerEdit('50k'))} (${ratio(edit('50k'), peerEdit('50k'))})`, edit('50k') <= 0.4 * peerEdit('50k')]);
    if (Number.isFinite(server.peak)) rows.push([`${server.name}: peak RSS ≤ 200 MB`, `${mb(server.peak)} MB`, server.peak <= 200]);
    if (Number.isFinite(server.afterClose))
      rows.push([`${server.name}: RSS after closing ≤ baseline + 10%`, `${mb(server.afterClose)} vs ${mb(server.baseline)} MB`, server.afterClose <= server.baseline * 1.1]);
  }
  if (core?.['10k']) rows.push(['core: incremental edit→lint at 10k ≤ ½ yaml parse', `${ms(core['10k'].incremental.median)} vs ${ms(core['10k'].floor.median)}`, core['10k'].incremental.median <= core['10k'].floor.median / 2]);
  if (cli?.available) {
    rows.push(['CLI: one plan cold ≤ 150 ms', `${ms(cli.one.median)} ms`, cli.one.median <= 150]);
    rows.push([`CLI: 1,000 plans ≤ 5 s on 2 cores (this machine: ${info.cores})`, `${ms(cli.all.median)} ms`, cli.all.median <= 5000]);
  }
  return rows;
}

// --------------------------------------------------------------------------------------------

async function main() {
  const info = { ...machine(), date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC', yaml: versionOf('yaml'), peer: versionOf('yaml-language-server'), command: `node bench/run.mjs${argv.length ? ` ${argv.join(' ')}` : ''}` };
  info.loadStart = info.load;
  log(`generating plans in ${path.relative(REPO, OUT)}/`);
  const { files, provinceDir } = writeAll(OUT);
  const texts = {};
  const lines = {};
  for (const [name, file] of Object.entries(files)) {
    texts[name] = readFileSync(file, 'utf8');
    lines[name] = texts[name].split('\n').length - 1;
  }
  const report = { info, lines };

  if (!flag('skip-core')) {
    const core = await loadCore(REPO, OUT);
    report.core = {};
    for (const size of sizeNames) {
      log(`core: ${size}`);
      report.core[size] = benchCore(core, texts[size], CORE_REPS[size]);
    }
  }

  if (!flag('skip-lsp')) {
    const specs = [];
    const ours = path.join(REPO, 'dist', 'server.js');
    if (existsSync(ours)) {
      // As client/src/extension.ts starts it: gc after close, a small young generation, slow
      // heap growth and one malloc arena, so closed files give their memory back.
      const shipped = ['--expose-gc', '--max-semi-space-size=2', '--heap-growing-percent=20'];
      specs.push({ name: 'ours (dist/server.js, as the extension starts it)', command: process.execPath, args: [...shipped, ours, '--stdio'], env: { MALLOC_ARENA_MAX: '1' }, languageId: 'wijkplan' });
      specs.push({ name: 'ours (dist/server.js, plain node --expose-gc)', command: process.execPath, args: ['--expose-gc', ours, '--stdio'], languageId: 'wijkplan' });
    } else log('dist/server.js is not built (npm run build): our server is left out');
    specs.push({ name: 'yaml-language-server', command: process.execPath, args: [path.join(REPO, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'], languageId: 'yaml' });
    report.lsp = [];
    for (const spec of specs) {
      log(`lsp: ${spec.name}`);
      report.lsp.push(await lspSession(spec, texts));
    }
  }

  if (!flag('skip-cli')) {
    log('cli');
    report.cli = benchCli(provinceDir);
  }

  info.loadEnd = os.loadavg().map((l) => l.toFixed(2)).join(' / ');
  const markdown = render(report);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(path.join(RESULTS, 'latest.md'), `${markdown}\n`);
  writeFileSync(path.join(RESULTS, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(markdown);
  log(`written to ${path.relative(REPO, path.join(RESULTS, 'latest.md'))}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
