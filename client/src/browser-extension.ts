import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { activateCommon, type WijkplanApi } from './common';

let client: LanguageClient | undefined;

/** Web entry (vscode.dev, github.dev): the server runs in a web worker. */
export async function activate(context: vscode.ExtensionContext): Promise<WijkplanApi> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  return activateCommon(context, (clientOptions: LanguageClientOptions) => {
    const worker = new Worker(serverMain.toString(true));
    client = new LanguageClient('wijkplan', 'Wijkplan', worker, clientOptions);
    return client;
  });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
