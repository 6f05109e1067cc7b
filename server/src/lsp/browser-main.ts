// The web worker entry of the language server (vscode.dev, github.dev). Messages come over
// the worker's port; files are read through the client (see browser-host.ts).
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createBrowserHost } from './browser-host';
import { startServer } from './server';

type WorkerPort = ConstructorParameters<typeof BrowserMessageReader>[0];
const port = self as unknown as WorkerPort;
const connection = createConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port));
startServer(connection, createBrowserHost(connection));
