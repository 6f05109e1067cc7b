// The Node entry picks its transport from the command line: IPC is what the VS Code client
// uses (TransportKind.ipc), stdio what most other editors use (covered by server.test.ts).
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { fixtureText, SERVER } from './client';

describe('language server over node IPC', () => {
  it('initializes, publishes diagnostics and shuts down', async () => {
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    connection.onRequest('client/registerCapability', () => null);
    const uri = 'file:///ipc/test.wijkplan.yaml';
    const published = new Promise<PublishDiagnosticsParams>((resolve) =>
      connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
        if (params.uri === uri) resolve(params);
      }),
    );
    connection.listen();
    const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } }, workspaceFolders: null });
    assert.equal(result.serverInfo?.name, 'wijkplan');
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'wijkplan', version: 1, text: fixtureText('zwak.wijkplan.yaml') } });
    const diagnostics = await published;
    assert.equal(diagnostics.version, 1);
    assert.ok(diagnostics.diagnostics.some((d) => d.code === 'WP101'));
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    assert.equal(await exited, 0);
    connection.dispose();
  });
});
