// The core, bundled the way the server and the CLI bundle it (esbuild, one file), and timed
// in this process: the full lint split into its stages, the incremental linter on small
// edits, and the floor: the yaml package's own parseDocument of the same text.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { plannedEdits } from './edits.mjs';
import { median, p95, now } from './stats.mjs';

const require = createRequire(import.meta.url);

/** Bundles the core entry points into `outDir/core.cjs` and loads it. */
export async function loadCore(repo, outDir) {
  const esbuild = require('esbuild');
  // As esbuild.js bundles the server and the CLI; the floor below is the yaml package as published.
  const { yamlWithoutDebugEnv } = require(path.join(repo, 'scripts', 'esbuild-yaml-plugin.js'));
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, 'core.cjs');
  await esbuild.build({
    stdin: {
      contents: [
        "export { lint, lintParsed } from './server/src/core/lint';",
        "export { createIncrementalLinter } from './server/src/core/incremental';",
        "export { parseText } from './server/src/core/parse';",
        "export { checkSchema } from './server/src/core/schema';",
        "export { computeScore } from './server/src/core/score';",
        "export { RULES } from './server/src/core/rules/index';",
      ].join('\n'),
      resolveDir: repo,
      sourcefile: 'bench-core.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    plugins: [yamlWithoutDebugEnv],
    logLevel: 'warning',
  });
  delete require.cache[outfile];
  const { parseDocument } = createRequire(path.join(repo, 'package.json'))('yaml');
  return { ...require(outfile), parseDocument };
}

/** As lint.ts does before the schema: values under `x-` keys are not checked. */
function withoutExtensions(value) {
  if (Array.isArray(value)) return value.map(withoutExtensions);
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith('x-')) continue;
      Object.defineProperty(out, key, { value: withoutExtensions(child), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

const YAML_OPTIONS = { uniqueKeys: false, prettyErrors: false, strict: true };

function time(fn) {
  const start = now();
  fn();
  return now() - start;
}

/** Repeats `fn` and returns its times, after `warm` untimed runs. */
function sample(fn, reps, warm = 2) {
  for (let i = 0; i < warm; i++) fn();
  const times = [];
  for (let i = 0; i < reps; i++) times.push(time(fn));
  return times;
}

/** Wall and CPU time of one call, in ms (CPU time counts every thread of this process, GC helpers too). */
function timeBoth(fn) {
  const cpu = process.cpuUsage();
  const start = now();
  fn();
  const wall = now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/**
 * Times one plan text. The floor, the full lint and the incremental linter's edits are taken
 * in turn in one loop, so that a noisy machine weighs on all three alike; then the stages.
 */
export function benchCore(core, text, reps, editCount = 20) {
  const floorRun = () => core.parseDocument(text, YAML_OPTIONS);
  const fullRun = () => core.lint(text);
  for (let i = 0; i < 2; i++) {
    floorRun();
    fullRun();
  }
  // Typing: one linter, the original text, then one-character edits, each timed.
  const linter = core.createIncrementalLinter();
  const first = time(() => linter.lint(text));
  const edits = plannedEdits(text, editCount);
  const floor = [];
  const full = [];
  const incremental = [];
  const modes = new Set();
  let last;
  for (let i = 0; i < Math.max(reps, edits.length); i++) {
    if (i < reps || i < edits.length) floor.push(timeBoth(floorRun));
    if (i < reps) full.push(timeBoth(fullRun));
    if (i < edits.length) {
      incremental.push(timeBoth(() => (last = linter.lint(edits[i].after))));
      modes.add(linter.stats.mode);
    }
  }
  const same = JSON.stringify(last.findings) === JSON.stringify(core.lint(edits[edits.length - 1].after).findings);

  // The stages, each timed on its own: parse, the schema check of what lint checks, the rules
  // (each rule's check, timed inside one lint run), and the score.
  const parse = sample(() => core.parseText(text), reps);
  const parsed = core.parseText(text);
  const raw = withoutExtensions(parsed.value);
  const schema = sample(() => core.checkSchema(raw), reps);
  let ruleTime = 0;
  const byRule = new Map();
  const timedRules = core.RULES.map((rule) => ({
    ...rule,
    check(context) {
      const start = now();
      rule.check(context);
      const spent = now() - start;
      ruleTime += spent;
      byRule.set(rule.code, (byRule.get(rule.code) ?? 0) + spent);
    },
  }));
  const rules = [];
  let findings = [];
  for (let i = 0; i < reps + 2; i++) {
    ruleTime = 0;
    findings = core.lintParsed(parsed, { rules: timedRules }).findings;
    if (i >= 2) rules.push(ruleTime);
  }
  for (const [code, spent] of byRule) byRule.set(code, spent / (reps + 2));
  const score = sample(() => core.computeScore(findings), reps);

  const wall = (list) => summary(list.map((t) => t.wall));
  const cpu = (list) => summary(list.map((t) => t.cpu));
  return {
    floor: wall(floor),
    floorCpu: cpu(floor),
    full: wall(full),
    fullCpu: cpu(full),
    parse: summary(parse),
    schema: summary(schema),
    rules: summary(rules),
    score: summary(score),
    incremental: wall(incremental),
    incrementalCpu: cpu(incremental),
    incrementalFirst: first,
    incrementalModes: [...modes],
    incrementalSame: same,
    findings: findings.length,
    slowestRules: [...byRule].sort((a, b) => b[1] - a[1]).slice(0, 3),
  };
}

function summary(times) {
  return { median: median(times), p95: p95(times), n: times.length };
}
