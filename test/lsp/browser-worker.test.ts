// The web worker build (dist/web/server.js) in a Node worker thread standing in for a browser
// worker: messages go over the port as objects, and every file comes from the client through
// wijkplan/readFile and wijkplan/findFiles, here answered from an in-memory workspace.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { FindFilesRequest, ReadFileRequest, type FindFilesParams, type ReadFileParams } from '../../server/src/protocol';
import { fixtureText, ROOT } from './client';

const WEB_SERVER = join(ROOT, 'dist', 'web', 'server.js');

interface Message {
  jsonrpc: '2.0';
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/** A minimal JSON-RPC client over a worker port: enough to drive the server and answer it. */
class WorkerClient {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly replies = new Map<number, (message: Message) => void>();
  private readonly listeners: Array<(message: Message) => boolean> = [];
  readonly requestsSeen: string[] = [];

  constructor(private readonly files: Map<string, string> | undefined) {
    this.worker = new Worker(`globalThis.self = require('node:worker_threads').parentPort; require(${JSON.stringify(WEB_SERVER)});`, { eval: true });
    this.worker.on('message', (message: Message) => this.receive(message));
  }

  private receive(message: Message): void {
    if (message.method && message.id !== undefined) {
      this.requestsSeen.push(message.method);
      this.worker.postMessage(this.answer(message));
      return;
    }
    if (message.id !== undefined) {
      this.replies.get(message.id)?.(message);
      this.replies.delete(message.id);
      return;
    }
    for (const listener of [...this.listeners]) if (listener(message)) this.listeners.splice(this.listeners.indexOf(listener), 1);
  }

  private answer(request: Message): Message {
    const reply = (result: unknown): Message => ({ jsonrpc: '2.0', id: request.id, result });
    if (!this.files && (request.method === ReadFileRequest.method || request.method === FindFilesRequest.method)) {
      return { jsonrpc: '2.0', id: request.id, error: { code: -32601, message: 'Unhandled method' } };
    }
    if (request.method === ReadFileRequest.method) return reply(this.files!.get((request.params as ReadFileParams).uri) ?? null);
    if (request.method === FindFilesRequest.method) {
      const { folderUri } = request.params as FindFilesParams;
      return reply([...this.files!.keys()].filter((uri) => uri.startsWith(`${folderUri}/`) && uri.endsWith('.wijkplan.yaml')));
    }
    return reply(null);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.replies.set(id, (message) => (message.error ? reject(message.error) : resolve(message.result as R)));
      this.worker.postMessage({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.worker.postMessage({ jsonrpc: '2.0', method, params });
  }

  diagnostics(uri: string, predicate: (params: { version?: number; diagnostics: Array<{ code: string }> }) => boolean = () => true) {
    return new Promise<{ version?: number; diagnostics: Array<{ code: string; message: string }> }>((resolve) =>
      this.listeners.push((message) => {
        const params = message.params as { uri: string; version?: number; diagnostics: Array<{ code: string; message: string }> };
        if (message.method !== 'textDocument/publishDiagnostics' || params.uri !== uri || !predicate(params)) return false;
        resolve(params);
        return true;
      }),
    );
  }

  async start(folders: string[]): Promise<void> {
    await this.request('initialize', {
      processId: null,
      rootUri: null,
      locale: 'nl',
      capabilities: { workspace: { configuration: false } },
      workspaceFolders: folders.map((uri) => ({ uri, name: 'werkmap' })),
    });
    this.notify('initialized', {});
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

describe('web worker server', () => {
  before(function () {
    if (!existsSync(WEB_SERVER)) throw new Error(`${WEB_SERVER} is missing: run \`node esbuild.js\` first`);
  });

  it('reads plans and their configuration through the client, and checks open documents', async () => {
    const files = new Map([
      ['mem://werk/map/a.wijkplan.yaml', fixtureText('zwak.wijkplan.yaml')],
      ['mem://werk/.wijkplanrc.yaml', 'regels:\n  WP101: off\n'],
    ]);
    const client = new WorkerClient(files);
    try {
      const closed = client.diagnostics('mem://werk/map/a.wijkplan.yaml');
      await client.start(['mem://werk']);
      const workspace = await closed;
      assert.equal(workspace.version, undefined);
      const codes = workspace.diagnostics.map((d) => d.code);
      assert.ok(codes.includes('WP004'));
      assert.ok(!codes.includes('WP101'), 'the .wijkplanrc two folders up was read through the client');
      assert.ok(client.requestsSeen.includes(FindFilesRequest.method));

      const open = client.diagnostics('mem://werk/map/b.wijkplan.yaml', (p) => p.version === 1);
      client.notify('textDocument/didOpen', { textDocument: { uri: 'mem://werk/map/b.wijkplan.yaml', languageId: 'wijkplan', version: 1, text: fixtureText('zwak.wijkplan.yaml') } });
      const published = await open;
      assert.ok(!published.diagnostics.some((d) => d.code === 'WP101'));
      const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: 'mem://werk/map/b.wijkplan.yaml' }, position: { line: 22, character: 28 } });
      assert.match(hover.contents.value, /WP004/);
    } finally {
      await client.stop();
    }
  });

  it('still checks open documents when the client cannot give file access', async () => {
    const client = new WorkerClient(undefined);
    try {
      await client.start(['mem://werk']);
      const open = client.diagnostics('mem://werk/c.wijkplan.yaml', (p) => p.version === 1);
      client.notify('textDocument/didOpen', { textDocument: { uri: 'mem://werk/c.wijkplan.yaml', languageId: 'wijkplan', version: 1, text: fixtureText('zwak.wijkplan.yaml') } });
      const published = await open;
      assert.ok(published.diagnostics.some((d) => d.code === 'WP101'), 'defaults apply without a configuration');
    } finally {
      await client.stop();
    }
  });
});
