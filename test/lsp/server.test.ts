// Protocol tests: the built server (dist/server.js) driven over stdio by a real LSP client.
// Build first: `node esbuild.js`. No sleeps: every wait is for a notification or a response.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CompletionItemKind,
  DiagnosticSeverity,
  InsertTextFormat,
  type CodeAction,
  type CompletionList,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type Location,
  type LocationLink,
  type PublishDiagnosticsParams,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import type { Score } from '../../server/src/core/types';
import { GetScoreRequest, PreviewRequest } from '../../server/src/protocol';
import { FIXTURES, fileUri, fixtureText, LspClient, positionAt, positionOf, ROOT } from './client';

// Doc links go through the package's homepage, pinned to the released version.
const DOCS = `${(require('../../package.json') as { homepage: string }).homepage}docs/rules/`;
const ZWAK = fileUri(join(FIXTURES, 'zwak.wijkplan.yaml'));
const OOST = fileUri(join(FIXTURES, 'oost.wijkplan.yaml'));

/** A diagnostic's message as text (LSP 3.18 also allows Markdown there; this server sends text). */
function text(diagnostic: Diagnostic): string {
  assert.equal(typeof diagnostic.message, 'string');
  return diagnostic.message as string;
}

function codes(params: PublishDiagnosticsParams): string[] {
  return params.diagnostics.map((d) => String(d.code));
}

function find(params: PublishDiagnosticsParams, code: string): Diagnostic {
  const diagnostic = params.diagnostics.find((d) => d.code === code);
  assert.ok(diagnostic, `no ${code} in ${codes(params).join(', ')}`);
  return diagnostic;
}

function hoverText(hover: Hover | null): string {
  assert.ok(hover, 'no hover');
  const contents = hover.contents as { kind: string; value: string };
  assert.equal(contents.kind, 'markdown');
  return contents.value;
}

describe('language server over stdio', function () {
  let client: LspClient;
  let zwak: PublishDiagnosticsParams;
  let oost: PublishDiagnosticsParams;

  before(async () => {
    client = await LspClient.start({ locale: 'nl' });
    zwak = await client.open(ZWAK, fixtureText('zwak.wijkplan.yaml'));
    oost = await client.open(OOST, fixtureText('oost.wijkplan.yaml'));
  });

  after(async () => {
    assert.deepEqual(client.errorLogs().filter((m) => !m.includes('hover failed')), [], 'unexpected errors in the server log');
    await client.stop();
  });

  describe('initialize', () => {
    it('announces every feature and the two code action kinds', () => {
      const caps = client.initializeResult.capabilities;
      assert.ok(caps.hoverProvider);
      assert.ok(caps.completionProvider);
      assert.ok(caps.documentSymbolProvider);
      assert.ok(caps.definitionProvider);
      assert.ok(caps.referencesProvider);
      assert.deepEqual(caps.renameProvider, { prepareProvider: true });
      assert.ok(caps.foldingRangeProvider);
      assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.wijkplan']);
    });

    it('registers watchers for configuration and plan files, and settings changes', () => {
      const watched = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
      assert.ok(watched, 'no file watcher registered');
      const globs = (watched.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map((w) => w.globPattern);
      assert.ok(globs.includes('**/.wijkplanrc.{yaml,json}'));
      assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'));
      assert.ok(client.configurationRequests.length >= 1, 'settings were never pulled');
    });
  });

  describe('diagnostics', () => {
    it('are published for the opened version, from source wijkplan, with documentation links', () => {
      assert.equal(zwak.version, 1);
      for (const diagnostic of zwak.diagnostics) {
        assert.equal(diagnostic.source, 'wijkplan');
        assert.match(String(diagnostic.code), /^WP\d{3}$/);
        assert.equal(diagnostic.codeDescription?.href, `${DOCS}${diagnostic.code}.md`);
        assert.equal(diagnostic.tags, undefined);
        assert.equal(typeof (diagnostic.data as { pointer: string }).pointer, 'string');
      }
    });

    it('have the exact ranges of rules.md: a block item from after "- " to the end of its line', () => {
      const wp101 = find(zwak, 'WP101');
      assert.deepEqual(wp101.range, { start: { line: 19, character: 4 }, end: { line: 19, character: 17 } });
      assert.equal(wp101.severity, DiagnosticSeverity.Error);
      assert.deepEqual(wp101.data, { pointer: '/interventies/0' });
      assert.match(text(wp101), /Interventie "opknappen" heeft geen voortzetting/);
    });

    it('put a ref finding on the ref itself and the duplicate id on its key', () => {
      assert.deepEqual(find(zwak, 'WP004').range, { start: { line: 22, character: 26 }, end: { line: 22, character: 33 } });
      assert.deepEqual(find(zwak, 'WP003').range, { start: { line: 23, character: 4 }, end: { line: 23, character: 6 } });
    });

    it('map warnings and infos to their LSP severities', () => {
      assert.equal(find(zwak, 'WP203').severity, DiagnosticSeverity.Warning);
      assert.equal(find(zwak, 'WP207').severity, DiagnosticSeverity.Information);
    });

    it('carry related information to the first use of a duplicate id', () => {
      const related = find(zwak, 'WP003').relatedInformation;
      assert.ok(related && related.length === 1);
      assert.equal(related[0].location.uri, ZWAK);
      assert.deepEqual(related[0].location.range, { start: { line: 14, character: 4 }, end: { line: 14, character: 6 } });
      assert.match(related[0].message, /Hier staat id "D1" voor het eerst/);
    });

    it('are empty for the complete example plan', () => {
      assert.deepEqual(codes(oost), []);
    });

    it('cover the samples, each with its version and only wijkplan diagnostics', async () => {
      const dir = join(ROOT, 'samples');
      const samples = readdirSync(dir).filter((name) => /\.wijkplan\.ya?ml$/.test(name));
      for (const name of samples) {
        const uri = fileUri(join(dir, name));
        const published = await client.open(uri, readFileSync(join(dir, name), 'utf8'));
        assert.equal(published.version, 1);
        assert.ok(published.diagnostics.every((d) => d.source === 'wijkplan'));
        await client.close(uri);
      }
    });
  });

  describe('hover', () => {
    it('explains a key: its description and why it matters for borging, with the source', async () => {
      const text = client.text(OOST);
      const value = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: OOST }, position: positionOf(text, 'voortzetting:', 3) }));
      assert.match(value, /\*\*voortzetting\*\*/);
      assert.match(value, /Zonder voortzettingsstrategie verdwijnt wat werkt/);
      assert.match(value, /Waarom dit telt voor borging/);
      assert.match(value, new RegExp(`\\[WP101\\]\\(${DOCS}WP101.md\\)`));
      assert.match(value, /Wijkengids 2/);
    });

    it('shows the partner a ref names', async () => {
      const text = client.text(OOST);
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: OOST }, position: positionOf(text, 'organisatie: welzijn-oost', 16) });
      const value = hoverText(hover);
      assert.match(value, /Partner `welzijn-oost`\*\*: Welzijn Oost/);
      assert.match(value, /soort: welzijn/);
      assert.match(value, /7 verwijzingen/);
      const line = positionOf(text, 'organisatie: welzijn-oost').line;
      assert.deepEqual(hover!.range, { start: { line, character: text.split('\n')[line].indexOf('welzijn-oost') }, end: { line, character: text.split('\n')[line].indexOf('welzijn-oost') + 12 } });
    });

    it("gives a finding's rule, rationale, source and link on its range", async () => {
      const value = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: ZWAK }, position: { line: 19, character: 8 } }));
      assert.match(value, /\*\*WP101 missing-continuation\*\* \(fout\)/);
      assert.match(value, /Waarom: Hoe een project doorgaat/);
      assert.match(value, /Bron: Wijkengids 2, §6\.9\.2/);
      assert.ok(value.includes(`(${DOCS}WP101.md)`));
    });

    it('answers null past the end of the document and for unknown documents', async () => {
      const lines = client.text(OOST).split('\n').length;
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri: OOST }, position: { line: lines + 5, character: 0 } }), null);
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri: OOST }, position: { line: 2, character: 500 } }), null);
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'file:///nergens.wijkplan.yaml' }, position: { line: 0, character: 0 } }), null);
    });
  });

  describe('completion', () => {
    const COMPLETION_URI = fileUri(join(FIXTURES, 'completion.wijkplan.yaml'));

    async function completeAt(text: string, marker = '|'): Promise<CompletionList> {
      const offset = text.indexOf(marker);
      const clean = text.slice(0, offset) + text.slice(offset + marker.length);
      await client.change(COMPLETION_URI, clean);
      const position = positionAt(clean, offset);
      return client.request<CompletionList>('textDocument/completion', { textDocument: { uri: COMPLETION_URI }, position });
    }

    before(async () => {
      await client.open(COMPLETION_URI, fixtureText('zwak.wijkplan.yaml'));
    });

    after(() => client.close(COMPLETION_URI));

    it('offers the keys an intervention does not have yet, with the voortzetting section as a snippet', async () => {
      const base = fixtureText('zwak.wijkplan.yaml');
      const list = await completeAt(base.replace('    eigenaars: [gemeente, wonstad]\n', '    eigenaars: [gemeente, wonstad]\n    |\n'));
      const labels = list.items.map((item) => item.label);
      assert.ok(labels.includes('voortzetting'));
      assert.ok(labels.includes('trekker'));
      assert.ok(labels.includes('beschrijving'));
      for (const present of ['id', 'naam', 'doelen', 'eigenaars']) assert.ok(!labels.includes(present), `${present} is already there`);
      const voortzetting = list.items.find((item) => item.label === 'voortzetting')!;
      assert.equal(voortzetting.kind, CompletionItemKind.Snippet);
      assert.equal(voortzetting.insertTextFormat, InsertTextFormat.Snippet);
      const newText = (voortzetting.textEdit as { newText: string }).newText;
      assert.equal(newText.split('\n')[0], 'voortzetting:');
      assert.match(newText, /\n {6}strategie: \$\{1\|inbedden,overdragen,opschalen,afbouwen,stoppen\|\}/);
      assert.match(newText, /besluitmoment: \$\{2:\d{4}-\d{2}-\d{2}\}/);
      assert.ok(voortzetting.documentation, 'the key has its Dutch description');
      const trekker = (list.items.find((item) => item.label === 'trekker')!.textEdit as { newText: string }).newText;
      assert.match(trekker, /organisatie: \$\{2\|gemeente,woonstad\|\}/, 'the trekker snippet offers the plan\'s own partners');
    });

    it('offers the enum values of a partner kind', async () => {
      const base = fixtureText('zwak.wijkplan.yaml');
      const list = await completeAt(base.replace('    soort: corporatie', '    soort: |'));
      const labels = list.items.map((item) => item.label);
      assert.ok(labels.includes('corporatie') && labels.includes('zorgverzekeraar') && labels.includes('kennisinstituut'));
      assert.equal(labels.length, 14);
    });

    it('offers the partner ids for a ref of kind partner, leaving out those already listed', async () => {
      const base = fixtureText('zwak.wijkplan.yaml');
      const list = await completeAt(base.replace('eigenaars: [gemeente, wonstad]', 'eigenaars: [gemeente, |]'));
      const labels = list.items.map((item) => item.label);
      assert.deepEqual(labels, ['woonstad']);
      assert.equal(list.items[0].detail, 'WoonStad · corporatie');
    });

    it('offers goal ids, not partner ids, for a ref of kind doel', async () => {
      const base = fixtureText('zwak.wijkplan.yaml');
      const list = await completeAt(base.replace('doelen: [D1]', 'doelen: [|]'));
      assert.deepEqual(list.items.map((item) => item.label), ['D1']);
    });

    it('offers dates in YYYY-MM-DD form, today first', async () => {
      const base = fixtureText('zwak.wijkplan.yaml');
      const list = await completeAt(base.replace('voortzetting: { strategie: inbedden }', 'voortzetting:\n      strategie: inbedden\n      besluitmoment: |'));
      assert.ok(list.items.length >= 2);
      for (const item of list.items) assert.match(item.label, /^\d{4}-\d{2}-\d{2}$/);
      const now = new Date();
      const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      assert.equal(list.items[0].label, today);
      assert.ok(list.items.some((item) => item.label === '2043-12-31'), 'one year before the end of the intervention');
    });

    it('offers the missing top-level sections as whole snippets', async () => {
      const base = fixtureText('zwak.wijkplan.yaml');
      const list = await completeAt(`${base}|`);
      const labels = list.items.map((item) => item.label);
      for (const section of ['bestuur', 'financiering', 'evaluatie', 'bewoners']) assert.ok(labels.includes(section), section);
      assert.ok(!labels.includes('partners'));
      const financiering = (list.items.find((item) => item.label === 'financiering')!.textEdit as { newText: string }).newText;
      assert.match(financiering, /budgethouder: \$\{1\|gemeente,woonstad\|\}/);
      assert.match(financiering, /soort: \$\{5\|structureel,incidenteel,resultaatfinanciering\|\}/);
    });

    it('offers rule codes in a suppression comment', async () => {
      const base = fixtureText('zwak.wijkplan.yaml');
      const list = await completeAt(base.replace('  - id: opknappen', '  # wijkplan-disable-next-line WP1|\n  - id: opknappen'));
      assert.ok(list.items.some((item) => item.label === 'WP101' && item.detail === 'missing-continuation'));
    });

    it('answers null past the end of the document', async () => {
      const result = await client.request('textDocument/completion', { textDocument: { uri: COMPLETION_URI }, position: { line: 999, character: 0 } });
      assert.equal(result, null);
    });
  });

  describe('code actions', () => {
    const ACTIONS_URI = fileUri(join(FIXTURES, 'acties.wijkplan.yaml'));

    beforeEach(() => client.open(ACTIONS_URI, fixtureText('zwak.wijkplan.yaml')));
    afterEach(() => client.close(ACTIONS_URI));

    async function actionsAt(line: number, character: number, only?: string[]): Promise<CodeAction[]> {
      const latest = client.publications.filter((p) => p.uri === ACTIONS_URI).at(-1)!;
      const diagnostics = latest.diagnostics.filter((d) => d.range.start.line <= line && d.range.end.line >= line);
      return client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: ACTIONS_URI },
        range: { start: { line, character }, end: { line, character } },
        context: { diagnostics, only },
      });
    }

    it("offers the rule's fix as the preferred quick fix, and applying it removes the finding and keeps comments", async () => {
      const actions = await actionsAt(19, 6);
      const fix = actions.find((action) => action.title === 'Voeg een voortzetting toe (inbedden)');
      assert.ok(fix, `no fix among ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(fix.kind, 'quickfix');
      assert.equal(fix.isPreferred, true);
      assert.equal(fix.diagnostics?.[0].code, 'WP101');
      const after = await client.applyEdit(ACTIONS_URI, fix.edit!);
      assert.ok(!codes(after).includes('WP101'));
      const text = client.text(ACTIONS_URI);
      assert.match(text, /^# Een zwak plan voor de protocoltests\. Deze opmerking moet elke herstelactie overleven\.$/m);
      assert.match(text, /^ {2}# Het opknappen zelf; de voortzetting ontbreekt nog\.$/m);
      assert.match(text, /\n {4}eigenaars: \[gemeente, wonstad\]\n {4}voortzetting:\n {6}strategie: inbedden\n/);
    });

    it('offers to suppress a finding with a reason, on its own line at the same indentation', async () => {
      const actions = await actionsAt(19, 6);
      const suppress = actions.find((action) => action.title === 'Onderdruk WP101 op deze regel (met reden)');
      assert.ok(suppress);
      assert.notEqual(suppress.isPreferred, true);
      const after = await client.applyEdit(ACTIONS_URI, suppress.edit!);
      const lines = client.text(ACTIONS_URI).split('\n');
      assert.equal(lines[19], '  # wijkplan-disable-next-line WP101 -- reden');
      assert.equal(lines[20], '  - id: opknappen');
      assert.equal(lines[18], '  # Het opknappen zelf; de voortzetting ontbreekt nog.');
      assert.ok(!codes(after).includes('WP101'));
      assert.ok(!codes(after).includes('WP007'), 'the new suppression is used');
    });

    it('adds a code to an existing suppression comment instead of stacking a second one', async () => {
      const line = 23;
      const first = (await actionsAt(line, 4)).find((action) => action.title === 'Onderdruk WP201 op deze regel (met reden)');
      assert.ok(first);
      const afterFirst = await client.applyEdit(ACTIONS_URI, first.edit!);
      const moved = afterFirst.diagnostics.find((d) => d.code === 'WP702')!;
      assert.equal(moved.range.start.line, line + 1);
      const second = (await actionsAt(line + 1, 4)).find((action) => action.title === 'Onderdruk WP702 op deze regel (met reden)');
      assert.ok(second);
      const afterSecond = await client.applyEdit(ACTIONS_URI, second.edit!);
      const lines = client.text(ACTIONS_URI).split('\n');
      assert.equal(lines[line], '  # wijkplan-disable-next-line WP201, WP702 -- reden');
      assert.equal(lines[line + 1], '  - id: D1');
      assert.ok(!codes(afterSecond).includes('WP201') && !codes(afterSecond).includes('WP702') && !codes(afterSecond).includes('WP007'));
    });

    it('offers no fixAll unless asked for it, and one fixAll action when asked', async () => {
      const plain = await actionsAt(1, 0);
      assert.ok(plain.every((action) => action.kind === 'quickfix'));
      const [fixAll, ...rest] = await actionsAt(0, 0, ['source.fixAll']);
      assert.equal(rest.length, 0);
      assert.equal(fixAll.kind, 'source.fixAll.wijkplan');
      const fixed = fixAll.diagnostics!.map((d) => `${d.code} ${(d.data as { pointer: string }).pointer}`);
      assert.ok(fixed.length >= 3, `too few safe fixes: ${fixed.join(', ')}`);
      const edits = (fixAll.edit as WorkspaceEdit).documentChanges![0] as { edits: Array<{ range: { start: unknown; end: unknown } }> };
      assert.ok(edits.edits.length >= 1);
      // Fix all only inserts: no existing byte is rewritten.
      for (const edit of edits.edits) assert.deepEqual(edit.range.start, edit.range.end);
      const after = await client.applyEdit(ACTIONS_URI, fixAll.edit!);
      const remaining = after.diagnostics.map((d) => `${d.code} ${(d.data as { pointer: string }).pointer}`);
      // Honest fixes: text inserted for the user is a placeholder (still missing), marked by WP801 inside the node.
      const placeholders = after.diagnostics.filter((d) => d.code === 'WP801').map((d) => (d.data as { pointer: string }).pointer);
      for (const gone of fixed) {
        const pointer = gone.slice(gone.indexOf(' ') + 1);
        const marked = placeholders.some((p) => pointer === '' || p.startsWith(`${pointer}/`));
        assert.ok(!remaining.includes(gone) || marked, `${gone} is still there after fix all and no WP801 marks what it inserted`);
      }
      assert.ok(!codes(after).includes('WP006') && !codes(after).includes('WP001'), 'fix all broke the YAML');
      assert.match(client.text(ACTIONS_URI), /Deze opmerking moet elke herstelactie overleven/);
    });
  });

  describe('navigation', () => {
    const RENAME_URI = fileUri(join(FIXTURES, 'hernoem.wijkplan.yaml'));
    const WELZIJN = /(?<![\w-])welzijn-oost(?![\w-])/g;

    it('goes from a ref to the partner it names', async () => {
      const text = client.text(OOST);
      const links = await client.request<LocationLink[]>('textDocument/definition', { textDocument: { uri: OOST }, position: positionOf(text, 'organisatie: welzijn-oost', 15) });
      assert.equal(links.length, 1);
      const idLine = positionOf(text, '- id: welzijn-oost').line;
      assert.equal(links[0].targetUri, OOST);
      assert.deepEqual(links[0].targetSelectionRange, { start: { line: idLine, character: 8 }, end: { line: idLine, character: 20 } });
      assert.equal(links[0].targetRange.start.line, idLine);
      assert.ok(links[0].targetRange.end.line > idLine);
    });

    it('finds every reference and the definition', async () => {
      const text = client.text(OOST);
      const expected = [...text.matchAll(WELZIJN)].length;
      const withDeclaration = await client.request<Location[]>('textDocument/references', { textDocument: { uri: OOST }, position: positionOf(text, '- id: welzijn-oost', 7), context: { includeDeclaration: true } });
      assert.equal(withDeclaration.length, expected);
      const without = await client.request<Location[]>('textDocument/references', { textDocument: { uri: OOST }, position: positionOf(text, '- id: welzijn-oost', 7), context: { includeDeclaration: false } });
      assert.equal(without.length, expected - 1);
    });

    it('renames a partner id and every reference to it', async () => {
      await client.open(RENAME_URI, fixtureText('oost.wijkplan.yaml'));
      const text = client.text(RENAME_URI);
      const count = [...text.matchAll(WELZIJN)].length;
      assert.equal(count, 8);
      const position = positionOf(text, 'met: [gemeente, welzijn-oost', 17);
      const prepared = await client.request<{ range: unknown; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: RENAME_URI }, position });
      assert.equal(prepared.placeholder, 'welzijn-oost');
      const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: RENAME_URI }, position, newName: 'welzijn' });
      const edits = (edit.documentChanges![0] as { edits: unknown[]; textDocument: { version: number } });
      assert.equal(edits.edits.length, count);
      assert.equal(edits.textDocument.version, client.version(RENAME_URI));
      const after = await client.applyEdit(RENAME_URI, edit);
      assert.equal([...client.text(RENAME_URI).matchAll(WELZIJN)].length, 0);
      assert.deepEqual(codes(after), [], 'every ref still resolves after the rename');
      const renamed = client.text(RENAME_URI);
      const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: RENAME_URI }, position: positionOf(renamed, '- id: welzijn', 7), context: { includeDeclaration: true } });
      assert.equal(refs.length, count);
      await client.close(RENAME_URI);
    });

    it('refuses an invalid id, an id already in use, and a place without an id', async () => {
      const text = client.text(OOST);
      const position = positionOf(text, '- id: welzijn-oost', 7);
      await assert.rejects(client.request('textDocument/rename', { textDocument: { uri: OOST }, position, newName: '1-welzijn' }), (error: { code: number; message: string }) => {
        assert.equal(error.code, -32803);
        assert.match(error.message, /"1-welzijn" is geen geldige id/);
        return true;
      });
      await assert.rejects(client.request('textDocument/rename', { textDocument: { uri: OOST }, position, newName: 'D-wonen' }), /De id "D-wonen" is al in gebruik \(doel, regel \d+\)/);
      await assert.rejects(client.request('textDocument/prepareRename', { textDocument: { uri: OOST }, position: positionOf(text, 'titel: Wijkaanpak', 2) }), /Hier staat geen id of verwijzing/);
    });

    it('gives an outline of sections, partners, goals with indicators, interventions, sources and evaluation moments', async () => {
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: OOST } });
      const names = symbols.map((s) => s.name);
      assert.deepEqual(names, ['wijkplan', 'titel', 'wijk', 'looptijd', 'visie', 'partners', 'bestuur', 'doelen', 'interventies', 'financiering', 'evaluatie', 'bewoners']);
      const partners = symbols.find((s) => s.name === 'partners')!;
      assert.equal(partners.children!.length, 9);
      assert.equal(partners.children![3].name, 'welzijn-oost — Welzijn Oost');
      const goals = symbols.find((s) => s.name === 'doelen')!.children!;
      assert.deepEqual(goals[0].children!.map((c) => c.name), ['I-schulden — Huishoudens met problematische schulden', 'I-gezinnen — Gezinnen begeleid door het Gezinslab']);
      const sources = symbols.find((s) => s.name === 'financiering')!.children!.find((c) => c.name === 'bronnen')!;
      assert.equal(sources.children!.length, 5);
      const moments = symbols.find((s) => s.name === 'evaluatie')!.children!.find((c) => c.name === 'momenten')!;
      assert.equal(moments.children![0].name, '2026-12-01 — tussentijds');
      const contains = (outer: DocumentSymbol, inner: DocumentSymbol['range']) =>
        (outer.range.start.line < inner.start.line || (outer.range.start.line === inner.start.line && outer.range.start.character <= inner.start.character)) &&
        (outer.range.end.line > inner.end.line || (outer.range.end.line === inner.end.line && outer.range.end.character >= inner.end.character));
      const check = (symbol: DocumentSymbol) => {
        assert.ok(contains(symbol, symbol.selectionRange), `${symbol.name}: selection outside range`);
        symbol.children?.forEach(check);
      };
      symbols.forEach(check);
    });

    it('folds mappings and lists that span lines', async () => {
      const text = client.text(OOST);
      const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: OOST } });
      const partnersLine = positionOf(text, '\npartners:', 1).line;
      const bestuurLine = positionOf(text, '\nbestuur:', 1).line;
      assert.ok(ranges.some((r) => r.startLine === partnersLine && r.endLine === bestuurLine - 2), 'partners folds to its last partner line');
      assert.ok(ranges.some((r) => r.startLine === 0 && r.endLine === 1 && r.kind === 'comment'));
    });
  });

  describe('borging score', () => {
    it('is sent after each validation and answered on request', async () => {
      const uri = fileUri(join(FIXTURES, 'score.wijkplan.yaml'));
      const scored = client.nextScore(uri, (p) => p.version === 1);
      await client.open(uri, fixtureText('oost.wijkplan.yaml'));
      const notification = await scored;
      assert.equal(notification.score.overall, 100);
      assert.deepEqual(await client.request<Score>(GetScoreRequest.method, { uri }), notification.score);
      const weaker = client.nextScore(uri, (p) => p.version === 2);
      await client.change(uri, fixtureText('oost.wijkplan.yaml').replace(/\nbewoners:[\s\S]*$/, '\n'));
      const lower = await weaker;
      assert.ok(lower.score.overall !== null && lower.score.overall < 100);
      assert.deepEqual(await client.request<Score>(GetScoreRequest.method, { uri }), lower.score);
      await client.close(uri);
    });

    it('is null for a plan the server does not know, and null when the plan has a structural error', async () => {
      assert.equal(await client.request(GetScoreRequest.method, { uri: 'file:///onbekend.wijkplan.yaml' }), null);
      const score = await client.request<Score>(GetScoreRequest.method, { uri: ZWAK });
      assert.equal(score.overall, null, 'WP003 is a structural error');
    });
  });

  describe('preview', () => {
    it('renders an open plan for the preview panel, with its title', async () => {
      const preview = await client.request<{ html: string; title: string }>(PreviewRequest.method, { uri: OOST });
      assert.equal(preview.title, 'Wijkaanpak Oost 2025-2044');
      assert.ok(preview.html.includes('Gezinslab Oost'));
      assert.equal(await client.request(PreviewRequest.method, { uri: 'file:///onbekend.wijkplan.yaml' }), null);
    });
  });

  describe('settings', () => {
    it('switch a rule off, change the language, and layer under nothing when no file is there', async () => {
      const uri = fileUri(join(FIXTURES, 'instellingen.wijkplan.yaml'));
      const first = await client.open(uri, fixtureText('zwak.wijkplan.yaml'));
      assert.ok(codes(first).includes('WP101'));
      let next = client.nextDiagnostics(uri);
      await client.changeSettings({ rules: { WP101: 'off', WP203: 'error' }, language: 'en' });
      const changed = await next;
      assert.equal(changed.version, 1, 'the same version, checked again');
      assert.ok(!codes(changed).includes('WP101'));
      assert.equal(find(changed, 'WP203').severity, DiagnosticSeverity.Error);
      assert.match(text(find(changed, 'WP004')), /is not the id of a partner/);
      next = client.nextDiagnostics(uri);
      await client.changeSettings({});
      const back = await next;
      assert.ok(codes(back).includes('WP101'));
      assert.match(text(find(back, 'WP101')), /heeft geen voortzetting/);
      await client.close(uri);
    });
  });

  describe('preset setting', () => {
    it('raises every info to a warning with "streng"', async () => {
      const uri = fileUri(join(FIXTURES, 'streng.wijkplan.yaml'));
      const first = await client.open(uri, fixtureText('zwak.wijkplan.yaml'));
      assert.equal(find(first, 'WP207').severity, DiagnosticSeverity.Information);
      const next = client.nextDiagnostics(uri);
      await client.changeSettings({ preset: 'streng' });
      const strict = await next;
      assert.equal(find(strict, 'WP207').severity, DiagnosticSeverity.Warning);
      assert.ok(strict.diagnostics.every((d) => d.severity !== DiagnosticSeverity.Information));
      const reset = client.nextDiagnostics(uri);
      await client.changeSettings({});
      await reset;
      await client.close(uri);
    });
  });

  describe('invalid settings', () => {
    it('are reported once and left out, while the valid ones still apply', async () => {
      const uri = fileUri(join(FIXTURES, 'foute-instellingen.wijkplan.yaml'));
      await client.open(uri, fixtureText('zwak.wijkplan.yaml'));
      const warned = client.nextShownMessage((m) => m.message.includes('WP999'));
      const next = client.nextDiagnostics(uri);
      await client.changeSettings({ rules: { WP999: 'off', WP203: 'luid' as 'off', WP101: 'info' }, thresholds: { minOwners: -3 } });
      const message = await warned;
      assert.equal(message.type, 2, 'a warning');
      assert.match(message.message, /wijkplan\.rules\.WP999: Onbekende regel WP999/);
      const published = await next;
      assert.equal(published.diagnostics.find((d) => d.code === 'WP101')!.severity, DiagnosticSeverity.Information);
      assert.equal(published.diagnostics.find((d) => d.code === 'WP203')!.severity, DiagnosticSeverity.Warning);
      assert.ok(client.shownMessages.some((m) => m.message.includes('wijkplan.thresholds.minOwners')));
      const quiet = client.nextDiagnostics(uri);
      await client.changeSettings({ ...client.settings });
      await quiet;
      assert.equal(client.shownMessages.filter((m) => m.message.includes('WP999')).length, 1, 'told once');
      const reset = client.nextDiagnostics(uri);
      await client.changeSettings({});
      await reset;
      await client.close(uri);
    });
  });

  describe('robustness', () => {
    it('answers an unknown method with MethodNotFound and stays alive', async () => {
      await assert.rejects(client.request('wijkplan/bestaatNiet', {}), (error: { code: number }) => error.code === -32601);
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: OOST } });
      assert.ok(symbols.length > 0);
    });

    it('catches an exception in a handler, logs it and answers null', async () => {
      const result = await client.request('textDocument/hover', {});
      assert.equal(result, null);
      assert.ok(client.logs.some((log) => log.type === 1 && log.message.includes('hover failed')));
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: OOST }, position: positionOf(client.text(OOST), 'visie:', 1) });
      assert.ok(hover);
    });

    it('rejects bad params of its own request with InvalidParams', async () => {
      await assert.rejects(client.request(GetScoreRequest.method, {}), (error: { code: number }) => error.code === -32602);
    });

    it('ignores edits to a document that is not open', async () => {
      const uri = 'file:///dicht.wijkplan.yaml';
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 7 }, contentChanges: [{ text: 'wijkplan: 1\n' }] });
      const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      assert.equal(symbols, null);
      assert.ok(!client.publications.some((p) => p.uri === uri));
    });

    it('counts positions after a byte order mark the way the client does', async () => {
      const uri = fileUri(join(FIXTURES, 'bom.wijkplan.yaml'));
      const published = await client.open(uri, '\uFEFFwijkplan: 1\ntitel: Met BOM\n');
      const missing = published.diagnostics.filter((d) => d.code === 'WP002');
      assert.ok(missing.length > 0);
      assert.deepEqual(missing[0].range, { start: { line: 0, character: 1 }, end: { line: 0, character: 9 } }, 'the key "wijkplan" after the BOM');
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
      assert.match(hoverText(hover), /\*\*wijkplan\*\*/);
      await client.close(uri);
    });

    it('publishes only for the newest version after a burst of 200 edits', async () => {
      const uri = fileUri(join(FIXTURES, 'burst.wijkplan.yaml'));
      await client.open(uri, fixtureText('zwak.wijkplan.yaml'));
      const start = client.publications.length;
      const lastVersion = 1 + 200;
      const final = client.diagnosticsFor(uri, lastVersion);
      for (let i = 1; i < 200; i++) {
        const lines = client.text(uri).split('\n').length;
        await client.sendChange(uri, [{ range: { start: { line: lines - 1, character: 0 }, end: { line: lines - 1, character: 0 } }, text: `# bewerking ${i}\n` }]);
      }
      const at = positionOf(client.text(uri), '    eigenaars: [gemeente, wonstad]\n', '    eigenaars: [gemeente, wonstad]\n'.length);
      await client.sendChange(uri, [{ range: { start: at, end: at }, text: '    voortzetting: { strategie: inbedden, besluitmoment: 2043-01-01 }\n' }]);
      assert.equal(client.version(uri), lastVersion);
      const published = await final;
      assert.ok(!codes(published).includes('WP101'), 'the last version has its voortzetting');
      // A round trip: anything the server had queued before it is now in.
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      const burst = client.publications.slice(start).filter((p) => p.uri === uri);
      const versions = burst.map((p) => p.version!);
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'versions only go up');
      assert.equal(new Set(versions).size, versions.length, 'no version is published twice');
      assert.equal(versions.at(-1), lastVersion);
      for (const p of burst) if (p.version !== lastVersion) assert.ok(codes(p).includes('WP101'), `version ${p.version} shows the text of another version`);
      assert.ok(burst.length <= 200, `${burst.length} publications for 200 edits`);
      await client.close(uri);
    });
  });
});

describe('language server in English', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ locale: 'en-US' });
  });
  after(() => client.stop());

  it('takes the message language from the client locale', async () => {
    const published = await client.open(ZWAK, fixtureText('zwak.wijkplan.yaml'));
    assert.match(text(find(published, 'WP101')), /^Intervention "opknappen" has no continuation/);
    assert.match(find(published, 'WP003').relatedInformation![0].message, /^Here id "D1" is used for the first time/);
  });

  it('says the same in English in hovers and action titles', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ZWAK }, position: { line: 19, character: 8 } });
    assert.match(hoverText(hover), /\(error\)[\s\S]*Why: How a project continues/);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: ZWAK },
      range: { start: { line: 19, character: 6 }, end: { line: 19, character: 6 } },
      context: { diagnostics: [] },
    });
    assert.ok(actions.some((a) => a.title === 'Suppress WP101 on this line (with reason)'));
  });

  it('lets wijkplan.language override the locale', async () => {
    const next = client.nextDiagnostics(ZWAK);
    await client.changeSettings({ language: 'nl' });
    assert.match(text(find(await next, 'WP101')), /^Interventie "opknappen" heeft geen voortzetting/);
  });
});

