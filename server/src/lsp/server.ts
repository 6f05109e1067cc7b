import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SUPPRESSIONS_FILE_NAME } from '../core/bulk-suppressions';
import type { RuleDefinition } from '../core/rule';
import { FIX_ALL_ACTION_KIND } from '../core/language/index';
import { Configuration } from './configuration';
import { createDocuments, isPlanDocument, OpenPlans } from './documents';
import { registerFeatures, type Guard } from './features';
import { isConfigFileName, isPlanFileName, isSuppressionsFileName, uriDirname, type ServerHost } from './host';
import { Validation } from './validation';

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
 * documents (documents.ts), settings and configuration (configuration.ts), checks and publishes
 * (validation.ts), and turns the pure core's answers into LSP (features.ts, convert.ts).
 * This file is the wiring and the capabilities.
 */
export function startServer(connection: Connection, host: ServerHost, options: ServerOptions = {}): void {
  let capabilities: ClientCapabilities = {};
  let folders: string[] = [];
  const logError = (name: string, error: unknown): void => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    connection.console.error(`wijkplan: ${name} failed: ${detail}`);
  };
  const documents = createDocuments((message) => connection.console.warn(message));
  const plans = new OpenPlans();
  const configuration = new Configuration(connection, host, () => capabilities, logError);
  const validation = new Validation({ connection, documents, plans, configuration, host, rules: options.rules, folders: () => folders, logError });

  /** A request handler that logs an exception and answers null, never a crash. */
  const guard: Guard = (name, handler) => async (params, token: CancellationToken) => {
    // Cancelled while it waited in the queue (behind a burst of edits): not worth running.
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, `${name} cancelled`);
    try {
      return await handler(params, token);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      logError(name, error);
      return null;
    }
  };
  const guardNotification = (name: string, handler: () => void | Promise<void>): void => {
    try {
      const result = handler();
      if (result instanceof Promise) result.catch((error) => logError(name, error));
    } catch (error) {
      logError(name, error);
    }
  };

  // Many notifications in a row (settings pushed twice, several files saved) cause one re-check.
  let revalidateTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleRevalidateAll = (): void => {
    configuration.invalidate();
    plans.forgetConfigs();
    if (revalidateTimer !== undefined) return;
    revalidateTimer = setTimeout(() => {
      revalidateTimer = undefined;
      configuration.forgetParsed();
      for (const document of documents.all()) if (isPlanDocument(document)) validation.request(document.uri);
      void validation.validateWorkspace().catch((error) => logError('workspace validation', error));
    }, 0);
  };

  let releaseTimer: ReturnType<typeof setTimeout> | undefined;
  const onClose = (document: TextDocument): void => {
    if (options.releaseMemory) {
      clearTimeout(releaseTimer);
      releaseTimer = setTimeout(() => options.releaseMemory?.(), 500);
    }
    validation.forget(document.uri);
    plans.delete(document.uri);
    // The lookup of a folder no open document is in is forgotten too (an untitled document is a
    // folder of its own); checking a plan on disk below looks it up again when it needs it.
    const folder = uriDirname(document.uri);
    if (!documents.all().some((open) => uriDirname(open.uri) === folder)) configuration.forgetFolder(folder);
    if (isPlanFileName(document.uri)) {
      // The text on disk may differ from the closed buffer: show what is on disk.
      void validation.validateClosed(document.uri).catch((error) => logError('validation', error));
    } else {
      validation.clearDiagnostics(document.uri);
    }
  };

  const onWatchedFiles = async (changes: ReadonlyArray<{ uri: string; type: FileChangeType }>): Promise<void> => {
    let configChanged = false;
    for (const change of changes) {
      if (isConfigFileName(change.uri)) {
        configChanged = true;
        configuration.forgetParsed(change.uri);
        if (change.type === FileChangeType.Deleted) {
          configuration.clearConfigDiagnostics(change.uri);
        } else {
          const text = await host.readFile(change.uri);
          if (text !== undefined) configuration.checkConfig({ uri: change.uri, text });
        }
      } else if (isSuppressionsFileName(change.uri)) {
        // The counts of every plan it governs may have changed: all are checked again.
        configChanged = true;
        configuration.forgetParsed(change.uri);
        if (change.type === FileChangeType.Deleted) configuration.clearSuppressionsDiagnostics(change.uri);
      } else if (isPlanFileName(change.uri) && !documents.get(change.uri)) {
        await validation.planFileChanged(change.uri, change.type === FileChangeType.Deleted);
      }
    }
    if (configChanged) scheduleRevalidateAll();
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities ?? {};
    configuration.localeLang = typeof params.locale === 'string' && params.locale.toLowerCase().startsWith('en') ? 'en' : 'nl';
    folders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
    if (folders.length === 0 && params.rootUri) folders = [params.rootUri];
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
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_ACTION_KIND], resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'wijkplan' },
    };
  });

  connection.onInitialized(() =>
    guardNotification('initialized', async () => {
      if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
        void connection.client.register(DidChangeConfigurationNotification.type, { section: 'wijkplan' }).catch(() => undefined);
      }
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        void connection.client
          .register(DidChangeWatchedFilesNotification.type, {
            watchers: [{ globPattern: '**/.wijkplanrc.{yaml,json}' }, { globPattern: '**/*.wijkplan.{yaml,yml}' }, { globPattern: `**/${SUPPRESSIONS_FILE_NAME}` }],
          })
          .catch(() => undefined);
      }
      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) =>
          guardNotification('didChangeWorkspaceFolders', () => {
            const removed = new Set(event.removed.map((folder) => folder.uri));
            folders = [...folders.filter((uri) => !removed.has(uri)), ...event.added.map((folder) => folder.uri)];
            return validation.validateWorkspace();
          }),
        );
      }
      await configuration.loadFirst();
      await validation.validateWorkspace();
    }),
  );
  connection.onShutdown(() => validation.stop());

  documents.onDidChangeContent((event) =>
    guardNotification('didChange', () => {
      if (isPlanDocument(event.document)) validation.request(event.document.uri);
    }),
  );
  documents.onDidClose((event) => guardNotification('didClose', () => onClose(event.document)));
  connection.onDidChangeConfiguration((params) =>
    guardNotification('didChangeConfiguration', async () => {
      configuration.push(params.settings);
      await configuration.settingsReady;
      await configuration.loadSettings();
      scheduleRevalidateAll();
    }),
  );
  connection.onDidChangeWatchedFiles((params) => guardNotification('didChangeWatchedFiles', () => onWatchedFiles(params.changes)));

  registerFeatures({ connection, documents, plans, configuration, validation, capabilities: () => capabilities, rules: options.rules, guard });

  documents.listen(connection);
  connection.listen();
}
