// The Wijkplan benchmark (`npm run bench`; not part of the tests).
//
//   node bench/run.mjs [--quick] [--skip-core] [--skip-lsp] [--skip-cli] [--sizes=100,1k,10k,50k]
//
// 1. Generates plans of about 100, 1,000, 10,000 and 50,000 lines and 1,000 typical plans
//    (bench/generate.mjs, seeded) into bench/.generated/, and findings-heavy plans of 1,000,
//    10,000 and 50,000 lines (bench/generate-heavy.mjs: the same plans damaged at random,
//    schema errors among the findings) named heavy-1k, heavy-10k, heavy-50k, and folded-10k:
//    heavy-10k as a YAML writer puts it (the `yaml` package's stringify: long text folded over
//    lines at 80 columns, lists at their key's indentation, no comments), a plan we did not write.
// 2. Core, in this process: median and p95 of lint(text) per size, split into parse, schema,
//    rules and score, the incremental linter on 20 one-character edits, and the floor: the
//    yaml package's parseDocument of the same text.
// 3. LSP, one client driving each server in turn over stdio in this one run: our dist/server.js
//    (as the extension starts it, and on plain node), and yaml-language-server with the
//    same JSON Schema. open->diagnostics, edit->diagnostics (20 edits), peak RSS (VmHWM),
//    and RSS after opening and closing ten large files against the baseline.
// 4. CLI: dist/cli.js on one plan, cold (process start to exit), and on 1,000 plans, with the
//    cores it kept busy (CPU time / wall time); spectral-cli too when SPECTRAL names its binary.
// 5. Prints a Markdown report and writes it to bench/results/latest.md, and the table the README
//    quotes to bench/results/readme.md (`--readme` also puts it into README.md).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeAll, SIZES } from './generate.mjs';
import { writeFolded, writeHeavy } from './generate-heavy.mjs';
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
const HEAVY = ['1k', '10k', '50k'];
/** Findings-heavy plans as a YAML writer restyles them. */
const FOLDED = ['10k'];
const PLANS = [...Object.keys(SIZES), ...HEAVY.map((size) => `heavy-${size}`), ...FOLDED.map((size) => `folded-${size}`)];
const sizeNames = (argv.find((a) => a.startsWith('--sizes='))?.slice(8).split(',') ?? PLANS).filter((name) => PLANS.includes(name));
const baseSize = (name) => name.replace(/^(heavy|folded)-/, '');
const REPS = quick ? { 100: 10, '1k': 8, '10k': 5, '50k': 3 } : { 100: 60, '1k': 40, '10k': 15, '50k': 7 };
const CORE_REPS = Object.fromEntries(PLANS.map((name) => [name, REPS[baseSize(name)]]));
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

/** Runs a command `runs` times: wall time, and CPU time (user + system, every thread) by /usr/bin/time when there is one. */
function timeProcess(args, runs, command = process.execPath, cwd = REPO) {
  const times = [];
  const cpu = [];
  let status;
  let stderr = '';
  const timer = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  for (let i = 0; i < runs; i++) {
    const start = now();
    const run = timer
      ? spawnSync(timer, ['-f', 'wijkplan-bench-cpu %U %S', command, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 })
      : spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    times.push(now() - start);
    status = run.status;
    stderr = String(run.stderr ?? '').trim();
    const used = /wijkplan-bench-cpu ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
    if (used) {
      cpu.push((Number(used[1]) + Number(used[2])) * 1000);
      stderr = stderr.slice(0, used.index).trim();
    }
  }
  const result = { median: median(times), p95: p95(times), status, stderr };
  if (cpu.length === times.length) {
    result.cpu = median(cpu);
    result.cores = median(cpu.map((c, i) => c / times[i]));
  }
  return result;
}

function benchCli(provinceDir) {
  const cli = path.join(REPO, 'dist', 'cli.js');
  const one = path.join(provinceDir, readdirSync(provinceDir).sort()[0]);
  const yamlPath = path.join(REPO, 'node_modules', 'yaml');
  const floorOne = `const y=require(${JSON.stringify(yamlPath)});y.parseDocument(require('fs').readFileSync(${JSON.stringify(one)},'utf8'))`;
  const floorAll = `const y=require(${JSON.stringify(yamlPath)}),fs=require('fs'),p=require('path'),d=${JSON.stringify(provinceDir)};for(const f of fs.readdirSync(d))y.parseDocument(fs.readFileSync(p.join(d,f),'utf8'),{uniqueKeys:false})`;
  const result = { available: existsSync(cli), plans: readdirSync(provinceDir).length };
  result.floorOne = timeProcess(['-e', floorOne], quick ? 3 : 10);
  result.floorAll = timeProcess(['-e', floorAll], quick ? 3 : 5);
  if (!result.available) return result;
  result.one = timeProcess([cli, 'check', one], quick ? 5 : 10);
  result.all = timeProcess([cli, 'check', provinceDir], quick ? 3 : 5);
  // spectral-cli, when SPECTRAL names its binary (installed outside the repo), with a ruleset
  // of the JSON Schema: the same plans, the same schema check, no borging rules.
  const spectral = process.env.SPECTRAL;
  if (spectral && existsSync(spectral)) {
    const ruleset = path.join(OUT, 'spectral-ruleset.json');
    const schema = JSON.parse(readFileSync(path.join(REPO, 'schemas', 'wijkplan.schema.json'), 'utf8'));
    writeFileSync(ruleset, JSON.stringify({ rules: { 'wijkplan-schema': { given: '$', severity: 'error', then: { function: 'schema', functionOptions: { schema } } } } }));
    // From inside the folder: spectral's globs skip dot-folders such as bench/.generated.
    result.spectral = timeProcess(['lint', '--quiet', '--ruleset', ruleset, '--format', 'json', '*.wijkplan.yaml'], quick ? 1 : 3, spectral, provinceDir);
    result.spectralVersion = String(spawnSync(spectral, ['--version'], { encoding: 'utf8' }).stdout ?? '').trim();
  }
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
    out.push('| plan | parse (parseText: value and source tree) | schema | rules | score | slowest rules (mean) |');
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
    out.push('| plan | lines | server | open→diagnostics | open: ours/peer | open: ours/floor | edit→diagnostics, 20 edits | edit: ours/peer | edit: ours/floor | diagnostics (open, last edit) |');
    out.push('| --- | --: | --- | --: | --: | --: | --: | --: | --: | --- |');
    for (const size of sizeNames) {
      for (const server of lsp) {
        const s = server.sizes[size];
        if (!s) continue;
        const isPeer = server === peer;
        const vsPeer = isPeer || !peer?.sizes[size] ? '' : ratio(s.edit.median, peer.sizes[size].edit.median);
        const vsFloor = core?.[size] ? ratio(s.edit.median, core[size].floor.median) : '';
        const openPeer = isPeer || !peer?.sizes[size] ? '' : ratio(s.open, peer.sizes[size].open);
        const openFloor = core?.[size] ? ratio(s.open, core[size].floor.median) : '';
        out.push(`| ${size} | ${lines[size]} | ${server.name} | ${ms(s.open)} | ${openPeer} | ${openFloor} | ${mp(s.edit)} | ${vsPeer} | ${vsFloor} | ${s.diagnostics.join(', ')} |`);
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
    out.push('| run | ours | floor: node + yaml parse, one thread | ours/floor | cores used (CPU/wall) | CPU ms per plan | exit |');
    out.push('| --- | --: | --: | --: | --: | --: | --: |');
    if (cli.available) {
      const cores = (t) => (Number.isFinite(t.cores) ? t.cores.toFixed(2) : 'n/a');
      out.push(`| one plan, cold | ${mp(cli.one)} | ${mp(cli.floorOne)} | ${ratio(cli.one.median, cli.floorOne.median)} | ${cores(cli.one)} | ${ms(cli.one.cpu)} | ${cli.one.status} |`);
      out.push(`| ${cli.plans} plans, one run | ${mp(cli.all)} | ${mp(cli.floorAll)} | ${ratio(cli.all.median, cli.floorAll.median)} | ${cores(cli.all)} | ${ms(cli.all.cpu / cli.plans)} | ${cli.all.status} |`);
      if (cli.spectral) out.push(`| ${cli.plans} plans, spectral-cli ${cli.spectralVersion} (schema ruleset) | ${mp(cli.spectral)} | | ours/spectral ${ratio(cli.all.median, cli.spectral.median)} | ${cores(cli.spectral)} | ${ms(cli.spectral.cpu / cli.plans)} | ${cli.spectral.status} |`);
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

/** The table the README quotes: the server as the extension starts it against the peer, and the CLI. */
function renderReadme(report) {
  const { info, lines, core, lsp, cli } = report;
  const peer = lsp?.find((s) => s.name === 'yaml-language-server');
  const ours = lsp?.find((s) => s !== peer);
  const out = [];
  out.push(`\`${info.command}\`, ${info.date}, ${info.cores} cores (${info.model}), Node ${info.node}, load ${info.loadStart} → ${info.loadEnd}; medians in ms, ratios of medians taken in this one run. Floor: \`yaml\` parseDocument of the same text; peer: yaml-language-server ${info.peer}, same JSON Schema.`, '');
  out.push('| plan | lines | findings | floor | open→diag ours / peer | open ours/peer | open ours/floor | edit→diag ours / peer | edit ours/peer | edit ours/floor |');
  out.push('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
  for (const size of sizeNames) {
    const o = ours?.sizes[size];
    const p = peer?.sizes[size];
    const floor = core?.[size]?.floor.median;
    if (!o) continue;
    out.push(`| ${size} | ${lines[size].toLocaleString('en')} | ${o.diagnostics[0]} | ${ms(floor)} | ${ms(o.open)} / ${ms(p?.open)} | ${ratio(o.open, p?.open)} | ${ratio(o.open, floor)} | ${ms(o.edit.median)} / ${ms(p?.edit.median)} | ${ratio(o.edit.median, p?.edit.median)} | ${ratio(o.edit.median, floor)} |`);
  }
  if (ours) out.push('', `Peak RSS of our server over the whole session (every plan above, ten 10k plans opened and closed): ${mb(ours.peak)} MB (peer: ${mb(peer?.peak)} MB).`);
  if (cli?.available) {
    const perPlan = cli.all.cpu / cli.plans;
    out.push('', `CLI: one plan cold ${ms(cli.one.median)} ms; ${cli.plans} typical plans (150–400 lines) ${ms(cli.all.median)} ms wall, ${Number.isFinite(cli.all.cores) ? cli.all.cores.toFixed(2) : 'n/a'} cores busy on average, ${ms(perPlan)} ms CPU per plan (a core checks about ${Number.isFinite(perPlan) ? Math.round(1000 / perPlan) : 'n/a'} plans a second)${cli.spectral ? `; spectral-cli ${cli.spectralVersion} with the JSON Schema as its one rule: ${ms(cli.spectral.median)} ms (ours ${ratio(cli.all.median, cli.spectral.median)})` : ''}.`);
  }
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
  for (const server of lsp?.filter((s) => s !== peer) ?? []) {
    const at = (size) => server.sizes[size];
    const peerAt = (size) => peer?.sizes[size];
    for (const size of HEAVY.map((h) => `heavy-${h}`)) {
      if (at(size) && peerAt(size)) rows.push([`${server.name}: open→diagnostics at ${size} ≤ the peer`, `${ms(at(size).open)} vs ${ms(peerAt(size).open)} (${ratio(at(size).open, peerAt(size).open)})`, at(size).open <= peerAt(size).open]);
    }
    for (const size of ['heavy-10k', ...FOLDED.map((f) => `folded-${f}`)]) {
      if (!at(size) || !core?.[size]) continue;
      if (size.startsWith('folded-') && peerAt(size)) rows.push([`${server.name}: open→diagnostics at ${size} ≤ the peer`, `${ms(at(size).open)} vs ${ms(peerAt(size).open)} (${ratio(at(size).open, peerAt(size).open)})`, at(size).open <= peerAt(size).open]);
      const floor = core[size].floor.median;
      rows.push([`${server.name}: open→diagnostics at ${size} ≤ 1.5× the parse floor`, `${ms(at(size).open)} vs ${ms(floor)} (${ratio(at(size).open, floor)})`, at(size).open <= 1.5 * floor]);
      rows.push([`${server.name}: edit→diagnostics at ${size} ≤ 0.5× the parse floor`, `${ms(at(size).edit.median)} vs ${ms(floor)} (${ratio(at(size).edit.median, floor)})`, at(size).edit.median <= 0.5 * floor]);
    }
    if (at('heavy-50k') && peerAt('heavy-50k')) rows.push([`${server.name}: edit→diagnostics at heavy-50k ≤ 0.4× the peer`, `${ms(at('heavy-50k').edit.median)} vs ${ms(peerAt('heavy-50k').edit.median)} (${ratio(at('heavy-50k').edit.median, peerAt('heavy-50k').edit.median)})`, at('heavy-50k').edit.median <= 0.4 * peerAt('heavy-50k').edit.median]);
  }
  if (core?.['10k']) rows.push(['core: incremental edit→lint at 10k ≤ ½ yaml parse', `${ms(core['10k'].incremental.median)} vs ${ms(core['10k'].floor.median)}`, core['10k'].incremental.median <= core['10k'].floor.median / 2]);
  if (cli?.available) {
    rows.push(['CLI: one plan cold ≤ 150 ms', `${ms(cli.one.median)} ms`, cli.one.median <= 150]);
    if (cli.spectral) rows.push([`CLI: ${cli.plans} plans ≤ 0.12× spectral-cli`, `${ms(cli.all.median)} vs ${ms(cli.spectral.median)} ms (${ratio(cli.all.median, cli.spectral.median)})`, cli.all.median <= 0.12 * cli.spectral.median]);
    else rows.push([`CLI: ${cli.plans} plans ≤ 2.5 s (0.12× spectral-cli by issue 15; spectral not measured here) on ${info.cores} cores`, `${ms(cli.all.median)} ms`, cli.all.median <= 2500]);
  }
  return rows;
}

// --------------------------------------------------------------------------------------------

async function main() {
  const info = { ...machine(), date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC', yaml: versionOf('yaml'), peer: versionOf('yaml-language-server'), command: `node bench/run.mjs${argv.length ? ` ${argv.join(' ')}` : ''}` };
  info.loadStart = info.load;
  log(`generating plans in ${path.relative(REPO, OUT)}/`);
  const { files, provinceDir } = writeAll(OUT);
  for (const [size, file] of Object.entries(writeHeavy(OUT))) files[`heavy-${size}`] = file;
  for (const size of FOLDED) files[`folded-${size}`] = writeFolded(OUT, files[`heavy-${size}`], `folded-${size}`);
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
      // As client/src/extension.ts starts it (client/src/server-process.json): gc after close, a
      // small young generation, slow heap growth and one malloc arena.
      const shipped = JSON.parse(readFileSync(path.join(REPO, 'client', 'src', 'server-process.json'), 'utf8'));
      specs.push({ name: 'ours (dist/server.js, as the extension starts it)', command: process.execPath, args: [...shipped.execArgv, ours, '--stdio'], env: shipped.env, languageId: 'wijkplan' });
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
  const table = renderReadme(report);
  writeFileSync(path.join(RESULTS, 'readme.md'), `${table}\n`);
  if (flag('readme')) {
    const readme = path.join(REPO, 'README.md');
    const text = readFileSync(readme, 'utf8');
    const start = '<!-- bench:start -->';
    const end = '<!-- bench:end -->';
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) log('README.md has no bench markers: table not written');
    else writeFileSync(readme, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`);
  }
  console.log(markdown);
  log(`written to ${path.relative(REPO, path.join(RESULTS, 'latest.md'))}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
