// The client bundles must stay thin: the extension asks the language server and renders
// nothing itself, so it must not carry the engine. esbuild.js runs this on the metafile of
// every client build and fails the build when it finds one; test/unit/client-bundle.test.ts
// checks that the check itself fires.

/** What a client bundle may include from the server's sources: the protocol and the webview's message guards. */
const ALLOWED_SERVER_SOURCES = new Set(['server/src/protocol.ts', 'server/src/core/preview/messages.ts']);

/** Inputs that are the engine: the core (rules, lint, preview renderer, validators), the yaml parser, ajv. */
function engineInputs(metafile) {
  const found = [];
  for (const input of Object.keys(metafile.inputs)) {
    const file = input.replace(/\\/g, '/');
    if (file.startsWith('server/src/') && !ALLOWED_SERVER_SOURCES.has(file)) found.push(file);
    else if (/(^|\/)node_modules\/(yaml|ajv|ajv-formats)\//.test(file)) found.push(file);
  }
  return found;
}

module.exports = { engineInputs, ALLOWED_SERVER_SOURCES };
