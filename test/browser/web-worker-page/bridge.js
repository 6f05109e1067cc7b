// The page side of test/browser/web-worker.test.ts and scripts/measure-web.mjs. Loaded under
// `script-src 'self'` (no inline script, no eval), it starts the language server from
// /server.js in a dedicated worker and passes LSP messages between it and the test:
//   test -> worker: window.wijkplanToWorker(message)       (called with page.evaluate)
//   worker -> test: window.wijkplanFromWorker(message)     (a page.exposeFunction binding)
// selfDrive() is the in-page client of the start-up measurement: no round trip to the test.
'use strict';
(function () {
  const state = { worker: undefined, violations: [], errors: [], createdAt: undefined };

  document.addEventListener('securitypolicyviolation', (event) => {
    state.violations.push({ directive: event.violatedDirective, blocked: event.blockedURI, source: event.sourceFile, sample: event.sample });
  });

  function start(url) {
    state.createdAt = performance.now();
    const worker = new Worker(url || '/server.js');
    state.worker = worker;
    worker.addEventListener('error', (event) => state.errors.push(String(event.message || 'worker error')));
    worker.addEventListener('messageerror', () => state.errors.push('messageerror'));
    return worker;
  }

  window.wijkplanBridge = {
    state,
    /** Starts the server worker and forwards everything it says to the test. */
    start(url) {
      const worker = start(url);
      worker.addEventListener('message', (event) => window.wijkplanFromWorker(event.data));
      return true;
    },
    /** One LSP message to the worker, as an object (the worker's reader takes objects). */
    send(message) {
      state.worker.postMessage(message);
      return true;
    },
    stop() {
      state.worker?.terminate();
      state.worker = undefined;
      return true;
    },
    report() {
      return { violations: state.violations, errors: state.errors };
    },
    /** Starts a worker that tries eval and new Function, to show the CSP is enforced in workers. */
    probe() {
      return new Promise((resolve) => {
        const worker = new Worker('/eval-probe.js');
        worker.addEventListener('message', (event) => {
          resolve(event.data);
          worker.terminate();
        });
        worker.addEventListener('error', (event) => resolve({ error: String(event.message) }));
      });
    },
    /**
     * Starts the server, initializes it, opens one plan and resolves with the times (ms since
     * `new Worker`) of the initialize answer and of the first publishDiagnostics for the plan.
     */
    selfDrive(uri, text, locale) {
      return new Promise((resolve, reject) => {
        const worker = start('/server.js');
        const t0 = state.createdAt;
        const times = {};
        const send = (message) => worker.postMessage(message);
        const timer = setTimeout(() => reject(new Error('no diagnostics within 30 s')), 30000);
        worker.addEventListener('error', (event) => reject(new Error(String(event.message))));
        worker.addEventListener('message', (event) => {
          const message = event.data;
          if (message.method && message.id !== undefined) {
            // The server's own requests: settings, registrations, files (none here).
            let result = null;
            if (message.method === 'workspace/configuration') result = message.params.items.map(() => ({}));
            if (message.method === 'wijkplan/findFiles') result = [];
            send({ jsonrpc: '2.0', id: message.id, result });
            return;
          }
          if (message.id === 1) {
            times.initialized = performance.now() - t0;
            send({ jsonrpc: '2.0', method: 'initialized', params: {} });
            send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'wijkplan', version: 1, text } } });
            return;
          }
          if (message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri) {
            times.firstDiagnostics = performance.now() - t0;
            times.count = message.params.diagnostics.length;
            clearTimeout(timer);
            worker.terminate();
            resolve(times);
          }
        });
        send({
          jsonrpc: '2.0',
          id: 1,
          method: 'initialize',
          params: { processId: null, rootUri: null, locale: locale || 'nl', capabilities: { workspace: { configuration: true } }, workspaceFolders: null },
        });
      });
    },
  };
})();
