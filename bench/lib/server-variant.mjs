// A bench-only build of our language server that lints open documents with one incremental
// linter per document, made by rewriting three lines of server/src/lsp/server.ts while
// bundling (the repository is not touched). It shows what the server gets once it uses
// createIncrementalLinter itself; when those lines change shape, the variant is skipped.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);

const REWRITES = [
  // validateOpen
  ['{ version: document.version, generation, result: lint(text, { config }),', '{ version: document.version, generation, result: __lintOpen(uri, text, config),'],
  // openAnalysis
  ['{ version: document.version, generation: this.generation, result: lint(text, { config }),', '{ version: document.version, generation: this.generation, result: __lintOpen(uri, text, config),'],
  // didClose
  ['this.lastGood.delete(document.uri);', '__linters.delete(document.uri); this.lastGood.delete(document.uri);'],
];

const HELPER = `
const __linters = new Map<string, ReturnType<typeof __createIncrementalLinter>>();
function __lintOpen(uri: string, text: string, config: any) {
  let linter = __linters.get(uri);
  if (!linter) __linters.set(uri, (linter = __createIncrementalLinter()));
  return linter.lint(text, { config });
}
`;

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
  for (const [from] of REWRITES) if (!source.includes(from)) return `server.ts no longer has: ${from}`;
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
          build.onLoad({ filter: /[\\/]server[\\/]src[\\/]lsp[\\/]server\.ts$/ }, () => {
            let contents = readFileSync(serverFile, 'utf8');
            for (const [from, to] of REWRITES) contents = contents.split(from).join(to);
            contents = `import { createIncrementalLinter as __createIncrementalLinter } from '../core/incremental';\n${contents}\n${HELPER}`;
            return { contents, loader: 'ts' };
          });
        },
      },
    ],
  });
  return undefined;
}
