// Entry of the extension test suite in VS Code's WEB WORKER extension host (the browser build
// of the extension, as on vscode.dev / github.dev). It runs the same tests as the Node suite
// (test/vscode/suite/extension.test.ts), bundled for the browser by test/web/run-web-extension.mjs
// into out/test/web/index.js with mocha's browser build (which sets globalThis.mocha) and small
// shims for node:assert, node:fs and node:path (see shims/). The web worker has no process.env and no disk, so the
// results go, through vscode.workspace.fs, to `web-results.json` next to the workspace folder,
// where the runner reads them.
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import { defineTests } from '../../vscode/suite/extension.test';

interface Stats {
  passes: number;
  failures: number;
  pending: number;
  tests: number;
}

declare const mocha: {
  setup(options: { ui: string; reporter: unknown; timeout: number; color?: boolean }): void;
  run(done: (failures: number) => void): {
    stats?: Stats;
    on(event: string, listener: (test: { fullTitle(): string }, error?: unknown) => void): void;
  };
};

/** Quiet reporter: the lines are collected from the runner's events below. */
class SilentReporter {
  constructor(_runner: unknown) {}
}

async function writeResults(stats: Stats, output: string): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return;
  const target = vscode.Uri.joinPath(folder.uri, '..', 'web-results.json');
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(JSON.stringify({ stats, output })));
}

/** The suite's first test: that this really is the browser build, in a web worker. */
function defineHostTests(): void {
  describe('web worker extension host', () => {
    it('runs the tests and Wijkplan in a web worker, not in Node', async () => {
      const scope = globalThis as { process?: { versions?: { node?: string } }; importScripts?: unknown; WorkerGlobalScope?: unknown };
      if (scope.process?.versions?.node) throw new Error(`this is Node ${scope.process.versions.node}`);
      if (typeof scope.importScripts !== 'function' || scope.WorkerGlobalScope === undefined) throw new Error('not a web worker');
      const extension = vscode.extensions.getExtension('wijkplan.wijkplan');
      if (!extension) throw new Error('wijkplan.wijkplan is not there');
      // A remote (Node) extension host reports Workspace; the browser's own hosts report UI.
      if (extension.extensionKind !== vscode.ExtensionKind.UI) throw new Error(`extensionKind ${extension.extensionKind}, not UI`);
      await extension.activate();
      if (!extension.isActive) throw new Error('not active');
    });
  });
}

/** Runs last: the web client starts a new worker on restart, and it checks again. */
function defineRestartTests(): void {
  describe('web worker server restart', () => {
    it('"Restart language server" gives a live server in a new worker', async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) throw new Error('no workspace folder');
      const uri = vscode.Uri.joinPath(folder.uri, 'zwak.wijkplan.yaml');
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await vscode.commands.executeCommand('wijkplan.restartServer');
      const lineOf = () => vscode.languages.getDiagnostics(uri).find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'WP101')?.range.start.line;
      // Stopping the client clears its diagnostics; the new server publishes them again.
      const waitFor = async (done: () => boolean, what: string) => {
        const started = Date.now();
        while (!done()) {
          if (Date.now() - started > 20_000) throw new Error(`timed out: ${what} (WP101 on line ${lineOf()})`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      };
      await waitFor(() => lineOf() !== undefined, 'WP101 again after the restart');
      const before = lineOf()!;
      // An edit after the restart is checked by the new server: the finding moves down a line.
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '# na de herstart\n'));
      await waitFor(() => lineOf() === before + 1, `WP101 from line ${before} to ${before + 1}`);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });
  });
}

export function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: SilentReporter, timeout: 60_000, color: false });
  defineHostTests();
  defineTests();
  defineRestartTests();
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, failures, pending: 0, tests: 0 };
      lines.push(`${stats.passes} passed, ${stats.failures} failed`);
      const output = lines.join('\n');
      console.log(output);
      void writeResults(stats, output).finally(() => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    });
    runner.on('pass', (test) => lines.push(`  ✔ ${test.fullTitle()}`));
    runner.on('fail', (test, error) => lines.push(`  ✘ ${test.fullTitle()}\n    ${String((error as Error)?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`));
    runner.on('pending', (test) => lines.push(`  - ${test.fullTitle()} (pending)`));
  });
}
