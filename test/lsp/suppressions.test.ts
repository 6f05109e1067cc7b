// The editor reads the suppressions file the CLI writes (review.md): found as the CLI finds
// it (beside the plan's .wijkplanrc, else in the workspace folder), suppressed findings shown
// as hints with a prefix that says so, checked again when the file changes, and an invalid
// file shown on itself while its plans are checked without it.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosticSeverity, FileChangeType, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient, ROOT } from './client';

const ZWAK = readFileSync(join(ROOT, 'samples', 'zwak.wijkplan.yaml'), 'utf8');

function ofCode(params: PublishDiagnosticsParams, code: string): Diagnostic[] {
  // Hints are published after the findings that count; in the document they interleave.
  return params.diagnostics.filter((d) => d.code === code).sort((a, b) => a.range.start.line - b.range.start.line);
}

function counts(plan: string, wp101: number): string {
  return `${JSON.stringify({ [plan]: { WP101: { count: wp101 } } }, null, 2)}\n`;
}

describe('LSP: the suppressions file', function () {
  this.timeout(60_000);
  let folder: string;
  let client: LspClient;
  let plan: string;
  let loose: string;
  let suppressions: string;
  let suppressionsPath: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'wijkplan-lsp-supp-'));
    mkdirSync(join(folder, 'gemeente', 'plannen'), { recursive: true });
    writeFileSync(join(folder, 'gemeente', '.wijkplanrc.yaml'), 'extends: aanbevolen\n');
    suppressionsPath = join(folder, 'gemeente', 'wijkplan-suppressions.json');
    writeFileSync(suppressionsPath, counts('plannen/zwak.wijkplan.yaml', 1));
    suppressions = fileUri(suppressionsPath);
    writeFileSync(join(folder, 'gemeente', 'plannen', 'zwak.wijkplan.yaml'), ZWAK);
    plan = fileUri(join(folder, 'gemeente', 'plannen', 'zwak.wijkplan.yaml'));
    // A plan no configuration governs: its file is the one in the workspace folder.
    writeFileSync(join(folder, 'los.wijkplan.yaml'), ZWAK);
    writeFileSync(join(folder, 'wijkplan-suppressions.json'), counts('los.wijkplan.yaml', 2));
    loose = fileUri(join(folder, 'los.wijkplan.yaml'));
    client = await LspClient.start({ locale: 'nl', workspaceFolders: [{ uri: fileUri(folder), name: 'werkmap' }] });
  });

  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('shows a suppressed finding of a plan on disk as a hint, and the one beyond the count as usual', async () => {
    const published = await client.published(plan, (p) => ofCode(p, 'WP101').length === 2);
    const [first, second] = ofCode(published, 'WP101');
    assert.equal(first.severity, DiagnosticSeverity.Hint);
    assert.match(String(first.message), /^\(onderdrukt in wijkplan-suppressions\.json\) Interventie "camera" heeft geen voortzetting/);
    assert.equal(second.severity, DiagnosticSeverity.Error);
    assert.doesNotMatch(String(second.message), /onderdrukt/);
    assert.ok(first.range.start.line < second.range.start.line, 'the first in document order is the one left out');
  });

  it('watches wijkplan-suppressions.json', async () => {
    // The server registers its watchers once initialized, before it checks the workspace.
    await client.published(plan);
    const watched = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    const globs = (watched!.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map((w) => w.globPattern);
    assert.ok(globs.includes('**/wijkplan-suppressions.json'));
  });

  it('finds the file in the workspace folder for a plan no configuration governs', async () => {
    const published = await client.published(loose, (p) => ofCode(p, 'WP101').length === 2);
    assert.deepEqual(
      ofCode(published, 'WP101').map((d) => d.severity),
      [DiagnosticSeverity.Hint, DiagnosticSeverity.Hint],
    );
  });

  it('applies it to an open plan too, and its score leaves the suppressed findings out', async () => {
    const score = client.nextScore(plan, (p) => p.version === 1);
    const open = await client.open(plan, ZWAK);
    assert.deepEqual(
      ofCode(open, 'WP101').map((d) => d.severity),
      [DiagnosticSeverity.Hint, DiagnosticSeverity.Error],
    );
    const withOne = (await score).score.overall;
    const looseScore = client.nextScore(loose, (p) => p.version === 1);
    await client.open(loose, ZWAK);
    assert.ok((await looseScore).score.overall! > withOne!, 'two WP101 left out cost less than one');
    await client.close(loose);
  });

  it('checks again when the file changes: a count above what is found is reported to prune', async () => {
    writeFileSync(suppressionsPath, counts('plannen/zwak.wijkplan.yaml', 3));
    const next = client.nextDiagnostics(plan, (p) => ofCode(p, 'WP007').length === 1);
    await client.watchedFilesChanged([{ uri: suppressions, type: FileChangeType.Changed }]);
    const published = await next;
    assert.deepEqual(
      ofCode(published, 'WP101').map((d) => d.severity),
      [DiagnosticSeverity.Hint, DiagnosticSeverity.Hint],
    );
    const prune = ofCode(published, 'WP007')[0];
    assert.equal(prune.severity, DiagnosticSeverity.Warning);
    assert.match(String(prune.message), /wijkplan-suppressions\.json onderdrukt in dit plan 3 × WP101, maar nu is het aantal 2/);
  });

  it('shows an invalid file on itself and checks its plans without it', async () => {
    writeFileSync(suppressionsPath, '{\n  "plannen/zwak.wijkplan.yaml": {\n    "WP001": { "count": 1 }\n  }\n}\n');
    const onFile = client.nextDiagnostics(suppressions, (p) => p.diagnostics.length > 0);
    const onPlan = client.nextDiagnostics(plan, (p) => ofCode(p, 'WP101').every((d) => d.severity === DiagnosticSeverity.Error));
    await client.watchedFilesChanged([{ uri: suppressions, type: FileChangeType.Changed }]);
    const problems = await onFile;
    assert.equal(problems.diagnostics.length, 1);
    assert.equal(problems.diagnostics[0].code, 'WP-suppressions');
    assert.equal(problems.diagnostics[0].severity, DiagnosticSeverity.Error);
    assert.equal(problems.diagnostics[0].range.start.line, 2);
    assert.match(String(problems.diagnostics[0].message), /WP001 kan niet worden onderdrukt/);
    assert.equal(ofCode(await onPlan, 'WP101').length, 2);
  });

  it('clears the file\'s diagnostics and the hints when the file is deleted', async () => {
    unlinkSync(suppressionsPath);
    const cleared = client.nextDiagnostics(suppressions, (p) => p.diagnostics.length === 0);
    const onPlan = client.nextDiagnostics(plan, (p) => p.diagnostics.every((d) => d.severity !== DiagnosticSeverity.Hint) && ofCode(p, 'WP101').length === 2);
    await client.watchedFilesChanged([{ uri: suppressions, type: FileChangeType.Deleted }]);
    assert.deepEqual((await cleared).diagnostics, []);
    await onPlan;
  });
});
