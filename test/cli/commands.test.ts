// The other commands and options: help, version, rules, init, preview, globs, colour,
// several reports in one run, and the configuration lookup shared with the language server.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { version } from '../../package.json';
import { findConfig } from '../../server/src/core/config-lookup';
import { assertOneLineError, requireBuild, run, SAMPLES, tempDir } from './helpers';

const ESC = '\u001b[';

describe('cli: commands and options', () => {
  let dir: string;
  let cleanup: () => void;

  beforeEach(() => {
    requireBuild();
    ({ dir, cleanup } = tempDir());
  });
  afterEach(() => cleanup());

  it('--version prints the package version; --help the usage, in the chosen language', () => {
    assert.deepEqual(run(['--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
    const help = run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /wijkplan \[check\] \[paden of globs…\]/);
    assert.match(help.stdout, /--changed-since REF/);
    assert.match(run(['check', '--help', '--lang', 'en']).stdout, /^Usage:/m);
  });

  it('rules lists every rule with its page', () => {
    const result = run(['rules', '--no-color']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^ {2}WP101 {2}missing-continuation +fout +/m);
    assert.match(result.stdout, /https:\/\/github\.com\/wijkplan\/wijkplan\/blob\/v\d+\.\d+\.\d+\/docs\/rules\/WP101\.md/);
  });

  it('check is the default command; no path means the current folder', () => {
    copyFileSync(join(SAMPLES, 'sterk.wijkplan.yaml'), join(dir, 'a.wijkplan.yaml'));
    const implicit = run(['--format', 'json'], { cwd: dir });
    const explicit = run(['check', '.', '--format', 'json'], { cwd: dir });
    assert.equal(implicit.code, 0);
    assert.equal(implicit.stdout, explicit.stdout);
    assert.equal(JSON.parse(implicit.stdout).files[0].path, 'a.wijkplan.yaml');
  });

  it('a file named explicitly is checked whatever its name; a folder only looks at plan names', () => {
    copyFileSync(join(SAMPLES, 'concept.wijkplan.yaml'), join(dir, 'plan.yaml'));
    copyFileSync(join(SAMPLES, 'sterk.wijkplan.yaml'), join(dir, 'b.wijkplan.yml'));
    const named = JSON.parse(run(['plan.yaml', '--format', 'json'], { cwd: dir }).stdout);
    assert.deepEqual(named.files.map((f: { path: string }) => f.path), ['plan.yaml']);
    const folder = JSON.parse(run(['.', '--format', 'json'], { cwd: dir }).stdout);
    assert.deepEqual(folder.files.map((f: { path: string }) => f.path), ['b.wijkplan.yml']);
  });

  it('globs: *, ** and ? by hand, each file once', () => {
    for (const file of ['oost/a.wijkplan.yaml', 'oost/deel/b.wijkplan.yaml', 'west/c1.wijkplan.yaml', 'west/c22.wijkplan.yaml']) {
      mkdirSync(join(dir, dirname(file)), { recursive: true });
      copyFileSync(join(SAMPLES, 'sterk.wijkplan.yaml'), join(dir, file));
    }
    const paths = (...args: string[]) => JSON.parse(run([...args, '--format', 'json'], { cwd: dir }).stdout).files.map((f: { path: string }) => f.path);
    assert.deepEqual(paths('oost/*.yaml'), ['oost/a.wijkplan.yaml']);
    assert.deepEqual(paths('**/*.wijkplan.yaml'), ['oost/a.wijkplan.yaml', 'oost/deel/b.wijkplan.yaml', 'west/c1.wijkplan.yaml', 'west/c22.wijkplan.yaml']);
    assert.deepEqual(paths('west/c?.wijkplan.yaml'), ['west/c1.wijkplan.yaml']);
    assert.deepEqual(paths('oost/**/b.*', 'oost', '**/b.wijkplan.yaml'), ['oost/a.wijkplan.yaml', 'oost/deel/b.wijkplan.yaml']);
    assert.deepEqual(paths(join(dir, 'west', '*2.wijkplan.yaml')), ['west/c22.wijkplan.yaml'], 'an absolute glob');
  });

  it('colour: only when asked (--color) or on a terminal, never in machine formats', () => {
    copyFileSync(join(SAMPLES, 'concept.wijkplan.yaml'), join(dir, 'c.wijkplan.yaml'));
    assert.ok(!run(['.'], { cwd: dir }).stdout.includes(ESC), 'not a terminal: no colour');
    assert.ok(run(['.', '--color'], { cwd: dir }).stdout.includes(ESC));
    assert.ok(!run(['.', '--color', '--no-color'], { cwd: dir }).stdout.includes(ESC), 'the last word wins');
    assert.ok(!run(['.', '--format', 'json', '--color'], { cwd: dir }).stdout.includes(ESC), 'machine formats never');
  });

  it('several --format/--output pairs in one run; one format may use standard output', () => {
    copyFileSync(join(SAMPLES, 'concept.wijkplan.yaml'), join(dir, 'c.wijkplan.yaml'));
    const result = run(['.', '--format', 'json', '--output', 'r.json', '--format', 'junit', '--output', 'r.xml', '--format', 'github'], { cwd: dir });
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /^::error /m);
    assert.equal(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).summary.errors, 1);
    assert.match(readFileSync(join(dir, 'r.xml'), 'utf8'), /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="wijkplan" tests="\d+" failures="10" errors="0">/);
    const twice = run(['.', '--format', 'json', '--format', 'github'], { cwd: dir });
    assert.equal(twice.code, 2);
    assertOneLineError(twice, 'meer dan één formaat naar standaarduitvoer');
  });

  it('junit: one suite per file, a case per rule that ran, escaped XML', () => {
    writeFileSync(join(dir, 'x.wijkplan.yaml'), `${readFileSync(join(SAMPLES, 'sterk.wijkplan.yaml'), 'utf8')}"<&'\\u0001>": 1\n`);
    const xml = run(['.', '--format', 'junit'], { cwd: dir }).stdout;
    assert.match(xml, /<testsuite name="x\.wijkplan\.yaml" tests="\d+" failures="1"/);
    assert.match(xml, /<testcase classname="x\.wijkplan\.yaml" name="WP101 missing-continuation" file="x\.wijkplan\.yaml"\/>/);
    assert.match(xml, /&quot;&lt;&amp;&apos;\uFFFD&gt;&quot;/);
    assert.doesNotMatch(xml, /\u0001/);
  });

  it('markdown escapes | and HTML in messages', () => {
    writeFileSync(join(dir, 'x.wijkplan.yaml'), `${readFileSync(join(SAMPLES, 'sterk.wijkplan.yaml'), 'utf8')}"a|b<script>": 1\n`);
    const md = run(['.', '--format', 'markdown'], { cwd: dir }).stdout;
    assert.match(md, /"a\\\|b&lt;script&gt;"/);
    assert.doesNotMatch(md, /<script>/);
  });

  it('preview writes one self-contained HTML page', () => {
    copyFileSync(join(SAMPLES, 'concept.wijkplan.yaml'), join(dir, 'c.wijkplan.yaml'));
    const result = run(['preview', 'c.wijkplan.yaml', '--out', 'c.html'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    const page = readFileSync(join(dir, 'c.html'), 'utf8');
    assert.match(page, /^<!DOCTYPE html>/i);
    assert.match(page, /Wijkplan Zuiderpark/);
    assert.doesNotMatch(page, /<script/i, 'self-contained and without script');
    assert.doesNotMatch(page, /(src|href)="https?:/, 'loads nothing from elsewhere');
    assert.equal(run(['preview', 'c.wijkplan.yaml'], { cwd: dir }).code, 0);
    assert.ok(existsSync(join(dir, 'c.wijkplan.html')), 'without --out next to the plan');
    assertOneLineError(run(['preview', 'c.wijkplan.yaml', '--out', 'weg/c.html'], { cwd: dir }), 'weg/c.html', 'bestaat niet');
  });

  it('the nearest configuration applies, the YAML one before the JSON one in the same folder', () => {
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    copyFileSync(join(SAMPLES, 'concept.wijkplan.yaml'), join(dir, 'a', 'b', 'p.wijkplan.yaml'));
    writeFileSync(join(dir, '.wijkplanrc.json'), '{ "regels": { "WP401": "off" } }');
    const codes = () => JSON.parse(run(['.', '--format', 'json'], { cwd: dir }).stdout).files[0].diagnostics.map((d: { code: string; severity: string }) => `${d.code} ${d.severity}`);
    assert.ok(!codes().some((c: string) => c.startsWith('WP401')), 'found two folders up');
    writeFileSync(join(dir, '.wijkplanrc.yaml'), 'regels:\n  WP401: info\n');
    assert.ok(codes().includes('WP401 info'), 'YAML wins over JSON in the same folder');
    writeFileSync(join(dir, 'a', '.wijkplanrc.json'), '{ "regels": { "WP401": "warning" } }');
    assert.ok(codes().includes('WP401 warning'), 'the nearest wins');
    writeFileSync(join(dir, 'andere.yaml'), 'regels:\n  WP502: off\n');
    const explicit = JSON.parse(run(['.', '--config', 'andere.yaml', '--format', 'json'], { cwd: dir }).stdout).files[0].diagnostics.map((d: { code: string; severity: string }) => `${d.code} ${d.severity}`);
    assert.ok(explicit.includes('WP401 error') && !explicit.some((c: string) => c.startsWith('WP502')), '--config replaces the lookup');
  });

  it('findConfig (pure) walks up to the root through the host it is given', () => {
    const files = new Set(['/p/.wijkplanrc.json', '/p/q/.wijkplanrc.yaml', '/p/q/.wijkplanrc.json', '/.wijkplanrc.yaml']);
    const host = {
      exists: (path: string) => files.has(path),
      dirname: (path: string) => (path.lastIndexOf('/') <= 0 ? '/' : path.slice(0, path.lastIndexOf('/'))),
      join: (a: string, b: string) => (a.endsWith('/') ? `${a}${b}` : `${a}/${b}`),
    };
    assert.equal(findConfig('/p/q/r/plan.wijkplan.yaml', host), '/p/q/.wijkplanrc.yaml');
    assert.equal(findConfig('/p/plan.wijkplan.yaml', host), '/p/.wijkplanrc.json');
    assert.equal(findConfig('/x/y/plan.wijkplan.yaml', host), '/.wijkplanrc.yaml');
    files.delete('/.wijkplanrc.yaml');
    assert.equal(findConfig('/x/y/plan.wijkplan.yaml', host), undefined);
  });
});
