import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { activateCommon, type WijkplanApi } from './common';

let client: LanguageClient | undefined;
let worker: Worker | undefined;

/** Web entry (vscode.dev, github.dev): the server runs in a web worker. */
export async function activate(context: vscode.ExtensionContext): Promise<WijkplanApi> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  return activateCommon(context, (clientOptions: LanguageClientOptions) => {
    // A new worker on every start, so "restart server" (stop, then start) gets a live one. The
    // transports are made here: VS Code's web extension host replaces the global Worker with a
    // function, so the client's own `instanceof Worker` test fails for a worker from a factory.
    client = new LanguageClient('wijkplan', 'Wijkplan', async () => {
      worker?.terminate();
      worker = await startServerWorker(serverMain);
      return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
    }, clientOptions);
    return client;
  });
}

/**
 * Starts dist/web/server.js in a worker. On vscode.dev and github.dev the extension is served
 * over https and `new Worker(url)` works. A web extension installed on a remote server (e.g.
 * code-server, where its files are vscode-remote: URIs) cannot start a worker from its URL:
 * VS Code's web extension host refuses ("Creating workers from remote extensions is currently
 * not supported"). Then the script is read through workspace.fs and started from a blob URL.
 */
async function startServerWorker(serverMain: vscode.Uri): Promise<Worker> {
  if (serverMain.scheme !== 'vscode-remote') {
    try {
      return new Worker(serverMain.toString(true));
    } catch {
      // Fall through to the blob below.
    }
  }
  const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(serverMain));
  return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  worker?.terminate();
  worker = undefined;
}
