import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type InitializeParams,
  type InitializeResult,
  type SymbolInformation,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { layerConfig, parseConfig, resolveConfig, type ConfigResult } from '../core/config';
import { ruleDocUrl } from '../core/docs-url';
import {
  complete,
  definitionAt,
  documentSymbols,
  findingsInRange,
  fixAll,
  foldingRanges,
  hover,
  prepareRename,
  quickFixes,
  referencesAt,
  renameAt,
  RenameError,
  type ActionEdit,
  type PlanCodeAction,
} from '../core/language/index';
import { lint, type LintResult } from '../core/lint';
import { createIncrementalLinter, type IncrementalLinter } from '../core/incremental';
import type { ParsedText } from '../core/parse';
import { renderPreviewBody } from '../core/preview/render';
import type { RuleDefinition } from '../core/rule';
import { RULES_BY_CODE } from '../core/rules/index';
import type { Finding, Lang, ResolvedConfig, Score } from '../core/types';
import {
  DIAGNOSTIC_SOURCE,
  FIX_ALL_KIND,
  GetScoreRequest,
  PreviewRequest,
  ScoreNotification,
  type GetScoreParams,
  type PreviewParams,
  type PreviewResult,
  type GetScoreResult,
  type ScoreParams,
} from '../protocol';
import { bomOf, today, toCompletionItem, toConfigDiagnostic, toDiagnostic, toDocumentSymbol, toLspRange, toOffset } from './convert';
import { isConfigFileName, isPlanFileName, uriBasename, uriDirname, type ConfigFile, type ServerHost } from './host';
import { DEFAULT_SETTINGS, readSettings, type EffectiveSettings } from './settings';

/** Above this many unopened plans, the workspace check reports progress. */
const PROGRESS_THRESHOLD = 10;

const KNOWN_CODES: ReadonlySet<string> = new Set(RULES_BY_CODE.keys());

interface Analysis {
  /** The document version, or null for a plan read from disk. */
  version: number | null;
  /** The configuration generation it was made with. */
  generation: number;
  result: LintResult;
  /** The configuration it was linted with (fix-all lints again with the same). */
  config: ResolvedConfig;
  bom: number;
  /** False when made before the plan's configuration was known (settings alone were used). */
  configured: boolean;
}

export interface ServerOptions {
  /** The rules to run; all of them by default. Only the Node entry's test hook passes others. */
  rules?: readonly RuleDefinition[];
  /**
   * Called a moment after documents were closed, to give memory back to the system (the Node
   * entry runs a compacting garbage collection when it may); the worker has nothing to do.
   */
  releaseMemory?: () => void;
}

/**
 * Starts the Wijkplan language server on a connection. The Node entry and the web worker
 * both call this; what differs between them is in `host`. The server is an adapter: it keeps
 * documents, settings and configuration, and turns the pure core's answers into LSP.
 */
export function startServer(connection: Connection, host: ServerHost, options: ServerOptions = {}): void {
  new WijkplanServer(connection, host, options.rules, options.releaseMemory).listen();
}

class WijkplanServer {
  /**
   * A change must raise the version (LSP: versions only go up). A change with an older or the
   * same version is a stale or resent message: applying it would make the text differ from the
   * client's (a ranged edit applied twice) and publish an old version after a newer one, so it
   * is ignored and logged as a warning.
   */
  private readonly documents = new TextDocuments<TextDocument>({
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
    update: (document, changes, version) => {
      if (typeof version === 'number' && version <= document.version) {
        this.connection.console.warn(`wijkplan: ignored a change to ${document.uri} with version ${version}; the document is at version ${document.version}`);
        return document;
      }
      return TextDocument.update(document, changes, version);
    },
  });
  private capabilities: ClientCapabilities = {};
  private localeLang: Lang = 'nl';
  private settings: EffectiveSettings = DEFAULT_SETTINGS;
  private pushedSettings: unknown;
  private settingsWarnings = '';
  private settingsLoaded!: () => void;
  private readonly settingsReady = new Promise<void>((resolve) => (this.settingsLoaded = resolve));
  private folders: string[] = [];

  /** Raised whenever settings or a configuration file change: older analyses are stale. */
  private generation = 0;
  private readonly configLookups = new Map<string, Promise<ConfigFile | undefined>>();
  private readonly parsedConfigs = new Map<string, { text: string; result: ConfigResult }>();
  private readonly configDiagnostics = new Set<string>();
  private readonly configsByPlan = new Map<string, ResolvedConfig>();

  /** Analyses of open documents, by URI. */
  private readonly analyses = new Map<string, Analysis>();
  /** Scores of plans that are not open (for wijkplan/getScore). */
  private readonly closedScores = new Map<string, Score>();
  private readonly lastGood = new Map<string, ParsedText>();
  private readonly lastPublished = new Map<string, string>();
  private readonly workspacePlans = new Set<string>();

  private readonly pending = new Set<string>();
  private draining = false;
  private drainTimer: ReturnType<typeof setTimeout> | undefined;
  private revalidateTimer: ReturnType<typeof setTimeout> | undefined;
  private workspaceRun = 0;

  constructor(
    private readonly connection: Connection,
    private readonly host: ServerHost,
    private readonly rules: readonly RuleDefinition[] | undefined,
    private readonly releaseMemory: (() => void) | undefined,
  ) {}

  /** One incremental linter per open plan: an edit re-parses only the pieces it touched. */
  private readonly linters = new Map<string, IncrementalLinter>();
  private releaseTimer: ReturnType<typeof setTimeout> | undefined;

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => this.guardNotification('initialized', () => this.initialized()));
    connection.onShutdown(() => {
      this.workspaceRun++;
      this.pending.clear();
    });

    documents.onDidChangeContent((event) => this.guardNotification('didChange', () => this.onContent(event.document)));
    documents.onDidClose((event) => this.guardNotification('didClose', () => this.onClose(event.document)));
    connection.onDidChangeConfiguration((params) => this.guardNotification('didChangeConfiguration', () => this.onSettingsChanged(params.settings)));
    connection.onDidChangeWatchedFiles((params) => this.guardNotification('didChangeWatchedFiles', () => this.onWatchedFiles(params.changes)));

    connection.onHover(this.guard('hover', null, (params) => {
      const open = this.openAnalysis(params.textDocument.uri);
      if (!open) return null;
      const offset = toOffset(open.result, params.position, open.bom);
      if (offset === undefined) return null;
      const found = hover({ result: open.result, offset, lang: this.lang(), docsUrl: ruleDocUrl });
      return found ? { contents: { kind: 'markdown' as const, value: found.contents }, range: toLspRange(found.range, open.bom) } : null;
    }));

    connection.onCompletion(this.guard('completion', null, (params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document || !this.isPlan(document)) return null;
      const open = this.openAnalysis(params.textDocument.uri)!;
      const offset = toOffset(open.result, params.position, open.bom);
      if (offset === undefined) return null;
      const entries = complete({
        text: open.result.parsed.text,
        parsed: open.result.parsed,
        offset,
        lang: this.lang(),
        today: today(),
        lastGood: this.lastGood.get(document.uri),
      });
      return { isIncomplete: false, items: entries.map((entry) => toCompletionItem(entry, open.bom)) };
    }));

    connection.onDocumentSymbol(this.guard('documentSymbol', null, (params) => {
      const open = this.openAnalysis(params.textDocument.uri);
      if (!open) return null;
      const symbols = documentSymbols(open.result.parsed).map((symbol) => toDocumentSymbol(symbol, open.bom));
      if (this.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport) return symbols;
      const flat: SymbolInformation[] = [];
      const visit = (list: DocumentSymbol[], container?: string) => {
        for (const symbol of list) {
          flat.push({ name: symbol.name, kind: symbol.kind, location: { uri: params.textDocument.uri, range: symbol.range }, containerName: container });
          visit(symbol.children ?? [], symbol.name);
        }
      };
      visit(symbols);
      return flat;
    }));

    connection.onDefinition(this.guard('definition', null, (params) => {
      const open = this.openAnalysis(params.textDocument.uri);
      if (!open) return null;
      const offset = toOffset(open.result, params.position, open.bom);
      if (offset === undefined) return null;
      const target = definitionAt(open.result.parsed, offset);
      if (!target) return null;
      const uri = params.textDocument.uri;
      if (this.capabilities.textDocument?.definition?.linkSupport) {
        return [
          {
            originSelectionRange: toLspRange(target.originRange, open.bom),
            targetUri: uri,
            targetRange: toLspRange(target.range, open.bom),
            targetSelectionRange: toLspRange(target.selectionRange, open.bom),
          },
        ];
      }
      return { uri, range: toLspRange(target.selectionRange, open.bom) };
    }));

    connection.onReferences(this.guard('references', null, (params) => {
      const open = this.openAnalysis(params.textDocument.uri);
      if (!open) return null;
      const offset = toOffset(open.result, params.position, open.bom);
      if (offset === undefined) return null;
      const ranges = referencesAt(open.result.parsed, offset, params.context.includeDeclaration);
      return ranges ? ranges.map((range) => ({ uri: params.textDocument.uri, range: toLspRange(range, open.bom) })) : null;
    }));

    connection.onPrepareRename(this.guard('prepareRename', null, (params) => {
      const open = this.openAnalysis(params.textDocument.uri);
      if (!open) return null;
      const offset = toOffset(open.result, params.position, open.bom);
      if (offset === undefined) return null;
      try {
        const prepared = prepareRename(open.result.parsed, offset);
        return { range: toLspRange(prepared.range, open.bom), placeholder: prepared.placeholder };
      } catch (error) {
        throw this.renameFailure(error);
      }
    }));

    connection.onRenameRequest(this.guard('rename', null, (params) => {
      const document = documents.get(params.textDocument.uri);
      const open = this.openAnalysis(params.textDocument.uri);
      if (!open || !document) return null;
      const offset = toOffset(open.result, params.position, open.bom);
      if (offset === undefined) return null;
      try {
        const edits = renameAt(open.result.parsed, offset, params.newName).map((edit) => ({ range: toLspRange(edit.range, open.bom), newText: edit.newText }));
        return this.workspaceEdit(document, edits);
      } catch (error) {
        throw this.renameFailure(error);
      }
    }));

    connection.onFoldingRanges(this.guard('foldingRange', null, (params) => {
      const open = this.openAnalysis(params.textDocument.uri);
      if (!open) return null;
      return foldingRanges(open.result.parsed).map((range) => (range.kind ? { startLine: range.startLine, endLine: range.endLine, kind: range.kind } : { startLine: range.startLine, endLine: range.endLine }));
    }));

    connection.onCodeAction(this.guard('codeAction', null, (params) => this.codeActions(params)));

    connection.onRequest(GetScoreRequest.method, this.guard('getScore', null, (params: GetScoreParams): GetScoreResult => {
      if (!params || typeof params.uri !== 'string') throw new ResponseError(-32602, 'wijkplan/getScore needs { uri }');
      if (this.documents.get(params.uri)) return this.openAnalysis(params.uri)?.result.score ?? null;
      return this.closedScores.get(params.uri) ?? null;
    }));

    connection.onRequest(PreviewRequest.method, this.guard('preview', null, async (params: PreviewParams): Promise<PreviewResult> => {
      if (!params || typeof params.uri !== 'string') throw new ResponseError(-32602, 'wijkplan/preview needs { uri, lang }');
      const analysis = this.documents.get(params.uri) ? this.openAnalysis(params.uri) : await this.closedAnalysis(params.uri);
      if (!analysis) return null;
      const lang: Lang = params.lang === 'en' ? 'en' : params.lang === 'nl' ? 'nl' : this.lang();
      const fileName = uriBasename(params.uri);
      const titel = analysis.result.plan?.titel;
      return { html: renderPreviewBody({ result: analysis.result, fileName, lang }, { links: true }), title: typeof titel === 'string' && titel.trim() !== '' ? titel : fileName };
    }));

    documents.listen(connection);
    connection.listen();
  }

  // --- lifecycle ----------------------------------------------------------------------------

  private initialize(params: InitializeParams): InitializeResult {
    this.capabilities = params.capabilities ?? {};
    this.localeLang = typeof params.locale === 'string' && params.locale.toLowerCase().startsWith('en') ? 'en' : 'nl';
    this.folders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
    if (this.folders.length === 0 && params.rootUri) this.folders = [params.rootUri];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ' ', '-', '[', ','], resolveProvider: false },
        documentSymbolProvider: { label: 'Wijkplan' },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'wijkplan' },
    };
  }

  private async initialized(): Promise<void> {
    const { connection } = this;
    if (this.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'wijkplan' }).catch(() => undefined);
    }
    if (this.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/.wijkplanrc.{yaml,json}' }, { globPattern: '**/*.wijkplan.{yaml,yml}' }],
        })
        .catch(() => undefined);
    }
    if (this.capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) =>
        this.guardNotification('didChangeWorkspaceFolders', () => {
          const removed = new Set(event.removed.map((folder) => folder.uri));
          this.folders = [...this.folders.filter((uri) => !removed.has(uri)), ...event.added.map((folder) => folder.uri)];
          return this.validateWorkspace();
        }),
      );
    }
    try {
      await this.loadSettings();
    } finally {
      this.settingsLoaded();
    }
    await this.validateWorkspace();
  }

  private lang(): Lang {
    return this.settings.language === 'auto' ? this.localeLang : this.settings.language;
  }

  // --- robustness ---------------------------------------------------------------------------

  /** Wraps a request handler: an exception is logged and answered with `fallback`, never a crash. */
  private guard<P, R, F>(name: string, fallback: F, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R | F> => {
      // Cancelled while it waited in the queue (behind a burst of edits): not worth running.
      if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, `${name} cancelled`);
      try {
        return await handler(params, token);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        this.logError(name, error);
        return fallback;
      }
    };
  }

  private guardNotification(name: string, handler: () => void | Promise<void>): void {
    try {
      const result = handler();
      if (result instanceof Promise) result.catch((error) => this.logError(name, error));
    } catch (error) {
      this.logError(name, error);
    }
  }

  private logError(name: string, error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.connection.console.error(`wijkplan: ${name} failed: ${detail}`);
  }

  private renameFailure(error: unknown): unknown {
    if (error instanceof RenameError) return new ResponseError(LSPErrorCodes.RequestFailed, error.reason[this.lang()]);
    return error;
  }

  // --- settings and configuration -----------------------------------------------------------

  private async loadSettings(): Promise<void> {
    let raw: unknown = this.pushedSettings;
    if (this.capabilities.workspace?.configuration) {
      try {
        raw = await this.connection.workspace.getConfiguration({ section: 'wijkplan' });
      } catch (error) {
        this.logError('workspace/configuration', error);
      }
    }
    this.settings = readSettings(raw);
    const messages = this.settings.problems.map((problem) => problem[this.lang()]);
    // The same mistake is told once, not again on every change of other settings.
    if (messages.join('\n') === this.settingsWarnings) return;
    this.settingsWarnings = messages.join('\n');
    for (const message of messages) {
      this.connection.console.warn(`wijkplan: ${message}`);
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Wijkplan: ${message}` });
    }
  }

  private async onSettingsChanged(pushed: unknown): Promise<void> {
    const section = pushed !== null && typeof pushed === 'object' ? (pushed as Record<string, unknown>).wijkplan : undefined;
    if (section !== undefined) this.pushedSettings = section;
    await this.settingsReady;
    await this.loadSettings();
    this.scheduleRevalidateAll();
  }

  private async onWatchedFiles(changes: ReadonlyArray<{ uri: string; type: FileChangeType }>): Promise<void> {
    let configChanged = false;
    for (const change of changes) {
      if (isConfigFileName(change.uri)) {
        configChanged = true;
        this.parsedConfigs.delete(change.uri);
        if (change.type === FileChangeType.Deleted) {
          this.clearConfigDiagnostics(change.uri);
        } else {
          const text = await this.host.readFile(change.uri);
          if (text !== undefined) this.checkConfig({ uri: change.uri, text });
        }
      } else if (isPlanFileName(change.uri) && !this.documents.get(change.uri)) {
        if (change.type === FileChangeType.Deleted) {
          this.workspacePlans.delete(change.uri);
          this.closedScores.delete(change.uri);
          this.clearDiagnostics(change.uri);
        } else {
          this.workspacePlans.add(change.uri);
          await this.validateClosed(change.uri);
        }
      }
    }
    if (configChanged) this.scheduleRevalidateAll();
  }

  /** Many notifications in a row (settings pushed twice, several files saved) cause one re-check. */
  private scheduleRevalidateAll(): void {
    this.generation++;
    this.configLookups.clear();
    this.configsByPlan.clear();
    if (this.revalidateTimer !== undefined) return;
    this.revalidateTimer = setTimeout(() => {
      this.revalidateTimer = undefined;
      this.parsedConfigs.clear();
      for (const document of this.documents.all()) if (this.isPlan(document)) this.requestValidation(document.uri);
      void this.validateWorkspace().catch((error) => this.logError('workspace validation', error));
    }, 0);
  }

  /** The configuration for a plan: its `.wijkplanrc` over the editor settings. */
  private async configFor(planUri: string): Promise<ResolvedConfig> {
    await this.settingsReady;
    const generation = this.generation;
    const folder = uriDirname(planUri);
    let lookup = this.configLookups.get(folder);
    if (!lookup) {
      lookup = this.host.findConfig(planUri).catch((error) => {
        this.logError('configuration lookup', error);
        return undefined;
      });
      this.configLookups.set(folder, lookup);
    }
    const file = await lookup;
    // Looked up before a configuration change: the text may be old, so it is neither shown
    // nor used (the caller sees the new generation and leaves the work to the newer run).
    if (generation !== this.generation) return resolveConfig(layerConfig(undefined, this.settings.layer));
    const result = file ? this.checkConfig(file) : undefined;
    // An invalid file is shown on itself; its plans are then checked with the settings alone.
    const fileLayer = result && result.problems.length === 0 ? result.data : undefined;
    const config = resolveConfig(layerConfig(fileLayer, this.settings.layer));
    if (generation === this.generation) this.configsByPlan.set(planUri, config);
    return config;
  }

  /** Parses a configuration file once per text and shows its problems on it. */
  private checkConfig(file: ConfigFile): ConfigResult {
    const cached = this.parsedConfigs.get(file.uri);
    if (cached && cached.text === file.text) return cached.result;
    const result = parseConfig(file.text, KNOWN_CODES);
    this.parsedConfigs.set(file.uri, { text: file.text, result });
    if (result.problems.length > 0) {
      const lang = this.lang();
      this.configDiagnostics.add(file.uri);
      void this.connection.sendDiagnostics({ uri: file.uri, diagnostics: result.problems.map((problem) => toConfigDiagnostic(problem, lang)) });
    } else {
      this.clearConfigDiagnostics(file.uri);
    }
    return result;
  }

  private clearConfigDiagnostics(uri: string): void {
    if (!this.configDiagnostics.delete(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  // --- validation ---------------------------------------------------------------------------

  private isPlan(document: TextDocument): boolean {
    if (document.languageId === 'wijkplan' || isPlanFileName(document.uri)) return true;
    if (document.languageId !== 'yaml') return false;
    return /^\uFEFF?wijkplan:[ \t]*1[ \t]*(#.*)?$/.test(document.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }).trimEnd());
  }

  private onContent(document: TextDocument): void {
    if (this.isPlan(document)) this.requestValidation(document.uri);
  }

  private onClose(document: TextDocument): void {
    this.linters.delete(document.uri);
    if (this.releaseMemory) {
      clearTimeout(this.releaseTimer);
      this.releaseTimer = setTimeout(() => this.releaseMemory?.(), 500);
    }
    this.pending.delete(document.uri);
    this.analyses.delete(document.uri);
    this.lastGood.delete(document.uri);
    this.lastPublished.delete(document.uri);
    // Kept for open plans only (a plan on disk sets it again when it is checked from there).
    this.configsByPlan.delete(document.uri);
    // The lookup of a folder no open document is in is forgotten too (an untitled document is a
    // folder of its own); checking a plan on disk below looks it up again when it needs it.
    const folder = uriDirname(document.uri);
    if (!this.documents.all().some((open) => uriDirname(open.uri) === folder)) this.configLookups.delete(folder);
    if (isPlanFileName(document.uri)) {
      // The text on disk may differ from the closed buffer: show what is on disk.
      void this.validateClosed(document.uri).catch((error) => this.logError('validation', error));
    } else {
      this.clearDiagnostics(document.uri);
    }
  }

  /**
   * Validation runs on the next turn of the event loop, not after a fixed delay. Requests that
   * arrive before then are merged, and each run checks the newest text, so a burst of edits
   * costs a few runs and only the newest version is ever published.
   */
  private requestValidation(uri: string): void {
    this.pending.add(uri);
    if (this.draining || this.drainTimer !== undefined) return;
    this.drainTimer = setTimeout(() => {
      this.drainTimer = undefined;
      void this.drain();
    }, 0);
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.pending.size > 0) {
        const [uri] = this.pending;
        this.pending.delete(uri);
        try {
          await this.validateOpen(uri);
        } catch (error) {
          this.logError('validation', error);
        }
      }
    } finally {
      this.draining = false;
    }
  }

  private async validateOpen(uri: string): Promise<void> {
    await this.settingsReady;
    const generation = this.generation;
    const config = await this.configFor(uri);
    // Settings or a configuration file changed meanwhile: a newer run is already asked for.
    if (generation !== this.generation) return;
    // The document may have changed or closed while the configuration was looked up.
    const document = this.documents.get(uri);
    if (!document) return;
    const stamp = `${document.version}:${generation}`;
    if (this.lastPublished.get(uri) === stamp) return;
    // A request may have checked this very version already (hover right after typing).
    const cached = this.analyses.get(uri);
    const reusable = cached && cached.configured && cached.version === document.version && cached.generation === generation;
    const text = document.getText();
    const analysis: Analysis = reusable ? cached : { version: document.version, generation, result: this.lintOpen(uri, text, config), config, bom: bomOf(text), configured: true };
    this.remember(uri, analysis);
    this.lastPublished.set(uri, stamp);
    this.publish(uri, analysis);
  }

  /** Validates a plan that is not open, from the host's copy. */
  private async validateClosed(uri: string): Promise<void> {
    await this.settingsReady;
    const generation = this.generation;
    const text = await this.host.readFile(uri);
    if (this.documents.get(uri)) return;
    if (text === undefined) {
      this.closedScores.delete(uri);
      this.clearDiagnostics(uri);
      return;
    }
    const config = await this.configFor(uri);
    // Opened meanwhile (the editor's text counts now), or settings changed (the workspace is checked again).
    if (this.documents.get(uri) || generation !== this.generation) return;
    const result = this.lint(text, config);
    // A client opens a file without its byte order mark, so positions are counted without it.
    const analysis: Analysis = { version: null, generation, result, config, bom: 0, configured: true };
    // Only the score of a closed plan is kept, so a large workspace does not hold every parse.
    this.closedScores.set(uri, result.score);
    this.publish(uri, analysis);
  }

  /** A plan that is not open, read and checked now (for the preview of a closed plan). */
  private async closedAnalysis(uri: string): Promise<Analysis | undefined> {
    const text = await this.host.readFile(uri);
    if (text === undefined) return undefined;
    const config = await this.configFor(uri);
    return { version: null, generation: this.generation, result: this.lint(text, config), config, bom: 0, configured: true };
  }

  /** Lints an open plan's newest text with its own incremental linter (same result as `lint`). */
  private lintOpen(uri: string, text: string, config: ResolvedConfig): LintResult {
    let linter = this.linters.get(uri);
    if (!linter) this.linters.set(uri, (linter = createIncrementalLinter()));
    return linter.lint(text, { config, rules: this.rules });
  }

  private lint(text: string, config: ResolvedConfig): LintResult {
    return lint(text, { config, rules: this.rules });
  }

  private remember(uri: string, analysis: Analysis): void {
    this.analyses.set(uri, analysis);
    if (analysis.result.parsed.syntaxProblems.length === 0) this.lastGood.set(uri, analysis.result.parsed);
  }

  private publish(uri: string, analysis: Analysis): void {
    const lang = this.lang();
    // A rule that threw became WP000 on the plan (the core catches it); the log tells who to fix.
    for (const finding of analysis.result.findings) {
      if (finding.code === 'WP000') this.connection.console.error(`wijkplan: ${uri}${analysis.version === null ? '' : ` (version ${analysis.version})`}: ${finding.message.en}`);
    }
    const diagnostics: Diagnostic[] = analysis.result.findings.map((finding) => toDiagnostic(finding, uri, lang, analysis.bom));
    void this.connection.sendDiagnostics({ uri, version: analysis.version ?? undefined, diagnostics });
    const score: ScoreParams = { uri, version: analysis.version, score: analysis.result.score };
    void this.connection.sendNotification(ScoreNotification.method, score);
  }

  private clearDiagnostics(uri: string): void {
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /**
   * Publishes diagnostics for every plan file in the workspace folders that is not open. A
   * newer run (settings changed, folders changed) makes an older one stop where it is.
   */
  private async validateWorkspace(): Promise<void> {
    const run = ++this.workspaceRun;
    await this.settingsReady;
    const found = new Set<string>();
    for (const folder of this.folders) {
      for (const uri of await this.host.findPlanFiles(folder)) found.add(uri);
      if (run !== this.workspaceRun) return;
    }
    for (const uri of this.workspacePlans) {
      if (!found.has(uri) && !this.documents.get(uri)) {
        this.closedScores.delete(uri);
        this.clearDiagnostics(uri);
      }
    }
    this.workspacePlans.clear();
    for (const uri of found) this.workspacePlans.add(uri);
    const todo = [...found].filter((uri) => !this.documents.get(uri));
    if (todo.length === 0) return;
    const lang = this.lang();
    const progress = todo.length > PROGRESS_THRESHOLD ? await this.connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin(lang === 'nl' ? 'Wijkplan: plannen controleren' : 'Wijkplan: checking plans', 0, `0/${todo.length}`, false);
    try {
      for (let i = 0; i < todo.length; i++) {
        if (run !== this.workspaceRun) return;
        await this.validateClosed(todo[i]).catch((error) => this.logError('workspace validation', error));
        progress?.report(Math.round(((i + 1) * 100) / todo.length), `${i + 1}/${todo.length}`);
        // Let requests and edits in between, so a large workspace never blocks the editor.
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
      }
    } finally {
      progress?.done();
    }
  }

  /** The analysis of an open plan for its current version, made now if needed. */
  private openAnalysis(uri: string): Analysis | undefined {
    const document = this.documents.get(uri);
    if (!document || !this.isPlan(document)) return undefined;
    const cached = this.analyses.get(uri);
    if (cached && cached.version === document.version && cached.generation === this.generation) return cached;
    const text = document.getText();
    const known = this.configsByPlan.get(uri);
    const config = known ?? resolveConfig(layerConfig(undefined, this.settings.layer));
    const analysis: Analysis = { version: document.version, generation: this.generation, result: this.lintOpen(uri, text, config), config, bom: bomOf(text), configured: known !== undefined };
    this.remember(uri, analysis);
    return analysis;
  }

  // --- code actions -------------------------------------------------------------------------

  private codeActions(params: CodeActionParams): CodeAction[] | null {
    const document = this.documents.get(params.textDocument.uri);
    const open = this.openAnalysis(params.textDocument.uri);
    if (!document || !open) return null;
    const lang = this.lang();
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((requested) => requested === '' || kind === requested || kind.startsWith(`${requested}.`));
    const actions: CodeAction[] = [];
    const range = { start: this.corePosition(open, params.range.start), end: this.corePosition(open, params.range.end) };
    if (wants(CodeActionKind.QuickFix)) {
      const findings = new Set<Finding>(findingsInRange(open.result, range));
      for (const diagnostic of params.context.diagnostics ?? []) {
        if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
        const match = open.result.findings.find(
          (finding) =>
            finding.code === diagnostic.code &&
            finding.range.start.line === diagnostic.range.start.line &&
            toLspRange(finding.range, open.bom).start.character === diagnostic.range.start.character,
        );
        if (match) findings.add(match);
      }
      for (const action of quickFixes(open.result, [...findings], lang)) actions.push(this.toCodeAction(document, open, action, lang));
    }
    if (only && wants(FIX_ALL_KIND)) {
      const all = fixAll(open.result, lang, { config: open.config, rules: this.rules });
      if (all) actions.push(this.toCodeAction(document, open, all, lang));
    }
    return actions;
  }

  private corePosition(open: Analysis, position: { line: number; character: number }) {
    const line = Math.max(0, position.line);
    return { line, character: Math.max(0, line === 0 ? position.character - open.bom : position.character) };
  }

  private toCodeAction(document: TextDocument, open: Analysis, action: PlanCodeAction, lang: Lang): CodeAction {
    const edits: TextEdit[] = action.edits.map((edit: ActionEdit) => ({ range: toLspRange(edit.range, open.bom), newText: edit.newText }));
    const result: CodeAction = {
      title: action.title,
      kind: action.kind,
      diagnostics: action.findings.map((finding) => toDiagnostic(finding, document.uri, lang, open.bom)),
      edit: this.workspaceEdit(document, edits),
    };
    if (action.isPreferred) result.isPreferred = true;
    return result;
  }

  private workspaceEdit(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
    if (this.capabilities.workspace?.workspaceEdit?.documentChanges) {
      return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
    }
    return { changes: { [document.uri]: edits } };
  }
}
