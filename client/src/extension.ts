import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { activateCommon, type WijkplanApi } from './common';
// One place for the flags, shared with the benchmark and the memory soak.
import serverProcess from './server-process.json';

let client: LanguageClient | undefined;

/**
 * How the server process runs, as measured by `npm run bench` (bench/README.md): --expose-gc
 * lets it give the memory of closed plans back; a small young generation, slower heap growth
 * and one malloc arena keep its peak on a 50,000-line plan under 200 MB at no cost in latency.
 */
const SERVER_PROCESS = {
  execArgv: [...serverProcess.execArgv],
  env: { ...process.env, ...serverProcess.env },
};

/** Node entry: the server runs as a child process over IPC. */
export async function activate(context: vscode.ExtensionContext): Promise<WijkplanApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: SERVER_PROCESS },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { ...SERVER_PROCESS, execArgv: [...SERVER_PROCESS.execArgv, '--nolazy', '--inspect=6019'] } },
  };
  return activateCommon(context, (clientOptions: LanguageClientOptions) => {
    client = new LanguageClient('wijkplan', 'Wijkplan', serverOptions, clientOptions);
    return client;
  });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
