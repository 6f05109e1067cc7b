// The web build of the language server (dist/web/server.js) in a real Chromium: a page served
// from a loopback HTTP server starts it with `new Worker('/server.js')` under a strict CSP (no
// 'unsafe-eval'), and the test speaks LSP to it through the page. Every finding must be
// IDENTICAL to what the Node server (dist/server.js over stdio, test/lsp/client.ts) publishes
// for the same files, and the worker must reach nothing but the page's own origin.
// Build first (`node esbuild.js`), then run with
//   npx mocha --config test/browser/.mocharc.json
// Chromium comes from Debian (/usr/bin/chromium), driven by playwright-core.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page, type Worker as PageWorker } from 'playwright-core';
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  ConfigurationRequest,
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  Disposable,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  WorkDoneProgressCreateRequest,
  type CompletionList,
  type DataCallback,
  type Diagnostic,
  type Hover,
  type InitializeResult,
  type Message,
  type MessageReader,
  type MessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
} from 'vscode-languageserver-protocol/node';
import {
  FindFilesRequest,
  PreviewRequest,
  ReadFileRequest,
  type FindFilesParams,
  type PreviewResult,
  type ReadFileParams,
  type WijkplanSettings,
} from '../../server/src/protocol';
import { FULL_CAPABILITIES, LspClient } from '../lsp/client';
import { CHROMIUM_ARGS } from './harness';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve, CSP } = require('./web-worker-page/serve.cjs') as {
  serve(): Promise<{ origin: string; requests: string[]; close(): Promise<void> }>;
  CSP: string;
};

const ROOT = join(__dirname, '..', '..');
const WEB_SERVER = join(ROOT, 'dist', 'web', 'server.js');
const NODE_SERVER = join(ROOT, 'dist', 'server.js');
const EXAMPLE_PATH = join(ROOT, 'test', 'fixtures', 'spec', 'example.wijkplan.yaml');
const FIXTURE_WORKSPACE = join(__dirname, 'web-worker-page', 'workspace');
const DOCS = `${(require('../../package.json') as { homepage: string }).homepage}docs/rules/`;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PLAN_FILE = /\.wijkplan\.ya?ml$/i;

/** The plans every test opens: the samples, and the spec's example when this machine has it. */
const SAMPLES = readdirSync(join(ROOT, 'samples'))
  .filter((name) => PLAN_FILE.test(name))
  .sort()
  .map((name) => join(ROOT, 'samples', name));
const PLANS = [...SAMPLES, EXAMPLE_PATH];
const uriOf = (path: string): string => pathToFileURL(path).toString();
const sample = (name: string): string => uriOf(join(ROOT, 'samples', name));

// --- LSP over the page: the test's messages go in with page.evaluate, the worker's come out
// through an exposed function. Both are plain objects, as the worker's port carries them.

class PageReader extends AbstractMessageReader implements MessageReader {
  private callback: DataCallback | undefined;
  private readonly queue: Message[] = [];
  /** The methods of the requests the server sent to the client. */
  readonly requestMethods = new Set<string>();

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    for (const message of this.queue.splice(0)) callback(message);
    return Disposable.create(() => (this.callback = undefined));
  }

  push(message: Message): void {
    const request = message as { id?: unknown; method?: unknown };
    if (request.id !== undefined && typeof request.method === 'string') this.requestMethods.add(request.method);
    if (this.callback) this.callback(message);
    else this.queue.push(message);
  }
}

class PageWriter extends AbstractMessageWriter implements MessageWriter {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly page: Page) {
    super();
  }

  write(message: Message): Promise<void> {
    // One after the other, so the worker sees them in the order they were written.
    const sent = this.chain.then(() => this.page.evaluate((m) => (window as unknown as Bridge).wijkplanBridge.send(m), message as unknown as object));
    this.chain = sent.catch(() => undefined);
    return sent.then(() => undefined);
  }

  end(): void {}
}

interface Bridge {
  wijkplanBridge: {
    start(url?: string): boolean;
    send(message: object): boolean;
    stop(): boolean;
    report(): { violations: unknown[]; errors: string[] };
    probe(): Promise<{ eval: string; newFunction: string; violations: string[] } | { error: string }>;
  };
}

interface Waiter {
  predicate: (params: PublishDiagnosticsParams) => boolean;
  resolve: (params: PublishDiagnosticsParams) => void;
}

/**
 * An LSP client of the worker server, answering its requests as the browser client does
 * (client/src/common.ts): settings, registrations, and files through wijkplan/readFile and
 * wijkplan/findFiles, here from the real disk, as vscode.workspace.fs would give them.
 */
class WorkerSession {
  readonly publications: PublishDiagnosticsParams[] = [];
  readonly registrations: Registration[] = [];
  readonly filesRead: string[] = [];
  readonly findFilesParams: FindFilesParams[] = [];
  initializeResult!: InitializeResult;
  private readonly waiters: Waiter[] = [];

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly settings: WijkplanSettings,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.publications.push(params);
      for (const waiter of [...this.waiters]) {
        if (waiter.predicate(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'wijkplan' ? this.settings : null)));
    connection.onRequest(RegistrationRequest.method, (params: { registrations: Registration[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    connection.onRequest(WorkDoneProgressCreateRequest.method, () => null);
    connection.onRequest(ReadFileRequest.method, async (params: ReadFileParams) => {
      this.filesRead.push(params.uri);
      if (!params.uri.startsWith('file:')) return null;
      try {
        return await fsp.readFile(fileURLToPath(params.uri), 'utf8');
      } catch {
        return null;
      }
    });
    connection.onRequest(FindFilesRequest.method, (params: FindFilesParams) => {
      this.findFilesParams.push(params);
      return findPlanFiles(fileURLToPath(params.folderUri));
    });
    connection.listen();
  }

  static async start(page: Page, reader: PageReader, options: { locale: string; workspaceFolders?: Array<{ uri: string; name: string }>; settings?: WijkplanSettings }): Promise<WorkerSession> {
    const session = new WorkerSession(createProtocolConnection(reader, new PageWriter(page)), options.settings ?? {});
    session.initializeResult = await session.connection.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: null,
      locale: options.locale,
      capabilities: FULL_CAPABILITIES,
      workspaceFolders: options.workspaceFolders ?? null,
    });
    await session.connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  /** The latest publication for `uri` that satisfies the predicate, already received or still to come. */
  published(uri: string, predicate: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const seen = this.publications.filter((p) => p.uri === uri).at(-1);
    if (seen && predicate(seen)) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ predicate: (p) => p.uri === uri && predicate(p), resolve }));
  }

  async open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    const published = new Promise<PublishDiagnosticsParams>((resolve) => this.waiters.push({ predicate: (p) => p.uri === uri && p.version === 1, resolve }));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'wijkplan', version: 1, text } });
    return published;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((resolve) => setTimeout(resolve, 2000))]);
    await this.connection.sendNotification(ExitNotification.type);
    this.connection.dispose();
  }
}

/** What `vscode.workspace.findFiles('**\/*.wijkplan.{yaml,yml}', '**\/{node_modules,.*}/**')` finds. */
function findPlanFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') walk(join(folder, entry.name));
      } else if (entry.isFile() && PLAN_FILE.test(entry.name)) {
        found.push(uriOf(join(folder, entry.name)));
      }
    }
  };
  walk(root);
  return found.sort();
}

/**
 * A message as it travels between processes: JSON. The worker's port carries objects, so a
 * field set to undefined (a closed plan's version) arrives as a key there and not over stdio.
 */
function wire<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function codes(params: PublishDiagnosticsParams): string[] {
  return params.diagnostics.map((d) => String(d.code));
}

function find(params: PublishDiagnosticsParams, code: string): Diagnostic {
  const diagnostic = params.diagnostics.find((d) => d.code === code);
  assert.ok(diagnostic, `no ${code} in ${codes(params).join(', ')}`);
  return diagnostic;
}

/** The fields the issue names, for a readable first failure before the full comparison. */
function summary(params: PublishDiagnosticsParams) {
  return params.diagnostics.map((d) => ({ code: d.code, range: d.range, severity: d.severity, message: d.message, codeDescription: d.codeDescription }));
}

describe('web worker server in Chromium (dist/web/server.js)', function () {
  let browser: Browser;
  let page: Page;
  let http: { origin: string; requests: string[]; close(): Promise<void> };
  let reader: PageReader;
  let serverWorker: PageWorker;
  let worker: WorkerSession;
  let node: LspClient;
  let workspace: string;
  const pageRequests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];

  /** Starts the worker server in the page (again), with the CSP violation listener inside it. */
  async function startWorker(options: { locale: string; workspaceFolders?: Array<{ uri: string; name: string }> }): Promise<WorkerSession> {
    reader = new PageReader();
    const appeared = page.waitForEvent('worker', (w) => w.url().endsWith('/server.js'));
    await page.evaluate(() => (window as unknown as Bridge).wijkplanBridge.start('/server.js'));
    serverWorker = await appeared;
    // In the worker's own scope: a violation there (eval in the server) is reported there only.
    await serverWorker.evaluate(() => {
      const scope = self as unknown as { wijkplanViolations: string[]; addEventListener: (type: string, listener: (event: { violatedDirective: string }) => void) => void };
      scope.wijkplanViolations = [];
      scope.addEventListener('securitypolicyviolation', (event) => scope.wijkplanViolations.push(event.violatedDirective));
    });
    return WorkerSession.start(page, reader, options);
  }

  /** CSP violations seen inside the worker servers started so far (read before each is stopped). */
  const workerViolations: string[] = [];
  const readWorkerViolations = async () => workerViolations.push(...(await serverWorker.evaluate(() => (self as unknown as { wijkplanViolations: string[] }).wijkplanViolations)));

  async function stopWorker(): Promise<void> {
    await readWorkerViolations();
    await worker.stop().catch(() => undefined);
    await page.evaluate(() => (window as unknown as Bridge).wijkplanBridge.stop());
  }

  before(async function () {
    for (const file of [WEB_SERVER, NODE_SERVER]) if (!existsSync(file)) throw new Error(`${file} is missing: run \`node esbuild.js\` first`);
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (never \`npx playwright install\`)`);

    // A workspace folder with configuration files at two levels, and plans the search skips.
    workspace = mkdtempSync(join(tmpdir(), 'wijkplan-web-worker-'));
    cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
    const zwak = readFileSync(join(ROOT, 'samples', 'zwak.wijkplan.yaml'), 'utf8');
    for (const skipped of ['node_modules/pakket', '.verborgen']) {
      mkdirSync(join(workspace, skipped), { recursive: true });
      await fsp.writeFile(join(workspace, skipped, 'overgeslagen.wijkplan.yaml'), zwak);
    }
    const folders = [{ uri: uriOf(workspace), name: 'werkmap' }];

    http = await serve();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const context = await browser.newContext();
    page = await context.newPage();
    page.on('request', (request) => pageRequests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.exposeFunction('wijkplanFromWorker', (message: Message) => reader.push(message));
    await page.goto(`${http.origin}/`, { waitUntil: 'load' });

    [worker, node] = await Promise.all([startWorker({ locale: 'nl', workspaceFolders: folders }), LspClient.start({ locale: 'nl', workspaceFolders: folders })]);
  });

  after(async () => {
    await worker?.stop().catch(() => undefined);
    await node?.stop().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await http?.close();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  describe('runs where eval is blocked', () => {
    it('the CSP without unsafe-eval really blocks eval and new Function in a worker', async () => {
      const probe = await page.evaluate(() => (window as unknown as Bridge).wijkplanBridge.probe());
      assert.deepEqual(probe, { eval: 'EvalError', newFunction: 'EvalError', violations: ['script-src', 'script-src'] });
    });

    it('serves the page and the worker with that CSP', async () => {
      const response = await page.request.get(`${http.origin}/server.js`);
      assert.equal(response.headers()['content-security-policy'], CSP);
      assert.ok(!CSP.includes('unsafe-eval'));
    });

    it('the worker started under it, answered initialize with the Node server\'s capabilities', () => {
      assert.deepEqual(worker.initializeResult, node.initializeResult);
    });

    it('the bundle holds no eval and no new Function (the ajv validators are precompiled)', () => {
      const bundle = readFileSync(WEB_SERVER, 'utf8');
      assert.doesNotMatch(bundle, /\beval\s*\(/);
      assert.doesNotMatch(bundle, /\bnew\s+Function\s*\(/);
      assert.doesNotMatch(bundle, /\bFunction\s*\(\s*["'`]/);
    });
  });

  describe('diagnostics', () => {
    const fromWorker = new Map<string, PublishDiagnosticsParams>();
    const fromNode = new Map<string, PublishDiagnosticsParams>();

    before(async () => {
      for (const path of PLANS) {
        const uri = uriOf(path);
        const text = readFileSync(path, 'utf8');
        const [w, n] = await Promise.all([worker.open(uri, text), node.open(uri, text)]);
        fromWorker.set(uri, w);
        fromNode.set(uri, n);
      }
    });

    it(`are identical to the Node server's for ${PLANS.length} plans (code, range, severity, message, link, data)`, () => {
      for (const path of PLANS) {
        const uri = uriOf(path);
        assert.deepEqual(wire(summary(fromWorker.get(uri)!)), wire(summary(fromNode.get(uri)!)), `findings for ${path}`);
        assert.deepEqual(wire(fromWorker.get(uri)), wire(fromNode.get(uri)), `the whole publication for ${path}`);
      }
    });

    it('have the expectations of the protocol tests: none for sterk, WP101 as an error on zwak', () => {
      assert.deepEqual(codes(fromWorker.get(sample('sterk.wijkplan.yaml'))!), []);
      const zwak = fromWorker.get(sample('zwak.wijkplan.yaml'))!;
      assert.equal(zwak.version, 1);
      const wp101 = find(zwak, 'WP101');
      assert.equal(wp101.severity, 1);
      assert.equal(wp101.source, 'wijkplan');
      assert.equal(wp101.codeDescription?.href, `${DOCS}WP101.md`);
      assert.match(String(wp101.message), /heeft geen voortzetting/);
      for (const diagnostic of zwak.diagnostics) {
        assert.match(String(diagnostic.code), /^WP\d{3}$/);
        assert.equal(diagnostic.codeDescription?.href, `${DOCS}${diagnostic.code}.md`);
      }
      const concept = fromWorker.get(sample('concept.wijkplan.yaml'))!;
      assert.ok(concept.diagnostics.length > 0, 'the concept plan has findings');
    });

    it('are empty for the spec example', function () {
      assert.deepEqual(codes(fromWorker.get(uriOf(EXAMPLE_PATH))!), []);
    });
  });

  describe('workspace', () => {
    it('finds the same plans as the Node server, skipping dot folders and node_modules', async () => {
      const expected = [join(workspace, 'wijk', 'noord', 'noord.wijkplan.yaml'), join(workspace, 'zuid', 'zuid.wijkplan.yml')].map(uriOf);
      for (const uri of expected) {
        const [w, n] = await Promise.all([worker.published(uri), node.published(uri)]);
        assert.equal(w.version, undefined, 'a closed plan has no version');
        assert.deepEqual(wire(w), wire(n), `closed plan ${uri}`);
      }
      assert.deepEqual(worker.findFilesParams, [{ folderUri: uriOf(workspace), include: '**/*.wijkplan.{yaml,yml}', exclude: '**/{node_modules,.*}/**' }]);
      const inWorkspace = (params: PublishDiagnosticsParams) => params.uri.startsWith(uriOf(workspace));
      const published = (list: PublishDiagnosticsParams[]) => [...new Set(list.filter(inWorkspace).map((p) => p.uri))].sort();
      assert.deepEqual(published(worker.publications), expected);
      assert.deepEqual(published(node.publications), expected);
    });

    it('reads configuration files through wijkplan/readFile, found the way the Node server finds them', async () => {
      const noord = await worker.published(uriOf(join(workspace, 'wijk', 'noord', 'noord.wijkplan.yaml')));
      assert.equal(find(noord, 'WP101').severity, 2, '.wijkplanrc.yaml two folders up: WP101 is a warning');
      assert.ok(!codes(noord).includes('WP207'), '.wijkplanrc.yaml two folders up: WP207 is off');
      const zuid = await worker.published(uriOf(join(workspace, 'zuid', 'zuid.wijkplan.yml')));
      assert.equal(find(zuid, 'WP101').severity, 1, 'the nearest configuration (zuid/.wijkplanrc.json) wins');
      assert.equal(find(zuid, 'WP203').severity, 1);
      assert.ok(!zuid.diagnostics.some((d) => d.severity === 3), 'streng: no info left');
      assert.ok(worker.filesRead.includes(uriOf(join(workspace, '.wijkplanrc.yaml'))));
      assert.ok(worker.filesRead.includes(uriOf(join(workspace, 'zuid', '.wijkplanrc.json'))));
      const answered: string[] = [ConfigurationRequest.method, RegistrationRequest.method, WorkDoneProgressCreateRequest.method, ReadFileRequest.method, FindFilesRequest.method];
      assert.deepEqual([...reader.requestMethods].filter((method) => !answered.includes(method)), [], 'the server asked nothing the browser client does not answer');
    });
  });

  describe('features', () => {
    const ZWAK = sample('zwak.wijkplan.yaml');
    const STERK = sample('sterk.wijkplan.yaml');

    it('hover gives what the Node server gives', async () => {
      const wp101 = find(await worker.published(ZWAK), 'WP101');
      const params = { textDocument: { uri: ZWAK }, position: { line: wp101.range.start.line, character: wp101.range.start.character + 2 } };
      const [w, n] = await Promise.all([worker.request<Hover>('textDocument/hover', params), node.request<Hover>('textDocument/hover', params)]);
      assert.deepEqual(wire(w), wire(n));
      assert.match((w.contents as { value: string }).value, /\*\*WP101 missing-continuation\*\*/);
      const key = { textDocument: { uri: STERK }, position: { line: 3, character: 2 } };
      assert.deepEqual(wire(await worker.request('textDocument/hover', key)), wire(await node.request('textDocument/hover', key)));
    });

    it('completion gives what the Node server gives', async () => {
      const lines = readFileSync(join(ROOT, 'samples', 'zwak.wijkplan.yaml'), 'utf8').split('\n');
      const params = { textDocument: { uri: ZWAK }, position: { line: lines.length - 1, character: 0 } };
      const [w, n] = await Promise.all([worker.request<CompletionList>('textDocument/completion', params), node.request<CompletionList>('textDocument/completion', params)]);
      assert.deepEqual(wire(w), wire(n));
      assert.ok(w.items.some((item) => item.label === 'financiering'), `top-level sections offered: ${w.items.map((i) => i.label).join(', ')}`);
    });

    it('wijkplan/preview renders an open plan and a closed one (read through the client)', async () => {
      for (const uri of [STERK, uriOf(join(workspace, 'wijk', 'noord', 'noord.wijkplan.yaml'))]) {
        const params = { uri, lang: 'nl' };
        const [w, n] = await Promise.all([worker.request<PreviewResult>(PreviewRequest.method, params), node.request<PreviewResult>(PreviewRequest.method, params)]);
        assert.ok(w && w.html.length > 1000, `a preview for ${uri}`);
        assert.deepEqual(wire(w), wire(n));
      }
      assert.equal(await worker.request(PreviewRequest.method, { uri: 'file:///onbekend.wijkplan.yaml', lang: 'nl' }), null);
    });
  });

  describe('locale', () => {
    it('gives the same English findings as the Node server when the client says en', async () => {
      await stopWorker();
      const english = await LspClient.start({ locale: 'en' });
      try {
        worker = await startWorker({ locale: 'en' });
        const text = readFileSync(join(ROOT, 'samples', 'zwak.wijkplan.yaml'), 'utf8');
        const uri = sample('zwak.wijkplan.yaml');
        const [w, n] = await Promise.all([worker.open(uri, text), english.open(uri, text)]);
        assert.deepEqual(wire(w), wire(n));
        assert.match(String(find(w, 'WP101').message), /has no continuation|continuation/i);
      } finally {
        await english.stop();
      }
    });
  });

  describe('isolation', () => {
    it('no CSP violation happened, in the page or in the worker', async () => {
      const report = await page.evaluate(() => (window as unknown as Bridge).wijkplanBridge.report());
      assert.deepEqual(report, { violations: [], errors: [] });
      await readWorkerViolations();
      assert.deepEqual(workerViolations, [], 'violations inside the worker servers (Dutch and English)');
      assert.deepEqual(pageErrors, []);
      assert.deepEqual(consoleErrors.filter((text) => /Content Security Policy|unsafe-eval|EvalError/i.test(text)), []);
    });

    it('nothing was requested but the page, its bridge script, the CSP probe and the worker script', () => {
      const allowed = new Set(['/', '/bridge.js', '/eval-probe.js', '/server.js'].map((path) => `${http.origin}${path}`));
      assert.deepEqual(pageRequests.filter((url) => !allowed.has(url)), [], 'requests the page or the worker made');
      assert.ok(pageRequests.includes(`${http.origin}/server.js`), 'the worker script request is seen by page.on("request")');
      // Chromium asks the page's origin for /favicon.ico by itself (not the page, not the worker).
      const asked = [...new Set(http.requests)].filter((path) => path !== '/favicon.ico').sort();
      assert.deepEqual(asked, ['/', '/bridge.js', '/eval-probe.js', '/server.js'], 'what the loopback server was asked for');
    });
  });
});
