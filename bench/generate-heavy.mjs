// Findings-heavy plans for the benchmark: the clean generator's plan, then damaged line by line
// by a seeded PRNG, the way hurried authors damage plans. The damage knows nothing of the
// rules or their thresholds: it only swaps values for wrong types, unknown words and broken
// dates, drops lines, renames keys and points references at ids that do not exist. The rules
// then find what they find; the benchmark counts it (hundreds to thousands of findings, schema
// errors among them).
//
//   node bench/generate-heavy.mjs [outDir]     writes the heavy sizes next to the clean ones
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';
import { createRandom, generatePlan, SIZES } from './generate.mjs';

/** Each damage is a pattern on one line and what it turns the line into; the line stays YAML. */
const DAMAGES = [
  // A scalar of the wrong type where a number stands.
  { line: /^(\s*(?:- )?)(bedrag|bedrag_per_jaar|waarde|inwoners|jaar): (\d+)\s*$/, to: (m) => `${m[1]}${m[2]}: "ongeveer ${m[3]}"` },
  { line: /^(.*\bbedrag: )(\d+)( \}.*)$/, to: (m) => `${m[1]}"${m[2]} euro"${m[3]}` },
  // A word from no list.
  { line: /^(\s*(?:- )?soort: )(\S+)\s*$/, to: (m) => `${m[1]}${m[2]}x` },
  { line: /^(\s*(?:- )?(?:domein|richting|strategie|eenheid): )(\S+)\s*$/, to: (m) => `${m[1]}anders` },
  // A date that is no date, or a day that does not exist.
  { line: /^(.*\b(?:start|eind|datum|besluitmoment|tot): )(\d{4})-\d\d-\d\d(.*)$/, to: (m) => `${m[1]}${m[2]}-13-32${m[3]}` },
  { line: /^(.*\b(?:datum|besluitmoment): )(\d{4}-\d\d-\d\d)(.*)$/, to: (m) => `${m[1]}binnenkort${m[3]}` },
  // A reference to something that is not there.
  { line: /^(\s*(?:doelen|eigenaars|financiering|stuurgroep|met): \[)([^\],]+)(.*)$/, to: (m) => `${m[1]}${m[2]}-weg${m[3]}` },
  { line: /^(\s*(?:- )?(?:partner|door|naar|organisatie): )([\w-]+)\s*$/, to: (m) => `${m[1]}${m[2]}-oud` },
  // A key with a slip of the keyboard, or one that does not belong.
  { line: /^(\s*(?:- )?)(naam|titel|rol|belang|toelichting): (.*)$/, to: (m) => `${m[1]}${m[2]}e: ${m[3]}` },
  { line: /^(\s+)(trekker|looptijd|begroting): (.*)$/, to: (m) => `${m[1]}${m[2]}: ${m[3]}\n${m[1]}opmerking${m[2]}: nog uitzoeken` },
  // An empty list or an empty text.
  { line: /^(\s*(?:eigenaars|doelen|financiering|met): )\[.*\]\s*$/, to: (m) => `${m[1]}[]` },
  { line: /^(\s*(?:- )?(?:naam|rol|belang|toelichting): ).+$/, to: (m) => `${m[1]}""` },
  // A line lost: a required key, a deputy, a measurement, a decision.
  { line: /^\s+(?:vervanger|nulmeting|streefwaarden|besluitmoment|commitment|eigenaars|trekker|looptijd|doelen|bron|partner): .*$/, to: () => null },
];

/**
 * The clean plan of about `lines` lines, damaged: each line that some damage fits is damaged
 * with probability `rate`, by one of the damages that fit it, picked at random.
 */
export function generateHeavyPlan({ lines = 1000, seed = 1, rate = 0.2 } = {}) {
  const random = createRandom(seed * 104729 + lines);
  const out = [];
  for (const line of generatePlan({ lines, seed }).split('\n')) {
    const fitting = [];
    for (const damage of DAMAGES) {
      const match = damage.line.exec(line);
      if (match) fitting.push({ damage, match });
    }
    if (fitting.length === 0 || !random.chance(rate)) {
      out.push(line);
      continue;
    }
    const { damage, match } = random.pick(fitting);
    const damaged = damage.to(match);
    if (damaged !== null) out.push(damaged);
  }
  return out.join('\n');
}

/** Writes the heavy sizes as `heavy-<size>.wijkplan.yaml` into `outDir`; returns the paths by size. */
export function writeHeavy(outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const files = {};
  for (const [name, lines] of Object.entries(SIZES)) {
    const file = path.join(outDir, `heavy-${name}.wijkplan.yaml`);
    const text = generateHeavyPlan({ lines, seed: 3 });
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
    files[name] = file;
  }
  return files;
}

/**
 * A plan as a YAML writer puts it: the `yaml` package's stringify of its value (long text folded
 * over lines at 80 columns, lists at their key's indentation, comments gone), as PyYAML and
 * other tools write plans that no person typed. Written to `<name>.wijkplan.yaml`.
 */
export function writeFolded(outDir, sourceFile, name) {
  const file = path.join(outDir, `${name}.wijkplan.yaml`);
  const text = stringify(parse(fs.readFileSync(sourceFile, 'utf8')), { indentSeq: false });
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
  return file;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '.generated');
  for (const [name, file] of Object.entries(writeHeavy(outDir))) console.log(`${name.padEnd(4)} ${file}`);
}
