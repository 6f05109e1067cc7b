// A bench-only build of our language server that lints open documents with one incremental
// linter per document and runs a compacting garbage collection a moment after a document closes,
// made by rewriting server/src/lsp/server.ts while bundling (the repository is not touched).
// It shows what the server gets once it does so itself; when the lines it rewrites change
// shape, the variant is skipped with the reason.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The options the server's own lint helper passes, e.g. `{ config, rules: this.rules }`. */
const LINT_HELPER = /private lint\(text: string, config: ResolvedConfig\): LintResult \{\s*return lint\(text, (\{[^}]*\})\);/;
/** Where an open document's analysis is made: a line with its version and `this.lint(text, config)`. */
const OPEN_CALL = /(version: document\.version,[^\n]*?result: )this\.lint\(text, config\)/g;
const ON_CLOSE = 'private onClose(document: TextDocument): void {';

const HELPER = `
const __linters = new Map<string, ReturnType<typeof __createIncrementalLinter>>();
let __gcTimer: ReturnType<typeof setTimeout> | undefined;
function __lintOpen(uri: string, text: string, options: any) {
  let linter = __linters.get(uri);
  if (!linter) __linters.set(uri, (linter = __createIncrementalLinter()));
  return linter.lint(text, options);
}
function __closed(uri: string) {
  __linters.delete(uri);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  if (__gcTimer) clearTimeout(__gcTimer);
  // Compacting, so that the emptied pages go back to the system; twice, as the second
  // collection can release what the first one emptied.
  __gcTimer = setTimeout(() => {
    __setV8Flags('--compact-on-every-full-gc');
    gc();
    gc();
    __setV8Flags('--no-compact-on-every-full-gc');
  }, 500);
}
`;

/** The rewritten server.ts, or why it cannot be made. */
export function rewriteServer(source) {
  const helper = LINT_HELPER.exec(source);
  if (!helper) return 'server.ts has no `private lint(text, config)` helper of the expected shape';
  const calls = source.match(OPEN_CALL)?.length ?? 0;
  if (calls === 0) return 'server.ts has no `version: document.version, … result: this.lint(text, config)`';
  if (!source.includes(ON_CLOSE)) return 'server.ts has no onClose(document)';
  let out = source.replace(OPEN_CALL, `$1__lintOpen(uri, text, ${helper[1]})`);
  out = out.replace(ON_CLOSE, `${ON_CLOSE}\n    __closed(document.uri);`);
  return `import { createIncrementalLinter as __createIncrementalLinter } from '../core/incremental';\nimport { setFlagsFromString as __setV8Flags } from 'node:v8';\n${out}\n${HELPER}`;
}

/** Builds the variant into `outfile`; returns undefined, or why it could not. */
export async function buildIncrementalServer(repo, outfile) {
  const entry = path.join(repo, 'server', 'src', 'lsp', 'main.ts');
  const serverFile = path.join(repo, 'server', 'src', 'lsp', 'server.ts');
  let source;
  try {
    source = readFileSync(serverFile, 'utf8');
  } catch {
    return 'server/src/lsp/server.ts not found';
  }
  const rewritten = rewriteServer(source);
  if (!rewritten.startsWith('import')) return rewritten;
  const esbuild = require('esbuild');
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    plugins: [
      {
        name: 'incremental-server',
        setup(build) {
          build.onLoad({ filter: /[\\/]server[\\/]src[\\/]lsp[\\/]server\.ts$/ }, () => ({ contents: rewriteServer(readFileSync(serverFile, 'utf8')), loader: 'ts' }));
        },
      },
    ],
  });
  return undefined;
}
