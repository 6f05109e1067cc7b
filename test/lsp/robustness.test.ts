// Robustness of the built server (dist/server.js) over a real stdio connection: bursts of
// edits, stale and repeated versions, closed documents, unknown methods, positions outside the
// text, cancellation, invalid params and a rule that throws. Build first: `node esbuild.js`.
// No sleeps: every wait is for a notification or a response, bounded by a timeout.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CancellationTokenSource,
  ExitNotification,
  ShutdownRequest,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { layerConfig, resolveConfig } from '../../server/src/core/config';
import { lint } from '../../server/src/core/lint';
import { bomOf, toDiagnostic } from '../../server/src/lsp/convert';
import { readSettings } from '../../server/src/lsp/settings';
import { GetScoreRequest, PreviewRequest } from '../../server/src/protocol';
import { fileUri, fixtureText, LspClient, positionOf, ROOT } from './client';

const METHOD_NOT_FOUND = -32601;
const INVALID_PARAMS = -32602;
const REQUEST_CANCELLED = -32800;
const LOG_ERROR = 1;
const LOG_WARNING = 2;

/** The marker the test-only failing rule (WIJKPLAN_TEST_FAILING_RULE=1, see main.ts) throws on. */
const CRASH_MARKER = 'WIJKPLAN_TEST_CRASH';

/** Rejects when `promise` has not settled within `ms`: a bound on a wait, never a sleep. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** What the server must publish for `text`: a fresh lint with the default settings, as LSP diagnostics. */
function expectedDiagnostics(uri: string, text: string): Diagnostic[] {
  const config = resolveConfig(layerConfig(undefined, readSettings({}).layer));
  const findings = lint(text, { config }).findings;
  return JSON.parse(JSON.stringify(findings.map((finding) => toDiagnostic(finding, uri, 'nl', bomOf(text)))));
}

function codes(params: PublishDiagnosticsParams): string[] {
  return params.diagnostics.map((d) => String(d.code));
}

/** An answer that is no answer about the text: null, an empty list, or a ResponseError. */
async function nothingOrError(request: Promise<unknown>, what: string): Promise<string> {
  try {
    const result = await request;
    assert.ok(result === null || (Array.isArray(result) && result.length === 0), `${what}: expected null or [], got ${JSON.stringify(result).slice(0, 200)}`);
    return result === null ? 'null' : '[]';
  } catch (error) {
    assert.equal(typeof (error as { code?: unknown }).code, 'number', `${what}: not a ResponseError: ${String(error)}`);
    return `error ${(error as { code: number }).code}`;
  }
}

/** The client's copy of a document, for edits sent as raw notifications (any version, in any order). */
class RawDocument {
  document: TextDocument;
  constructor(
    readonly uri: string,
    text: string,
  ) {
    this.document = TextDocument.create(uri, 'wijkplan', 1, text);
  }
  get text(): string {
    return this.document.getText();
  }
  endInsert(text: string): TextDocumentContentChangeEvent {
    const end = this.document.positionAt(this.text.length);
    return { range: { start: end, end }, text };
  }
}

describe('language server robustness over stdio', function () {
  let client: LspClient;
  let stopped = false;
  const ZWAK = fixtureText('zwak.wijkplan.yaml');
  const OOST = fixtureText('oost.wijkplan.yaml');
  /** A folder that exists but holds no files: plans "on disk" there are missing, and no .wijkplanrc is near. */
  const EMPTY_DIR = mkdtempSync(join(tmpdir(), 'wijkplan-robust-'));

  before(async () => {
    // The failing rule is read by the Node entry only; spawn copies the environment at once.
    const previous = process.env.WIJKPLAN_TEST_FAILING_RULE;
    process.env.WIJKPLAN_TEST_FAILING_RULE = '1';
    const starting = LspClient.start({ locale: 'nl' });
    if (previous === undefined) delete process.env.WIJKPLAN_TEST_FAILING_RULE;
    else process.env.WIJKPLAN_TEST_FAILING_RULE = previous;
    client = await starting;
  });

  after(async () => {
    if (!stopped) await client.stop();
    rmSync(EMPTY_DIR, { recursive: true, force: true });
  });

  /** A round trip: every message sent before it has been read and handled by the server. */
  async function roundTrip(): Promise<void> {
    await within(client.request(GetScoreRequest.method, { uri: 'untitled:round-trip' }), 5000, 'round trip');
  }

  it('(a) after 300 changes in a burst publishes the last version last, as a fresh lint of its text', async () => {
    const a = 'untitled:burst-a.wijkplan.yaml';
    const b = 'untitled:burst-b.wijkplan.yaml';
    await within(client.open(a, ZWAK), 5000, 'diagnostics of a');
    await within(client.open(b, OOST), 5000, 'diagnostics of b');
    const start = client.publications.length;
    const texts = new Map<string, Map<number, string>>([
      [a, new Map([[1, ZWAK]])],
      [b, new Map([[1, OOST]])],
    ]);
    const lastA = 1 + 300;
    const lastB = 1 + 100;
    const finalA = client.diagnosticsFor(a, lastA);
    const finalB = client.diagnosticsFor(b, lastB);
    const send = async (uri: string, changes: TextDocumentContentChangeEvent[]) => {
      const version = await client.sendChange(uri, changes);
      texts.get(uri)!.set(version, client.text(uri));
    };
    const end = (uri: string) => {
      const doc = TextDocument.create(uri, 'wijkplan', 0, client.text(uri));
      const at = doc.positionAt(client.text(uri).length);
      return { start: at, end: at };
    };
    for (let i = 1; i < 300; i++) {
      if (i % 3 === 0) {
        // Full text: the plan with i comment lines.
        await send(a, [{ text: `${ZWAK}${'# regel\n'.repeat(i % 7)}# volledige tekst ${i}\n` }]);
      } else if (i % 3 === 1) {
        await send(a, [{ range: end(a), text: `# bewerking ${i}\n` }]);
      } else {
        // Two ranged changes in one notification, the second on the text the first made.
        const first = end(a);
        await send(a, [
          { range: first, text: `# eerst ${i}\n` },
          { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '#' },
        ]);
      }
      if (i % 3 === 0 && client.version(b) < lastB - 1) await send(b, [{ range: end(b), text: `# b ${i}\n` }]);
    }
    while (client.version(b) < lastB - 1) await send(b, [{ range: end(b), text: '# b\n' }]);
    // The last change of a adds the missing voortzetting (WP101 goes); of b removes the title (WP002 comes).
    const anchor = '    eigenaars: [gemeente, wonstad]\n';
    const at = positionOf(client.text(a), anchor, anchor.length);
    await send(a, [{ range: { start: at, end: at }, text: '    voortzetting: { strategie: inbedden, besluitmoment: 2043-01-01 }\n' }]);
    const titel = positionOf(client.text(b), 'titel:');
    await send(b, [{ range: { start: titel, end: { line: titel.line + 1, character: 0 } }, text: '' }]);
    assert.equal(client.version(a), lastA);
    assert.equal(client.version(b), lastB);

    const [publishedA, publishedB] = await within(Promise.all([finalA, finalB]), 20000, 'diagnostics of the last versions');
    await roundTrip();
    for (const [uri, last, published] of [
      [a, lastA, publishedA],
      [b, lastB, publishedB],
    ] as const) {
      assert.deepEqual(published.diagnostics, expectedDiagnostics(uri, client.text(uri)), `${uri}: the last publication is a fresh lint of the last text`);
      const burst = client.publications.slice(start).filter((p) => p.uri === uri);
      const versions = burst.map((p) => p.version!);
      assert.deepEqual(versions, [...versions].sort((x, y) => x - y), `${uri}: versions only go up (${versions.join(', ')})`);
      assert.equal(new Set(versions).size, versions.length, `${uri}: no version is published twice`);
      assert.equal(versions.at(-1), last, `${uri}: the last publication is for the last version`);
      // Every publication in between shows the text of its own version.
      for (const p of burst) assert.deepEqual(p.diagnostics, expectedDiagnostics(uri, texts.get(uri)!.get(p.version!)!), `${uri}: version ${p.version}`);
      console.log(`      ${uri}: ${versions.length} publications for ${last - 1} changes (versions ${versions.join(', ')})`);
    }
    assert.ok(codes(publishedB).includes('WP002'));
    assert.ok(!codes(publishedA).includes('WP101'));
    await client.close(a);
    await client.close(b);
  });

  it('(b) ignores a lower and a repeated version, and stays consistent with the newest one', async () => {
    const uri = 'untitled:versions.wijkplan.yaml';
    const doc = new RawDocument(uri, ZWAK);
    await within(client.open(uri, ZWAK), 5000, 'diagnostics of version 1');
    const change = (version: number, contentChanges: TextDocumentContentChangeEvent[]) =>
      client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    const start = client.publications.length;
    const logsBefore = client.logs.length;

    // Version 5 (versions need not be consecutive), then 3 (lower) and 5 again with other text.
    const v5 = client.diagnosticsFor(uri, 5);
    await change(5, [{ text: `${ZWAK}# versie 5\n` }]);
    doc.document = TextDocument.update(doc.document, [{ text: `${ZWAK}# versie 5\n` }], 5);
    await within(v5, 5000, 'diagnostics of version 5');
    await change(3, [{ text: OOST }]);
    await change(5, [{ text: 'wijkplan: 1\ntitel: dubbel\n' }]);
    // Version 6 twice, an identical ranged insert (a resent message): applied once.
    const insert = doc.endInsert('# versie 6\n');
    const v6 = client.diagnosticsFor(uri, 6);
    await change(6, [insert]);
    await change(6, [insert]);
    doc.document = TextDocument.update(doc.document, [insert], 6);
    const published = await within(v6, 5000, 'diagnostics of version 6');
    await roundTrip();

    const after = client.publications.slice(start).filter((p) => p.uri === uri);
    const versions = after.map((p) => p.version);
    assert.deepEqual(versions, [5, 6], 'only versions 5 and 6 are published, in that order');
    assert.deepEqual(published.diagnostics, expectedDiagnostics(uri, doc.text), 'version 6 is version 5 plus one insert');
    // The server's text is the client's: the outline and the folding of version 6.
    const lines = await client.request<Array<{ endLine: number }>>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(lines.length > 0);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(doc.text, 'titel:', 1) });
    assert.ok(hover, 'hover on version 6');
    const warnings = client.logs.slice(logsBefore).filter((log) => log.type === LOG_WARNING && log.message.includes(uri));
    assert.equal(warnings.length, 3, `each ignored change is logged as a warning: ${JSON.stringify(client.logs.slice(logsBefore))}`);
    assert.deepEqual(client.logs.slice(logsBefore).filter((log) => log.type === LOG_ERROR), []);
    await client.close(uri);
  });

  it('(c) ignores changes to closed and never-opened documents and answers their requests with null', async () => {
    const closed = fileUri(join(EMPTY_DIR, 'gesloten.wijkplan.yaml'));
    const never = fileUri(join(EMPTY_DIR, 'nooit-geopend.wijkplan.yaml'));
    await within(client.open(closed, ZWAK), 5000, 'diagnostics on open');
    // Closing a plan file that is not on disk clears its diagnostics (published without a version).
    const cleared = client.nextDiagnostics(closed, (p) => p.version === undefined);
    await client.close(closed);
    assert.deepEqual((await within(cleared, 5000, 'diagnostics cleared on close')).diagnostics, []);
    const start = client.publications.length;
    const errorsBefore = client.errorLogs().length;

    for (const uri of [closed, never]) {
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: ZWAK }] });
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 3 },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# x\n' }],
      });
      await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      const position = { line: 2, character: 3 };
      const textDocument = { uri };
      assert.equal(await client.request('textDocument/hover', { textDocument, position }), null, 'hover');
      assert.equal(await client.request('textDocument/completion', { textDocument, position }), null, 'completion');
      assert.equal(await client.request('textDocument/definition', { textDocument, position }), null, 'definition');
      assert.equal(await client.request('textDocument/references', { textDocument, position, context: { includeDeclaration: true } }), null, 'references');
      assert.equal(await client.request('textDocument/rename', { textDocument, position, newName: 'x' }), null, 'rename');
      assert.equal(await client.request('textDocument/documentSymbol', { textDocument }), null, 'documentSymbol');
      assert.equal(await client.request('textDocument/foldingRange', { textDocument }), null, 'foldingRange');
      assert.equal(
        await client.request('textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }),
        null,
        'codeAction',
      );
      assert.equal(await client.request(GetScoreRequest.method, { uri }), null, 'wijkplan/getScore');
      assert.equal(await client.request(PreviewRequest.method, { uri }), null, 'wijkplan/preview of a plan that is neither open nor on disk');
    }
    await roundTrip();
    assert.deepEqual(
      client.publications.slice(start).filter((p) => p.uri === closed || p.uri === never),
      [],
      'nothing is published for a document that is not open',
    );
    assert.deepEqual(client.errorLogs().slice(errorsBefore), []);
  });

  it('(d) answers an unknown request with MethodNotFound and ignores an unknown notification', async () => {
    const errorsBefore = client.errorLogs().length;
    for (const method of ['wijkplan/bestaatNiet', 'textDocument/bestaatNiet', '$/bestaatNiet']) {
      await assert.rejects(client.request(method, { textDocument: { uri: 'untitled:x' } }), (error: { code: number }) => error.code === METHOD_NOT_FOUND, method);
    }
    for (const method of ['wijkplan/bestaatNiet', 'textDocument/bestaatNiet', '$/bestaatNiet']) {
      await client.connection.sendNotification(method, { wat: 'niets' });
    }
    await roundTrip();
    assert.deepEqual(client.errorLogs().slice(errorsBefore), []);
  });

  it('(e) answers positions past the end, negative, huge and fractional ones without a crash', async () => {
    const uri = 'untitled:posities.wijkplan.yaml';
    await within(client.open(uri, ZWAK), 5000, 'diagnostics');
    const textDocument = { uri };
    const errorsBefore = client.errorLogs().length;
    const positions = [
      { line: 10_000, character: 10_000 },
      { line: 10_000, character: 0 },
      { line: 0, character: 10_000 },
      { line: 2, character: 10_000 },
      { line: -1, character: -1 },
      { line: 0, character: -5 },
      { line: 2 ** 31, character: 2 ** 31 },
      { line: Number.MAX_SAFE_INTEGER, character: Number.MAX_SAFE_INTEGER },
      { line: 1.5, character: 0.5 },
    ];
    const answers = new Map<string, Set<string>>();
    const note = (method: string, answer: string) => answers.set(method, (answers.get(method) ?? new Set()).add(answer));
    for (const position of positions) {
      const at = JSON.stringify(position);
      note('hover', await nothingOrError(client.request('textDocument/hover', { textDocument, position }), `hover ${at}`));
      note('completion', await nothingOrError(client.request('textDocument/completion', { textDocument, position }), `completion ${at}`));
      note('definition', await nothingOrError(client.request('textDocument/definition', { textDocument, position }), `definition ${at}`));
      note('references', await nothingOrError(client.request('textDocument/references', { textDocument, position, context: { includeDeclaration: true } }), `references ${at}`));
      note('prepareRename', await nothingOrError(client.request('textDocument/prepareRename', { textDocument, position }), `prepareRename ${at}`));
      note('rename', await nothingOrError(client.request('textDocument/rename', { textDocument, position, newName: 'nieuw' }), `rename ${at}`));
      note(
        'codeAction',
        await nothingOrError(client.request('textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }), `codeAction ${at}`),
      );
    }
    // A range from inside the text to far past its end is clamped: the actions of the whole plan.
    const wide = await client.request<unknown[]>('textDocument/codeAction', {
      textDocument,
      range: { start: { line: 0, character: 0 }, end: { line: 10_000, character: 10_000 } },
      context: { diagnostics: [], only: ['quickfix', 'source.fixAll.wijkplan'] },
    });
    assert.ok(Array.isArray(wide) && wide.length > 0, 'actions for a range past the end');
    // A diagnostic the client sends back with a range past the end matches no finding.
    const ghost = { range: { start: { line: 10_000, character: 0 }, end: { line: 10_001, character: 0 } }, message: 'x', source: 'wijkplan', code: 'WP101' };
    note(
      'codeAction',
      await nothingOrError(
        client.request('textDocument/codeAction', { textDocument, range: ghost.range, context: { diagnostics: [ghost] } }),
        'codeAction with a diagnostic past the end',
      ),
    );
    // Without positions, but on a document that is open: the whole answer, once.
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument });
    assert.ok(symbols.length > 0);
    const folds = await client.request<unknown[]>('textDocument/foldingRange', { textDocument });
    assert.ok(folds.length > 0);
    console.log(`      answers: ${[...answers].map(([method, set]) => `${method} ${[...set].join('/')}`).join('; ')}`);
    assert.deepEqual(client.errorLogs().slice(errorsBefore), [], 'a position outside the text is no internal error');
    await client.close(uri);
  });

  it('(f) answers a cancelled request with its result or RequestCancelled', async () => {
    const uri = 'untitled:annuleren.wijkplan.yaml';
    await within(client.open(uri, ZWAK), 5000, 'diagnostics');
    const position = positionOf(ZWAK, 'voortzetting', 2);
    const outcomes: string[] = [];
    const settle = async (request: Promise<unknown>, cancelled: boolean) => {
      try {
        const result = await within(request, 10000, 'an answer');
        outcomes.push(result === null ? 'null' : 'result');
      } catch (error) {
        assert.ok(cancelled, `a request that was not cancelled failed: ${String(error)}`);
        assert.equal((error as { code?: number }).code, REQUEST_CANCELLED, String(error));
        outcomes.push('cancelled');
      }
    };
    // Requests queued behind a burst of edits, each cancelled right after it is sent.
    const pending: Array<Promise<void>> = [];
    for (let i = 0; i < 50; i++) {
      await client.sendChange(uri, [{ text: `${ZWAK}# ${i}\n` }]);
      const source = new CancellationTokenSource();
      const method = ['textDocument/hover', 'textDocument/completion', 'textDocument/documentSymbol', 'textDocument/codeAction'][i % 4];
      const params = { textDocument: { uri }, position, range: { start: position, end: position }, context: { diagnostics: [] } };
      pending.push(settle(client.connection.sendRequest(method, params, source.token), i % 2 === 0));
      if (i % 2 === 0) source.cancel();
    }
    // An in-flight request that waits for the disk: the preview of a closed plan.
    const concept = fileUri(join(ROOT, 'samples', 'concept.wijkplan.yaml'));
    const source = new CancellationTokenSource();
    const preview = client.connection.sendRequest(PreviewRequest.method, { uri: concept }, source.token);
    source.cancel();
    pending.push(settle(preview, true));
    await Promise.all(pending);
    // A cancellation for a request that was answered long ago, or never made.
    await client.connection.sendNotification('$/cancelRequest', { id: 1 });
    await client.connection.sendNotification('$/cancelRequest', { id: 987654 });
    await client.connection.sendNotification('$/cancelRequest', {});
    await roundTrip();
    assert.equal(outcomes.length, 51);
    // The behaviour under test: a request cancelled before it ran is answered RequestCancelled.
    // Half of them were cancelled while queued behind edits; without cancellation none would be.
    assert.ok(outcomes.includes('cancelled'), `no request was answered RequestCancelled: ${outcomes.join(', ')}`);
    console.log(`      outcomes: ${['result', 'null', 'cancelled'].map((kind) => `${outcomes.filter((o) => o === kind).length} ${kind}`).join(', ')}`);
    await client.close(uri);
  });

  it('(g) answers invalid params with InvalidParams or null, and survives malformed notifications', async () => {
    const answers: string[] = [];
    for (const method of [
      'textDocument/hover',
      'textDocument/completion',
      'textDocument/definition',
      'textDocument/references',
      'textDocument/prepareRename',
      'textDocument/rename',
      'textDocument/documentSymbol',
      'textDocument/foldingRange',
      'textDocument/codeAction',
    ]) {
      for (const params of [{}, { textDocument: {} }, { textDocument: { uri: 42 }, position: 'hier' }, null, [1, 2]]) {
        const answer = await nothingOrError(client.request(method, params), `${method} ${JSON.stringify(params)}`);
        if (answer.startsWith('error')) assert.ok([INVALID_PARAMS, -32603].includes(Number(answer.slice(6))), `${method} ${JSON.stringify(params)}: ${answer}`);
        answers.push(`${method} ${JSON.stringify(params)} -> ${answer}`);
      }
    }
    for (const method of [GetScoreRequest.method, PreviewRequest.method]) {
      await assert.rejects(client.request(method, {}), (error: { code: number }) => error.code === INVALID_PARAMS, method);
      await assert.rejects(client.request(method, null), (error: { code: number }) => error.code === INVALID_PARAMS, method);
    }
    // Malformed notifications: no text document, no version, changes that are no list, text that is no string.
    const uri = 'untitled:kapot.wijkplan.yaml';
    await client.connection.sendNotification('textDocument/didOpen', {});
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'wijkplan', version: 1, text: null } });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri } , contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: 'geen lijst' });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: 'a' }, text: 5 }] });
    await client.connection.sendNotification('textDocument/didClose', {});
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 7, type: 99 }] });
    await roundTrip();
    // Still serving: a plan opened now is checked as usual.
    const fresh = 'untitled:na-kapot.wijkplan.yaml';
    const published = await within(client.open(fresh, ZWAK), 5000, 'diagnostics after malformed messages');
    assert.deepEqual(published.diagnostics, expectedDiagnostics(fresh, ZWAK));
    await client.close(fresh);
    const answered = new Map<string, number>();
    for (const line of answers) answered.set(line.split(' -> ')[1], (answered.get(line.split(' -> ')[1]) ?? 0) + 1);
    console.log(`      ${answers.length} requests with invalid params: ${[...answered].map(([a, n]) => `${n}x ${a}`).join(', ')}`);
  });

  it('(h) turns an exception in one rule into WP000 on that plan, logs it and keeps serving', async () => {
    const crashing = 'untitled:faalt.wijkplan.yaml';
    const healthy = 'untitled:gezond.wijkplan.yaml';
    const text = ZWAK.replace('titel: Wijkaanpak West', `titel: Wijkaanpak West ${CRASH_MARKER}`);
    const logsBefore = client.logs.length;
    const published = await within(client.open(crashing, text), 5000, 'diagnostics of the plan with the failing rule');
    const wp000 = published.diagnostics.filter((d) => d.code === 'WP000');
    assert.equal(wp000.length, 1, `one WP000: ${codes(published).join(', ')}`);
    assert.match(String(wp000[0].message), /Interne fout in regel WP999 test-failing-rule: injected failure for tests/);
    assert.deepEqual(wp000[0].data, { pointer: '' }, 'on the whole plan');
    // The other rules did run.
    assert.ok(codes(published).includes('WP101'), 'the other rules still report');
    // Logged as an error, naming the rule and the document.
    await roundTrip();
    const logged = client.logs.slice(logsBefore).filter((log) => log.type === LOG_ERROR && log.message.includes('WP999 test-failing-rule'));
    assert.equal(logged.length, 1, JSON.stringify(client.logs.slice(logsBefore)));
    assert.ok(logged[0].message.includes(crashing));
    // The next version still has it; a plan without the marker does not.
    const again = await within(client.change(crashing, `${text}# nog eens\n`), 5000, 'diagnostics of version 2');
    assert.ok(codes(again).includes('WP000'));
    const other = await within(client.open(healthy, ZWAK), 5000, 'diagnostics of another plan');
    assert.ok(!codes(other).includes('WP000'));
    // And requests on the failing plan are answered.
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: crashing }, position: wp000[0].range.start });
    assert.ok(hover, 'hover on the WP000 finding');
    assert.match((hover.contents as { value: string }).value, /WP000/);
    await client.close(crashing);
    await client.close(healthy);
  });

  it('(i) still answers a new document afterwards, and exits with code 0 on shutdown and exit', async () => {
    const uri = fileUri(join(EMPTY_DIR, 'laatste.wijkplan.yaml'));
    const published = await within(client.open(uri, readFileSync(join(ROOT, 'samples', 'concept.wijkplan.yaml'), 'utf8')), 5000, 'diagnostics');
    assert.equal(published.version, 1);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 0);
    const crashes = client.logs.filter((log) => /uncaught exception|unhandled rejection/.test(log.message));
    assert.deepEqual(crashes, [], 'no exception escaped a handler');
    // LspClient keeps the child's exit private; read it to check the code.
    const exited = (client as unknown as { exited: Promise<number | null> }).exited;
    assert.equal(await within(client.connection.sendRequest(ShutdownRequest.type), 5000, 'shutdown answer'), null);
    await client.connection.sendNotification(ExitNotification.type);
    stopped = true;
    assert.equal(await within(exited, 5000, 'exit'), 0);
    client.connection.dispose();
  });
});
