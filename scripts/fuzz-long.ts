// The long run of the property tests: the same generators and invariants as
// test/unit/property.test.ts (test/unit/arbitraries.ts), with 100,000 random cases by default,
// plus every sample truncated at every position and every fixture at every line break.
//
//   npx tsx scripts/fuzz-long.ts [--runs=100000] [--seed=N] [--skip-prefixes]
//
// A failure prints the property, fast-check's seed and path (to replay it with --seed and the
// test's `path` option) and the shrunk input, and exits with 1.
import fc from 'fast-check';
import { checkEveryPrefix, checkLinePrefixes, lintProperties, loadSeeds } from '../test/unit/arbitraries';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

const runs = Number(option('runs') ?? 100_000);
const seed = option('seed') === undefined ? Date.now() ^ (Math.random() * 0x100000000) : Number(option('seed'));
const seeds = loadSeeds();
const started = performance.now();
let cases = 0;
let failed = false;

console.log(`fuzz-long: ${runs} random cases, seed ${seed}, ${seeds.length} plans to mutate`);
for (const { name, share, arbitrary, check } of lintProperties(seeds)) {
  const numRuns = Math.max(1, Math.round(runs * share));
  const t0 = performance.now();
  const result = fc.check(
    fc.property(arbitrary, (value) => {
      check(value);
    }),
    { numRuns, seed },
  );
  cases += result.numRuns;
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (result.failed) {
    failed = true;
    console.log(`FAIL ${name} after ${result.numRuns} cases (${seconds} s)`);
    console.log(fc.defaultReportMessage(result));
  } else {
    console.log(`ok   ${name}: ${numRuns} cases in ${seconds} s`);
  }
}

if (!process.argv.includes('--skip-prefixes')) {
  // Every position of the samples; every line break (and a character either side) of the fixtures.
  const t0 = performance.now();
  let prefixes = 0;
  let prefixFailed = false;
  for (const plan of seeds) {
    try {
      prefixes += plan.name.startsWith('samples/') ? checkEveryPrefix(plan.text) : checkLinePrefixes(plan.text);
    } catch (error) {
      prefixFailed = true;
      console.log(`FAIL truncations of ${plan.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  failed ||= prefixFailed;
  cases += prefixes;
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`${prefixFailed ? 'FAIL' : 'ok  '} truncations of every sample and fixture: ${prefixes} cases in ${seconds} s`);
}

console.log(`${failed ? 'FAILED' : 'passed'}: ${cases} cases in ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = failed ? 1 : 0;
