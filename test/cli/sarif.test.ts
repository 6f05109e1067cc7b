// SARIF 2.1.0: valid against the official JSON schema, every rule described, fingerprints
// that survive unrelated edits. The schema comes from a devDependency; when it is missing
// the test fails and says what to install, rather than skipping.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { requireBuild, ROOT, run, SAMPLES, tempDir } from './helpers';

/** Doc links are pinned to the released version: a link in an old report still shows the rule as it was. */
const PACKAGE = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string; homepage: string };

const SCHEMA_CANDIDATES = [
  'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
  'node_modules/@microsoft/sarif-multitool/sarif-2.1.0.json',
  'node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json',
];

/** The SARIF 2.1.0 schema as an ajv validator (it is draft-04; ajv's default dialect reads it once `id` is gone). */
function sarifValidator() {
  // SARIF_SCHEMA names a schema file elsewhere, for a machine that has one outside node_modules.
  const candidates = [process.env.SARIF_SCHEMA, ...SCHEMA_CANDIDATES.map((candidate) => join(ROOT, candidate))].filter((c): c is string => Boolean(c));
  const found = candidates.find((candidate) => existsSync(candidate));
  assert.ok(found, `the SARIF 2.1.0 JSON schema is not installed: add the devDependency @microsoft/jest-sarif (npm i -D @microsoft/jest-sarif); looked for ${SCHEMA_CANDIDATES.join(', ')}`);
  const schema = JSON.parse(readFileSync(found, 'utf8'));
  delete schema.id;
  delete schema.$schema;
  // The published schema has a pattern that is invalid with the u flag; read it without.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }>;
  partialFingerprints: Record<string, string>;
  properties: { pointer: string };
}

describe('cli: --format sarif', () => {
  before(requireBuild);

  it('validates against the SARIF 2.1.0 JSON schema', () => {
    const validate = sarifValidator();
    const result = run(['samples', '--format', 'sarif']);
    assert.equal(result.code, 1);
    const log = JSON.parse(result.stdout);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    // The validator must be able to fail, or the check above proves nothing.
    const broken = JSON.parse(result.stdout);
    broken.runs[0].results[0].level = 'fatal';
    assert.equal(validate(broken), false);
  });

  it('passes the official SARIF Multitool validator (schema and SARIF rules, errors and advice)', function () {
    this.timeout(120_000);
    const tool = join(ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');
    assert.ok(existsSync(tool), 'the devDependency @microsoft/sarif-multitool-linux is not installed');
    chmodSync(tool, 0o755);
    const { dir, cleanup } = tempDir();
    const report = join(dir, 'report.sarif');
    const verdict = join(dir, 'verdict.sarif');
    const result = run(['samples', '--format', 'sarif', '--output', report]);
    assert.equal(result.code, 1);
    execFileSync(tool, ['validate', report, '-o', verdict], { stdio: 'pipe', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    const findings = JSON.parse(readFileSync(verdict, 'utf8')).runs[0].results as Array<{ ruleId: string; level?: string; message: { text: string } }>;
    assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.level ?? 'warning'}: ${f.message.text}`), []);
    // The validator must be able to fail: a result without a message breaks the schema.
    const broken = JSON.parse(readFileSync(report, 'utf8'));
    delete broken.runs[0].results[0].message;
    const brokenReport = join(dir, 'broken.sarif');
    const brokenVerdict = join(dir, 'broken-verdict.sarif');
    writeFileSync(brokenReport, JSON.stringify(broken));
    spawnSync(tool, ['validate', brokenReport, '-o', brokenVerdict], { stdio: 'pipe' });
    assert.ok(JSON.parse(readFileSync(brokenVerdict, 'utf8')).runs[0].results.length > 0, 'the multitool reports a broken log');
    cleanup();
  });

  it('describes the tool and every rule, and points results at them', () => {
    const log = JSON.parse(run(['samples', '--format', 'sarif']).stdout);
    const rules = JSON.parse(run(['rules', '--format', 'json']).stdout) as Array<{ code: string; severity: string }>;
    const driver = log.runs[0].tool.driver;
    assert.equal(log.version, '2.1.0');
    assert.equal(driver.name, 'wijkplan');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.match(driver.informationUri, /^https:\/\//);
    assert.deepEqual(driver.rules.map((r: { id: string }) => r.id), rules.map((r) => r.code));
    for (const rule of driver.rules) {
      assert.ok(rule.name && rule.shortDescription.text && rule.fullDescription.text);
      assert.equal(rule.helpUri, `https://github.com/wijkplan/wijkplan/blob/v${PACKAGE.version}/docs/rules/${rule.id}.md`);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      assert.ok(Array.isArray(rule.properties.tags) && rule.properties.tags.length > 0);
    }
    const results = log.runs[0].results as SarifResult[];
    const json = JSON.parse(run(['samples', '--format', 'json']).stdout);
    assert.equal(results.length, json.summary.errors + json.summary.warnings + json.summary.infos);
    for (const result of results) {
      assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      const location = result.locations[0].physicalLocation;
      assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.match(location.artifactLocation.uri, /^samples\/[a-z]+\.wijkplan\.yaml$/);
      assert.ok(location.region.startLine >= 1 && location.region.startColumn >= 1);
      assert.equal(typeof result.properties.pointer, 'string');
    }
    const infos = results.filter((r) => r.level === 'note').length;
    assert.equal(infos, json.summary.infos, 'infos become "note"');
  });

  it('fingerprints are unique and survive edits elsewhere in the plan (no line numbers in them)', () => {
    const { dir, cleanup } = tempDir();
    try {
      const text = readFileSync(join(SAMPLES, 'concept.wijkplan.yaml'), 'utf8');
      writeFileSync(join(dir, 'plan.wijkplan.yaml'), text);
      const before = JSON.parse(run(['plan.wijkplan.yaml', '--format', 'sarif'], { cwd: dir }).stdout).runs[0].results as SarifResult[];
      // Five comment lines at the top move every finding down five lines.
      writeFileSync(join(dir, 'plan.wijkplan.yaml'), `# a\n# b\n# c\n# d\n# e\n${text}`);
      const after = JSON.parse(run(['plan.wijkplan.yaml', '--format', 'sarif'], { cwd: dir }).stdout).runs[0].results as SarifResult[];
      const prints = (results: SarifResult[]) => results.map((r) => JSON.stringify(r.partialFingerprints));
      assert.equal(new Set(prints(before)).size, before.length, 'unique');
      assert.deepEqual(prints(after), prints(before));
      assert.deepEqual(
        after.map((r) => r.locations[0].physicalLocation.region.startLine),
        before.map((r) => r.locations[0].physicalLocation.region.startLine + 5),
      );
    } finally {
      cleanup();
    }
  });
});
