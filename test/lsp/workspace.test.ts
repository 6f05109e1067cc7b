// Workspace-wide behaviour: plans that are not open, `.wijkplanrc` files and their changes,
// in a temporary workspace folder on disk.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosticSeverity, FileChangeType, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { fileUri, fixtureText, LspClient } from './client';

function codes(params: PublishDiagnosticsParams): string[] {
  return params.diagnostics.map((d) => String(d.code));
}

describe('workspace-wide checking', () => {
  let folder: string;
  let client: LspClient;
  const plan = fixtureText('zwak.wijkplan.yaml');
  let a: string;
  let b: string;
  let rc: string;
  const many: string[] = [];

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'wijkplan-lsp-'));
    const write = (relative: string, text: string) => {
      const path = join(folder, relative);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, text);
      return fileUri(path);
    };
    a = write('a.wijkplan.yaml', plan);
    b = write('sub/b.wijkplan.yml', plan);
    write('node_modules/pakket/x.wijkplan.yaml', plan);
    write('.verborgen/y.wijkplan.yaml', plan);
    write('sub/niet-een-plan.yaml', plan);
    for (let i = 0; i < 11; i++) many.push(write(`veel/plan-${String(i).padStart(2, '0')}.wijkplan.yaml`, plan));
    rc = write('.wijkplanrc.yaml', '# Configuratie van de testmap.\nregels:\n  WP101: off\n');
    client = await LspClient.start({
      locale: 'nl',
      workspaceFolders: [{ uri: fileUri(folder), name: 'werkmap' }],
      settings: { rules: { WP101: 'warning', WP203: 'off' } },
    });
  });

  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('publishes diagnostics for plans that are not open, with progress when there are many', async () => {
    await client.progressOf('end');
    assert.ok(client.progress.some((p) => p.value.kind === 'begin'));
    for (const uri of [a, b, ...many]) {
      const published = await client.published(uri);
      assert.equal(published.version, undefined, 'a closed plan has no version');
      assert.ok(published.diagnostics.length > 0);
    }
  });

  it('skips node_modules, dot-folders and files that are not named as plans', () => {
    const uris = new Set(client.publications.map((p) => p.uri));
    for (const skipped of ['node_modules/pakket/x.wijkplan.yaml', '.verborgen/y.wijkplan.yaml', 'sub/niet-een-plan.yaml']) {
      assert.ok(!uris.has(fileUri(join(folder, skipped))), `${skipped} was checked`);
    }
  });

  it('lays the settings under the .wijkplanrc file: the file wins where both set a rule', async () => {
    const published = await client.published(a);
    assert.ok(!codes(published).includes('WP101'), 'the file switches WP101 off over the setting "warning"');
    assert.ok(!codes(published).includes('WP203'), 'the setting switches WP203 off');
    assert.ok(codes(published).includes('WP004'));
  });

  it('checks a plan again when its .wijkplanrc changes', async () => {
    writeFileSync(join(folder, '.wijkplanrc.yaml'), 'regels:\n  WP101: error\n  WP004: warning\n');
    const next = client.nextDiagnostics(b, (p) => codes(p).includes('WP101'));
    await client.watchedFilesChanged([{ uri: rc, type: FileChangeType.Changed }]);
    const published = await next;
    assert.equal(published.diagnostics.find((d) => d.code === 'WP101')!.severity, DiagnosticSeverity.Error);
    assert.equal(published.diagnostics.find((d) => d.code === 'WP004')!.severity, DiagnosticSeverity.Warning);
  });

  it('shows an invalid configuration on the configuration file itself, as WP-config', async () => {
    writeFileSync(join(folder, '.wijkplanrc.yaml'), 'regels:\n  WP999: off\nonbekend: 1\n');
    const onFile = client.nextDiagnostics(rc, (p) => p.diagnostics.length > 0);
    const onPlan = client.nextDiagnostics(a, (p) => codes(p).includes('WP101'));
    await client.watchedFilesChanged([{ uri: rc, type: FileChangeType.Changed }]);
    const problems = await onFile;
    assert.ok(problems.diagnostics.every((d) => d.code === 'WP-config' && d.source === 'wijkplan' && d.severity === DiagnosticSeverity.Error));
    const lines = problems.diagnostics.map((d) => d.range.start.line).sort();
    assert.deepEqual(lines, [1, 2], 'one problem on WP999, one on the unknown key');
    // Its plans are then checked with the settings alone (WP101 at the setting's "warning").
    const plan = await onPlan;
    assert.equal(plan.diagnostics.find((d) => d.code === 'WP101')!.severity, DiagnosticSeverity.Warning);
  });

  it('clears the configuration diagnostics once the file is fixed', async () => {
    writeFileSync(join(folder, '.wijkplanrc.yaml'), 'regels:\n  WP101: off\n');
    const cleared = client.nextDiagnostics(rc, (p) => p.diagnostics.length === 0);
    await client.watchedFilesChanged([{ uri: rc, type: FileChangeType.Changed }]);
    assert.deepEqual((await cleared).diagnostics, []);
  });

  it('hands a plan over to the editor when it opens, and back to the disk when it closes', async () => {
    const edited = plan.replace('  - id: D1\n    naam: Tweede', '  - id: D2\n    naam: Tweede');
    const open = await client.open(a, edited);
    assert.equal(open.version, 1);
    assert.ok(!codes(open).includes('WP003'), 'the open text is checked, not the file');
    const closed = client.nextDiagnostics(a);
    await client.close(a);
    const fromDisk = await closed;
    assert.equal(fromDisk.version, undefined);
    assert.ok(codes(fromDisk).includes('WP003'), 'after closing, the file on disk counts again');
  });

  it('clears the diagnostics of a plan file that was deleted', async () => {
    unlinkSync(join(folder, 'sub', 'b.wijkplan.yml'));
    const cleared = client.nextDiagnostics(b, (p) => p.diagnostics.length === 0);
    await client.watchedFilesChanged([{ uri: b, type: FileChangeType.Deleted }]);
    assert.deepEqual((await cleared).diagnostics, []);
  });

  it('checks a new plan file that appears', async () => {
    const path = join(folder, 'nieuw.wijkplan.yaml');
    writeFileSync(path, plan);
    const uri = fileUri(path);
    const published = client.nextDiagnostics(uri);
    await client.watchedFilesChanged([{ uri, type: FileChangeType.Created }]);
    assert.ok(codes(await published).includes('WP004'));
  });
});
