import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { activateCommon, type WijkplanApi } from './common';

let client: LanguageClient | undefined;

/** Node entry: the server runs as a child process over IPC. */
export async function activate(context: vscode.ExtensionContext): Promise<WijkplanApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  return activateCommon(context, (clientOptions: LanguageClientOptions) => {
    client = new LanguageClient('wijkplan', 'Wijkplan', serverOptions, clientOptions);
    return client;
  });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
