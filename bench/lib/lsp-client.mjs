// One LSP client for every server in the benchmark: spawns a server over stdio, answers what
// a client must answer (configuration at once, registrations, progress), and times
// open->diagnostics and edit->diagnostics by waiting for the publishDiagnostics of the version
// it sent (or, for a server that publishes without versions, the first one after it).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

const now = () => Number(process.hrtime.bigint()) / 1e6;

/** Looks a dotted section up in a settings object, as a client's workspace/configuration does. */
function section(settings, name) {
  if (!name) return settings;
  if (name in settings) return settings[name];
  let node = settings;
  for (const part of name.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return null;
    node = node[part];
  }
  return node;
}

export class LspServer {
  /**
   * @param {{ name: string, command: string, args: string[], languageId: string, settings: object, rootUri: string, cwd?: string, env?: object }} options
   */
  constructor(options) {
    this.options = options;
    this.waiters = new Set();
    this.published = 0;
    this.stderr = '';
  }

  async start() {
    const { command, args, cwd, settings, rootUri, name, env } = this.options;
    this.child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: env ? { ...process.env, ...env } : process.env });
    this.child.stderr.on('data', (chunk) => {
      this.stderr = (this.stderr + chunk).slice(-4000);
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
    const connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection = connection;
    connection.onRequest('workspace/configuration', (params) => params.items.map((item) => section(settings, item.section) ?? null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/workspaceFolders', () => [{ uri: rootUri, name: 'bench' }]);
    // Anything else a server asks (its custom requests) gets an empty answer.
    connection.onRequest(() => null);
    connection.onNotification('textDocument/publishDiagnostics', (params) => this.onDiagnostics(params));
    connection.onNotification(() => {});
    connection.onError(() => {});
    connection.listen();
    const started = now();
    const result = await withTimeout(
      connection.sendRequest('initialize', {
        processId: process.pid,
        clientInfo: { name: 'wijkplan-bench' },
        locale: 'nl',
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'bench' }],
        capabilities: {
          workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
          textDocument: {
            synchronization: { dynamicRegistration: false, didSave: true },
            publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
          },
          window: { workDoneProgress: true },
        },
        initializationOptions: {},
      }),
      60_000,
      `${name}: initialize`,
    );
    this.capabilities = result.capabilities;
    const sync = result.capabilities.textDocumentSync;
    this.incrementalSync = (typeof sync === 'number' ? sync : sync?.change) === 2;
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('workspace/didChangeConfiguration', { settings });
    this.startMs = now() - started;
  }

  onDiagnostics(params) {
    this.published++;
    for (const waiter of this.waiters) {
      if (waiter.uri !== params.uri) continue;
      if (params.version !== undefined && params.version !== null && waiter.version !== undefined && params.version < waiter.version) continue;
      this.waiters.delete(waiter);
      waiter.resolve({ at: now(), count: params.diagnostics.length, version: params.version });
    }
  }

  /** Resolves with the time of the first publishDiagnostics for `uri` at or after `version`. */
  diagnostics(uri, version, timeoutMs = 180_000) {
    let waiter;
    const promise = new Promise((resolve) => {
      waiter = { uri, version, resolve };
      this.waiters.add(waiter);
    });
    return withTimeout(promise, timeoutMs, `${this.options.name}: diagnostics for ${uri} v${version}`).finally(() => this.waiters.delete(waiter));
  }

  /** didOpen, then the time until its diagnostics. */
  async open(uri, text, version = 1) {
    const waiting = this.diagnostics(uri, version);
    const sent = now();
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: this.options.languageId, version, text } });
    const got = await waiting;
    return { ms: got.at - sent, count: got.count };
  }

  /** didChange with one inserted text (incrementally when the server syncs so), then the time until its diagnostics. */
  async change(uri, version, edit, fullText) {
    const waiting = this.diagnostics(uri, version);
    const sent = now();
    const contentChanges = this.incrementalSync
      ? [{ range: { start: edit.position, end: edit.position }, text: edit.text }]
      : [{ text: fullText }];
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    const got = await waiting;
    return { ms: got.at - sent, count: got.count };
  }

  async close(uri) {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** VmRSS and VmHWM of the server process, in MB. */
  memory() {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  }

  async stop() {
    if (!this.child || this.child.exitCode !== null) return;
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 5000, 'shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // A server that does not shut down in time is stopped below.
    }
    const exited = await Promise.race([this.exited, new Promise((resolve) => setTimeout(() => resolve(undefined), 3000))]);
    if (!exited) this.child.kill('SIGKILL');
    this.connection.dispose();
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
