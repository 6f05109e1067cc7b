#!/usr/bin/env node
// Measures the web build: the size of each browser bundle (raw and gzip) and how long the
// language server takes in real Chromium from `new Worker('/server.js')` to its first
// publishDiagnostics for a sample plan (fresh worker each run, no HTTP cache; median of N).
//
// Usage: node scripts/measure-web.mjs [--runs N] [--sample FILE] [--production] [--max-ms MS] [--json]
//   --production  measure a minified build (`node esbuild.js --production`) made in a temporary
//                 copy of the sources, so the shared dist/ is left as it is
//   --max-ms MS   exit 1 when the median start-up time is above MS (default: no limit)
// Without --production it measures dist/ as built (run `node esbuild.js` first).
// Chromium: Debian's /usr/bin/chromium (or CHROMIUM_PATH) through playwright-core.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const { chromium } = require('playwright-core');
const { serve } = require('./test/browser/web-worker-page/serve.cjs');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const BUNDLES = ['dist/web/server.js', 'dist/web/client.js', 'dist/media/preview.js'];

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
}
const runs = Number(option('--runs', '5'));
const samplePath = path.resolve(option('--sample', path.join(ROOT, 'samples', 'zwak.wijkplan.yaml')));
const maxMs = option('--max-ms', undefined) === undefined ? undefined : Number(option('--max-ms'));
const production = process.argv.includes('--production');
const asJson = process.argv.includes('--json');

/** A minified build in a temporary copy of the sources (node_modules linked, not copied). */
function productionBuild() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkplan-measure-'));
  for (const entry of ['esbuild.js', 'package.json', 'tsconfig.json', 'server', 'client', 'schemas']) {
    const from = path.join(ROOT, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  execFileSync(process.execPath, ['esbuild.js', '--production'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return dir;
}

function sizes(base) {
  return BUNDLES.map((file) => {
    const bytes = fs.readFileSync(path.join(base, file));
    return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

async function startup(serverJs) {
  const http = await serve({ serverJs });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.exposeFunction('wijkplanFromWorker', () => undefined);
    await page.goto(`${http.origin}/`, { waitUntil: 'load' });
    const text = fs.readFileSync(samplePath, 'utf8');
    const uri = pathToFileURL(samplePath).toString();
    const results = [];
    for (let i = 0; i < runs; i++) {
      // A new worker each time; the server script is served with no-store, so it is fetched and compiled again.
      results.push(await page.evaluate(([u, t]) => window.wijkplanBridge.selfDrive(u, t, 'nl'), [uri, text]));
    }
    const versionInfo = browser.version();
    return { results, browser: versionInfo, requests: [...new Set(http.requests)] };
  } finally {
    await browser.close();
    await http.close();
  }
}

async function main() {
  let base = ROOT;
  let temp;
  if (production) base = temp = productionBuild();
  try {
    for (const file of BUNDLES) {
      if (!fs.existsSync(path.join(base, file))) throw new Error(`${file} is missing: run \`node esbuild.js\` first`);
    }
    const minified = !fs.readFileSync(path.join(base, 'dist/web/server.js'), 'utf8').includes('sourceMappingURL');
    const measuredSizes = sizes(base);
    const { results, browser, requests } = await startup(path.join(base, 'dist/web/server.js'));
    const first = results.map((r) => r.firstDiagnostics);
    const init = results.map((r) => r.initialized);
    const report = {
      build: minified ? 'production (minified)' : 'development (not minified, with source maps)',
      sizes: measuredSizes,
      sample: path.relative(ROOT, samplePath) || samplePath,
      findings: results[0].count,
      chromium: browser,
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
      runs,
      initializeMs: init.map((v) => Math.round(v)),
      firstDiagnosticsMs: first.map((v) => Math.round(v)),
      medianInitializeMs: Math.round(median(init)),
      medianFirstDiagnosticsMs: Math.round(median(first)),
      requests,
    };
    if (asJson) {
      console.log(JSON.stringify(report, null, 2));
    } else {
      console.log(`Web bundles (${report.build}):`);
      for (const s of measuredSizes) console.log(`  ${s.file.padEnd(24)} ${kib(s.raw).padStart(12)} raw ${kib(s.gzip).padStart(11)} gzip`);
      console.log(`Start-up in Chromium ${browser} (${report.machine}):`);
      console.log(`  sample ${report.sample}: ${report.findings} findings`);
      console.log(`  new Worker -> initialize answered:    ${report.initializeMs.join(', ')} ms (median ${report.medianInitializeMs} ms)`);
      console.log(`  new Worker -> first publishDiagnostics: ${report.firstDiagnosticsMs.join(', ')} ms (median ${report.medianFirstDiagnosticsMs} ms)`);
    }
    if (maxMs !== undefined && report.medianFirstDiagnosticsMs > maxMs) {
      console.error(`median ${report.medianFirstDiagnosticsMs} ms is above the limit of ${maxMs} ms`);
      process.exitCode = 1;
    }
  } finally {
    if (temp) fs.rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
