// The Node entry of the language server. createConnection reads the transport from the
// command line (--stdio, --node-ipc, --socket=N, --pipe=NAME), as every LSP client passes it.
import { createConnection } from 'vscode-languageserver/node';
import { createNodeHost } from './node-host';
import { startServer } from './server';

const connection = createConnection();

// A bug must not take the editor's checks down with it: report it and keep serving.
process.on('uncaughtException', (error) => connection.console.error(`wijkplan: uncaught exception: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`wijkplan: unhandled rejection: ${String(reason)}`));

startServer(connection, createNodeHost());
