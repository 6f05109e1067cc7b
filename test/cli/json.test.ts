// The JSON output field for field as cli.md gives it, on the concept sample.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireBuild, run, SAMPLES, tempDir } from './helpers';

const DIAGNOSTIC_KEYS = ['code', 'name', 'severity', 'message', 'pointer', 'line', 'column', 'endLine', 'endColumn'];
const CATEGORY_KEYS = ['WP1', 'WP2', 'WP3', 'WP4', 'WP5', 'WP6', 'WP7', 'WP8'];

interface JsonDiagnostic {
  code: string;
  name: string;
  severity: string;
  message: string;
  pointer: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

describe('cli: --format json', () => {
  before(requireBuild);

  it('has exactly the documented shape, field for field', () => {
    const result = run(['samples', '--format', 'json']);
    assert.equal(result.code, 1);
    const report = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(report), ['version', 'files', 'summary']);
    assert.equal(report.version, 1);
    assert.deepEqual(
      report.files.map((f: { path: string }) => f.path),
      ['samples/concept.wijkplan.yaml', 'samples/sterk.wijkplan.yaml', 'samples/zwak.wijkplan.yaml'],
      'files sorted by path, relative to the current folder, with /',
    );
    for (const file of report.files) {
      // `placeholders` was added in format 1.1 (fields are added, never renamed): one per WP801 here.
      assert.deepEqual(Object.keys(file), ['path', 'score', 'categories', 'diagnostics', 'placeholders']);
      assert.equal(file.placeholders, (file.diagnostics as JsonDiagnostic[]).filter((d) => d.code === 'WP801').length);
      assert.equal(typeof file.score, 'number');
      assert.ok(file.score >= 0 && file.score <= 100);
      assert.deepEqual(Object.keys(file.categories), CATEGORY_KEYS);
      for (const value of Object.values(file.categories)) assert.equal(typeof value, 'number');
      for (const d of file.diagnostics as JsonDiagnostic[]) {
        assert.deepEqual(Object.keys(d), DIAGNOSTIC_KEYS);
        assert.match(d.code, /^WP\d{3}$/);
        assert.match(d.name, /^[a-z]+(-[a-z]+)*$/);
        assert.ok(['error', 'warning', 'info'].includes(d.severity));
        assert.equal(typeof d.message, 'string');
        assert.ok(d.pointer === '' || d.pointer.startsWith('/'));
        for (const n of [d.line, d.column, d.endLine, d.endColumn]) assert.ok(Number.isInteger(n) && n >= 1);
        assert.ok(d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column));
      }
      const order = (file.diagnostics as JsonDiagnostic[]).map((d) => [d.line, d.column, d.code] as const);
      const sorted = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
      assert.deepEqual(order, sorted, 'diagnostics sorted by line, column, code');
    }
    const all = report.files.flatMap((f: { diagnostics: JsonDiagnostic[] }) => f.diagnostics) as JsonDiagnostic[];
    assert.deepEqual(report.summary, {
      files: 3,
      errors: all.filter((d) => d.severity === 'error').length,
      warnings: all.filter((d) => d.severity === 'warning').length,
      infos: all.filter((d) => d.severity === 'info').length,
      placeholders: all.filter((d) => d.code === 'WP801').length,
    });
  });

  it('gives the concept sample its 10 findings (two of format 1.1: WP108, WP801), 1-based, ending just past the range', () => {
    const report = JSON.parse(run(['samples/concept.wijkplan.yaml', '--format', 'json']).stdout);
    const file = report.files[0];
    assert.equal(file.diagnostics.length, 10);
    assert.deepEqual(report.summary, { files: 1, errors: 1, warnings: 6, infos: 3, placeholders: 1 });
    const lines = readFileSync(join(SAMPLES, 'concept.wijkplan.yaml'), 'utf8').split('\n');
    const baseline = (file.diagnostics as JsonDiagnostic[]).find((d) => d.code === 'WP401')!;
    assert.deepEqual(
      { ...baseline, message: undefined },
      { code: 'WP401', name: 'no-baseline', severity: 'error', message: undefined, pointer: '/doelen/1/indicatoren/0', line: 80, column: 9, endLine: 80, endColumn: 19 },
    );
    // The range of a block list item runs from after "- " to the end of the line's content.
    assert.equal(lines[baseline.line - 1].slice(baseline.column - 1, baseline.endColumn - 1), 'id: I-taal');
    const adopted = (file.diagnostics as JsonDiagnostic[]).find((d) => d.code === 'WP502')!;
    assert.equal(adopted.pointer, '/bestuur/vastgesteld');
    assert.equal(lines[adopted.line - 1].slice(adopted.column - 1, adopted.endColumn - 1), 'vastgesteld', 'the value of a key sits on its key');
    assert.match(baseline.message, /nulmeting/, 'Dutch by default');
  });

  it('writes messages in English with --lang en or LANG=en_*', () => {
    const flag = JSON.parse(run(['samples/concept.wijkplan.yaml', '--format', 'json', '--lang', 'en']).stdout);
    const env = JSON.parse(run(['samples/concept.wijkplan.yaml', '--format', 'json'], { env: { LANG: 'en_GB.UTF-8' } }).stdout);
    const nl = JSON.parse(run(['samples/concept.wijkplan.yaml', '--format', 'json'], { env: { LANG: 'nl_NL.UTF-8' } }).stdout);
    const message = (r: { files: Array<{ diagnostics: JsonDiagnostic[] }> }) => r.files[0].diagnostics.find((d) => d.code === 'WP401')!.message;
    assert.match(message(flag), /baseline/);
    assert.equal(message(env), message(flag));
    assert.match(message(nl), /nulmeting/);
  });

  it('paths are relative to the current folder', () => {
    const report = JSON.parse(run(['.', '--format', 'json'], { cwd: SAMPLES }).stdout);
    assert.deepEqual(
      report.files.map((f: { path: string }) => f.path),
      ['concept.wijkplan.yaml', 'sterk.wijkplan.yaml', 'zwak.wijkplan.yaml'],
    );
  });

  it('score and categories are null when the plan has a WP0xx error', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'kapot.wijkplan.yaml'), 'wijkplan: 1\ntitel: [niet dicht\n');
      const report = JSON.parse(run(['.', '--format', 'json'], { cwd: dir }).stdout);
      assert.equal(report.files[0].score, null);
      assert.equal(report.files[0].categories, null);
      assert.equal(report.files[0].diagnostics[0].code, 'WP001');
    } finally {
      cleanup();
    }
  });

  it('configuration that switches a rule off removes it; severity follows configuration', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'concept.wijkplan.yaml'), readFileSync(join(SAMPLES, 'concept.wijkplan.yaml')));
      writeFileSync(join(dir, '.wijkplanrc.yaml'), 'regels:\n  WP401: off\n  WP206: error\n');
      const report = JSON.parse(run(['.', '--format', 'json'], { cwd: dir }).stdout);
      const codes = report.files[0].diagnostics.map((d: JsonDiagnostic) => `${d.code} ${d.severity}`);
      assert.ok(!codes.some((c: string) => c.startsWith('WP401')));
      assert.ok(codes.includes('WP206 error'));
    } finally {
      cleanup();
    }
  });

  it('streng raises every info to a warning and nothing else; regels come after the preset; suppressed findings are left out', () => {
    const { dir, cleanup } = tempDir();
    try {
      const concept = readFileSync(join(SAMPLES, 'concept.wijkplan.yaml'), 'utf8');
      writeFileSync(join(dir, 'concept.wijkplan.yaml'), concept);
      const plain = JSON.parse(run(['.', '--format', 'json'], { cwd: dir }).stdout).files[0].diagnostics as JsonDiagnostic[];
      const infos = plain.filter((d) => d.severity === 'info').map((d) => d.code);
      assert.ok(infos.length >= 2, 'the concept sample has infos to raise');
      writeFileSync(join(dir, '.wijkplanrc.yaml'), `extends: streng\nregels:\n  ${infos[0]}: info\n`);
      const strict = JSON.parse(run(['.', '--format', 'json'], { cwd: dir }).stdout).files[0].diagnostics as JsonDiagnostic[];
      const expected = plain.map((d) => `${d.code} ${d.pointer} ${d.severity === 'info' && d.code !== infos[0] ? 'warning' : d.severity}`);
      assert.deepEqual(strict.map((d) => `${d.code} ${d.pointer} ${d.severity}`), expected);

      // A file-wide suppression leaves the finding out of the report altogether.
      writeFileSync(join(dir, 'concept.wijkplan.yaml'), `# wijkplan-disable ${infos[1]} -- test\n${concept}`);
      const suppressed = JSON.parse(run(['.', '--format', 'json'], { cwd: dir }).stdout).files[0].diagnostics as JsonDiagnostic[];
      assert.ok(!suppressed.some((d) => d.code === infos[1]));
      assert.equal(suppressed.length, plain.filter((d) => d.code !== infos[1]).length);
    } finally {
      cleanup();
    }
  });

  it('wijkplan rules --format json lists every rule as {code, name, category, severity, summary}', () => {
    const result = run(['rules', '--format', 'json']);
    assert.equal(result.code, 0);
    const rules = JSON.parse(result.stdout) as Array<Record<string, string>>;
    assert.ok(rules.length >= 50);
    for (const rule of rules) {
      assert.deepEqual(Object.keys(rule), ['code', 'name', 'category', 'severity', 'summary']);
      assert.ok(['error', 'warning', 'info'].includes(rule.severity));
    }
    assert.equal(rules.find((r) => r.code === 'WP102')?.severity, 'warning');
    assert.deepEqual(rules.map((r) => r.code), [...rules.map((r) => r.code)].sort());
  });
});
