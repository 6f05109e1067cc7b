// A real LSP client for the protocol tests: it spawns the built server (`node dist/server.js
// --stdio`), talks JSON-RPC over its pipes, answers the server's own requests (settings,
// registrations, progress) and lets tests wait for events instead of sleeping.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type FileEvent,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageNotification, ScoreNotification, type LanguageParams, type ScoreParams, type WijkplanSettings } from '../../server/src/protocol';

export const ROOT = join(__dirname, '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.js');
export const FIXTURES = join(__dirname, 'fixtures');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function fileUri(path: string): string {
  return pathToFileURL(path).toString();
}

/** What a capable editor announces (VS Code's shape, trimmed to what the server looks at). */
export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceFolders: true,
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true, insertTextModeSupport: { valueSet: [1, 2] } } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    definition: { linkSupport: true },
    rename: { prepareSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
    foldingRange: { lineFoldingOnly: true },
  },
  window: { workDoneProgress: true },
};

export interface StartOptions {
  locale?: string;
  settings?: WijkplanSettings;
  workspaceFolders?: Array<{ uri: string; name: string }>;
  capabilities?: ClientCapabilities;
}

interface Waiter<T> {
  predicate: (value: T) => boolean;
  resolve: (value: T) => void;
}

export class LspClient {
  readonly connection: ProtocolConnection;
  settings: WijkplanSettings;
  /** Every diagnostics publication, in arrival order. */
  readonly publications: PublishDiagnosticsParams[] = [];
  readonly scores: ScoreParams[] = [];
  /** Every `wijkplan/language` announcement, in arrival order. */
  readonly languages: LanguageParams[] = [];
  private readonly languageWaiters: Array<Waiter<LanguageParams>> = [];
  readonly logs: Array<{ type: number; message: string }> = [];
  readonly shownMessages: Array<{ type: number; message: string }> = [];
  readonly progress: Array<{ token: unknown; value: { kind: string } }> = [];
  readonly registrations: Registration[] = [];
  readonly configurationRequests: number[] = [];
  private readonly diagnosticWaiters: Array<Waiter<PublishDiagnosticsParams>> = [];
  private readonly scoreWaiters: Array<Waiter<ScoreParams>> = [];
  private readonly messageWaiters: Array<Waiter<{ type: number; message: string }>> = [];
  private readonly progressWaiters: Array<Waiter<{ token: unknown; value: { kind: string } }>> = [];
  private readonly documents = new Map<string, TextDocument>();
  private exited: Promise<number | null>;
  stderr = '';

  private constructor(
    private readonly child: ChildProcess,
    settings: WijkplanSettings,
  ) {
    this.settings = settings;
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.stderr!.on('data', (chunk) => (this.stderr += String(chunk)));
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.publications.push(params);
      this.settle(this.diagnosticWaiters, params);
    });
    this.connection.onNotification(ScoreNotification.method, (params: ScoreParams) => {
      this.scores.push(params);
      this.settle(this.scoreWaiters, params);
    });
    this.connection.onNotification(LanguageNotification.method, (params: LanguageParams) => {
      this.languages.push(params);
      this.settle(this.languageWaiters, params);
    });
    this.connection.onNotification(LogMessageNotification.method, (params: { type: number; message: string }) => {
      this.logs.push(params);
    });
    this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      this.shownMessages.push(params);
      this.settle(this.messageWaiters, params);
    });
    this.connection.onNotification('$/progress', (params: { token: unknown; value: { kind: string } }) => {
      this.progress.push(params);
      this.settle(this.progressWaiters, params);
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests.push(Date.now());
      return params.items.map((item) => (item.section === 'wijkplan' ? this.settings : null));
    });
    this.connection.onRequest(RegistrationRequest.method, (params: { registrations: Registration[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.onRequest(WorkDoneProgressCreateRequest.method, () => null);
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`node esbuild.js\` first`);
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new LspClient(child, options.settings ?? {});
    const result: InitializeResult = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      locale: options.locale ?? 'nl',
      capabilities: options.capabilities ?? FULL_CAPABILITIES,
      workspaceFolders: options.workspaceFolders ?? null,
    });
    client.initializeResult = result;
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  initializeResult!: InitializeResult;

  private settle<T>(waiters: Array<Waiter<T>>, value: T): void {
    for (const waiter of [...waiters]) {
      if (waiter.predicate(value)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(value);
      }
    }
  }

  /** The next publication for `uri` (after this call) that satisfies the predicate. */
  nextDiagnostics(uri: string, predicate: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.diagnosticWaiters.push({ predicate: (p) => p.uri === uri && predicate(p), resolve }));
  }

  /** The latest publication for `uri` that satisfies the predicate, already received or still to come. */
  published(uri: string, predicate: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const seen = this.publications.filter((p) => p.uri === uri).at(-1);
    if (seen && predicate(seen)) return Promise.resolve(seen);
    return this.nextDiagnostics(uri, predicate);
  }

  /** The next publication for `uri` with exactly this version. */
  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.nextDiagnostics(uri, (p) => p.version === version);
  }

  nextScore(uri: string, predicate: (params: ScoreParams) => boolean = () => true): Promise<ScoreParams> {
    return new Promise((resolve) => this.scoreWaiters.push({ predicate: (p) => p.uri === uri && predicate(p), resolve }));
  }

  /** The latest language announcement that satisfies the predicate, received or still to come. */
  announcedLanguage(predicate: (params: LanguageParams) => boolean = () => true): Promise<LanguageParams> {
    const seen = this.languages.at(-1);
    if (seen && predicate(seen)) return Promise.resolve(seen);
    return new Promise((resolve) => this.languageWaiters.push({ predicate, resolve }));
  }

  nextShownMessage(predicate: (params: { type: number; message: string }) => boolean): Promise<{ type: number; message: string }> {
    return new Promise((resolve) => this.messageWaiters.push({ predicate, resolve }));
  }

  progressOf(kind: 'begin' | 'report' | 'end'): Promise<{ token: unknown; value: { kind: string } }> {
    const seen = this.progress.find((p) => p.value.kind === kind);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.progressWaiters.push({ predicate: (p) => p.value.kind === kind, resolve }));
  }

  text(uri: string): string {
    return this.documents.get(uri)!.getText();
  }

  version(uri: string): number {
    return this.documents.get(uri)!.version;
  }

  /** Opens a document and waits for its first diagnostics. */
  async open(uri: string, text: string, languageId = 'wijkplan'): Promise<PublishDiagnosticsParams> {
    const published = this.diagnosticsFor(uri, 1);
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return published;
  }

  /** Sends a change (full text, or ranged edits) as the next version, without waiting. */
  async sendChange(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const current = this.documents.get(uri)!;
    const version = current.version + 1;
    this.documents.set(uri, TextDocument.update(current, changes, version));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Replaces the text and waits for the diagnostics of the new version. */
  async change(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    const version = this.version(uri) + 1;
    const published = this.diagnosticsFor(uri, version);
    await this.sendChange(uri, [{ text }]);
    return published;
  }

  /** Applies the edits of a workspace edit for `uri` as one change; returns the new diagnostics. */
  async applyEdit(uri: string, edit: WorkspaceEdit): Promise<PublishDiagnosticsParams> {
    return this.change(uri, applyWorkspaceEdit(this.text(uri), uri, edit));
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeSettings(settings: WijkplanSettings): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async watchedFilesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  errorLogs(): string[] {
    return this.logs.filter((log) => log.type === 1).map((log) => log.message);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((resolve) => setTimeout(resolve, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The server may already be gone; the kill below makes sure.
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 2000);
    await this.exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

/** Applies a workspace edit (changes or documentChanges) for one document to its text. */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit): string {
  const edits: TextEdit[] = [];
  if (edit.changes?.[uri]) edits.push(...edit.changes[uri]);
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) edits.push(...(change.edits as TextEdit[]));
  }
  return TextDocument.applyEdits(TextDocument.create(uri, 'wijkplan', 0, text), edits);
}

export function positionAt(text: string, offset: number): { line: number; character: number } {
  return TextDocument.create('x:', 'x', 0, text).positionAt(offset);
}

/** The position of the first occurrence of `needle` (plus `delta` characters) in `text`. */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" not found`);
  return TextDocument.create('x:', 'x', 0, text).positionAt(offset + delta);
}
