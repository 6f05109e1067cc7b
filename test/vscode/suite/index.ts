// Entry of the extension test suite inside a real VS Code extension host: the same file runs
// under @vscode/test-electron (run-electron.mjs) and under code-server (run-code-server.mjs).
// The extension host's stdout is shown nowhere under code-server, so results also go to the
// file named by WIJKPLAN_TEST_RESULTS.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { defineTests } from './extension.test';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
  const lines: string[] = [];
  const resultsFile = process.env.WIJKPLAN_TEST_RESULTS;
  return new Promise((resolve, reject) => {
    // Bundled tests cannot be loaded by file name: give them mocha's globals, then define them.
    mocha.suite.emit('pre-require', globalThis, 'extension.test', mocha);
    defineTests();
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, failures, pending: 0, tests: 0 };
      lines.push(`${stats.passes} passed, ${stats.failures} failed`);
      const output = lines.join('\n');
      console.log(output);
      if (resultsFile) {
        fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
        fs.writeFileSync(resultsFile, JSON.stringify({ stats, output }));
      }
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => lines.push(`  ✔ ${test.fullTitle()}`));
    runner.on('fail', (test, error) => lines.push(`  ✘ ${test.fullTitle()}\n    ${String((error as Error)?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`));
    runner.on('pending', (test) => lines.push(`  - ${test.fullTitle()} (pending)`));
  });
}
