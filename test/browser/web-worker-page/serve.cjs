// A loopback HTTP server for the web worker page: the page, its bridge script, the CSP probe
// worker and the built worker server (dist/web/server.js), each with the same strict
// Content-Security-Policy (no 'unsafe-eval', no inline script, nothing from elsewhere).
// Every request it gets is recorded, so a test can show nothing else was asked for.
// Used by test/browser/web-worker.test.ts and scripts/measure-web.mjs.
'use strict';
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..', '..');
const CSP = "default-src 'self'; script-src 'self'; worker-src 'self'";

/** Path on the server -> file on disk. */
const ROUTES = {
  '/': path.join(__dirname, 'index.html'),
  '/bridge.js': path.join(__dirname, 'bridge.js'),
  '/eval-probe.js': path.join(__dirname, 'eval-probe.js'),
  '/server.js': path.join(ROOT, 'dist', 'web', 'server.js'),
};

/**
 * Starts the server on 127.0.0.1 and a free port.
 * @param {{ serverJs?: string }} [options] serverJs: another worker bundle to serve as /server.js
 * @returns {Promise<{ origin: string, requests: string[], close(): Promise<void> }>}
 */
function serve(options = {}) {
  const routes = { ...ROUTES, ...(options.serverJs ? { '/server.js': options.serverJs } : {}) };
  const requests = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url || '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    const file = request.method === 'GET' ? routes[url.pathname] : undefined;
    if (!file || !fs.existsSync(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain', 'Content-Security-Policy': CSP });
      response.end('not found');
      return;
    }
    const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8';
    response.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({
        origin: `http://127.0.0.1:${port}`,
        requests,
        close: () => new Promise((done) => {
          server.closeAllConnections?.();
          server.close(() => done());
        }),
      });
    });
  });
}

module.exports = { serve, CSP, ROOT };
