// The catalogue's proof (issue 11): in a temporary copy of the project, a new rule is its
// file, its doc page and its fixtures, nothing else. After the project's own generators run
// (the build's registry step and `npm run docs:rules`), the rule is registered, documented,
// hoverable, configurable, in the CLI's rule list and SARIF, and its fixtures run as tests.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const EXAMPLE = readFileSync(join(ROOT, 'test', 'fixtures', 'spec', 'example.wijkplan.yaml'), 'utf8');

const RULE = `import type { RuleDefinition } from '../../rule';

export const WP799: RuleDefinition = {
  code: 'WP799',
  name: 'throwaway-check',
  category: 'WP7',
  watches: ['/titel'],
  severity: 'warning',
  summary: { nl: 'De titel zegt dat het plan wordt weggegooid.', en: 'The title says the plan is thrown away.' },
  messages: {
    title: { nl: 'De titel noemt het plan een wegwerpplan: geef het een titel die blijft.', en: 'The title calls the plan a throwaway plan: give it a title that lasts.' },
  },
  sources: ['001'],
  rationale: { nl: 'Alleen voor de test van de catalogus.', en: 'Only for the catalogue test.' },
  check(ctx) {
    if (typeof ctx.plan.titel === 'string' && /wegwerp/i.test(ctx.plan.titel)) ctx.report({ pointer: '/titel', messageId: 'title' });
  },
};
`;

const DOC = `# WP799 throwaway-check

## Wanneer / When

De titel bevat "wegwerp". / The title holds "wegwerp".

## Fout / Failing example

\`\`\`yaml
titel: Wegwerpplan
\`\`\`

## Goed / Fixed example

\`\`\`yaml
titel: Wijkplan Oost
\`\`\`

## Waarom / Why

Alleen voor de test. / Only for the test.

## Instellingen / Options

- Standaard ernst / default severity: **waarschuwing / warning**.
- Drempels / thresholds: geen / none.
`;

/** Runs a command in the copy; its output, or the failure with its output. */
function run(dir: string, command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; status?: number };
    if (failure.status === 1 && failure.stdout) return failure.stdout;
    throw new Error(`${command} ${args.join(' ')} failed (${failure.status}):\n${failure.stdout ?? ''}\n${failure.stderr ?? ''}`);
  }
}

describe('a new rule is its file, its doc and its fixtures', function () {
  this.timeout(180000);
  let copy = '';
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const mocha = join(ROOT, 'node_modules', '.bin', 'mocha');

  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'wijkplan-throwaway-'));
    for (const entry of ['server', 'schemas', 'docs', 'scripts', 'package.json', 'tsconfig.json', 'README.md']) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
    cpSync(join(ROOT, 'test', 'fixtures'), join(copy, 'test', 'fixtures'), { recursive: true });
    mkdirSync(join(copy, 'test', 'unit'), { recursive: true });
    for (const file of ['catalogue.test.ts', 'fixtures.test.ts']) cpSync(join(ROOT, 'test', 'unit', file), join(copy, 'test', 'unit', file));
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');

    // The three things a contributor writes, and nothing else:
    writeFileSync(join(copy, 'server', 'src', 'core', 'rules', 'wp7-coherence', 'WP799-throwaway-check.ts'), RULE);
    writeFileSync(join(copy, 'docs', 'rules', 'WP799.md'), DOC);
    mkdirSync(join(copy, 'test', 'fixtures', 'WP799'));
    writeFileSync(join(copy, 'test', 'fixtures', 'WP799', 'valid-title.wijkplan.yaml'), EXAMPLE);
    const failing = EXAMPLE.replace(/^titel: .*$/m, 'titel: Wegwerpplan Oost # expect: WP799');
    assert.notEqual(failing, EXAMPLE, 'the example has a titel line to change');
    writeFileSync(join(copy, 'test', 'fixtures', 'WP799', 'invalid-title.wijkplan.yaml'), failing);

    // The project's generators, as the build and `npm run docs:rules` run them.
    run(copy, process.execPath, ['scripts/generate-rule-registry.js']);
    run(copy, tsx, ['scripts/update-readme-rules.ts']);
  });

  after(() => rmSync(copy, { recursive: true, force: true }));

  it('is registered, hoverable, configurable, listed and in SARIF', () => {
    const probe = `
      import { RULES_BY_CODE } from './server/src/core/rules/index';
      import { lint } from './server/src/core/lint';
      import { hover } from './server/src/core/language/index';
      import { ruleDocUrl } from './server/src/core/docs-url';
      import { parseConfig } from './server/src/core/config';
      import { rulesJson } from './server/src/cli/rules-command';
      import { readFileSync } from 'node:fs';
      const text = readFileSync('test/fixtures/WP799/invalid-title.wijkplan.yaml', 'utf8');
      const result = lint(text);
      const shown = hover({ result, offset: text.indexOf('titel:') + 1, lang: 'nl', docsUrl: ruleDocUrl });
      const config = parseConfig('regels:\\n  WP799: off\\n', new Set(RULES_BY_CODE.keys()));
      console.log(JSON.stringify({
        registered: RULES_BY_CODE.has('WP799'),
        found: result.findings.filter((f) => f.code === 'WP799').map((f) => f.range.start.line + 1),
        hover: shown?.contents ?? '',
        configProblems: config.problems.length,
        listed: JSON.parse(rulesJson('nl')).some((rule: { code: string }) => rule.code === 'WP799'),
      }));
    `;
    writeFileSync(join(copy, 'probe.ts'), probe);
    const answer = JSON.parse(run(copy, tsx, ['probe.ts']).trim().split('\n').at(-1)!);
    assert.equal(answer.registered, true, 'in the registry');
    assert.equal(answer.found.length, 1, 'the rule runs on a plan');
    assert.match(answer.hover, /WP799/, 'a hover on the watched key names it');
    assert.match(answer.hover, /docs\/rules\/WP799\.md/, 'with its doc link');
    assert.equal(answer.configProblems, 0, 'configuration accepts the code');
    assert.equal(answer.listed, true, '`wijkplan rules` lists it');

    const sarif = JSON.parse(run(copy, tsx, ['server/src/cli/main.ts', 'check', 'test/fixtures/WP799/invalid-title.wijkplan.yaml', '--format', 'sarif']));
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'WP799');
    assert.ok(rule, 'SARIF describes the rule');
    assert.match(rule.helpUri, /docs\/rules\/WP799\.md$/);
    assert.ok(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'WP799'), 'SARIF reports the finding');
  });

  it('is documented and tested: the catalogue and fixture tests run for it and pass', () => {
    const output = run(copy, mocha, ['--no-config', '--require', 'tsx/cjs', '--reporter', 'dot', '--grep', 'WP799|README lists every rule', 'test/unit/catalogue.test.ts', 'test/unit/fixtures.test.ts']);
    const passing = Number(/(\d+) passing/.exec(output)?.[1] ?? 0);
    assert.doesNotMatch(output, /failing/, output);
    // catalogue: name, placeholders, sources, doc headings, fixtures present; the README table;
    // fixtures: the valid and the invalid file.
    assert.ok(passing >= 8, `expected the rule's catalogue and fixture tests to run, got ${passing} passing:\n${output}`);
    assert.match(readFileSync(join(copy, 'README.md'), 'utf8'), /WP799/, 'the README rule table names it');
  });
});
