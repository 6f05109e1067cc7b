// The Node entry of the language server. createConnection reads the transport from the
// command line (--stdio, --node-ipc, --socket=N, --pipe=NAME), as every LSP client passes it.
import { createConnection } from 'vscode-languageserver/node';
import { createNodeHost } from './node-host';
import { startServer } from './server';

const connection = createConnection();

// A bug must not take the editor's checks down with it: report it and keep serving.
function report(what: string): void {
  try {
    connection.console.error(`wijkplan: ${what}`);
  } catch {
    // The connection itself is gone; there is no one left to tell.
  }
}
process.on('uncaughtException', (error) => report(`uncaught exception: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => report(`unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));

startServer(connection, createNodeHost());
