// The Node entry of the language server. createConnection reads the transport from the
// command line (--stdio, --node-ipc, --socket=N, --pipe=NAME), as every LSP client passes it.
import { createConnection } from 'vscode-languageserver/node';
import type { RuleDefinition } from '../core/rule';
import { RULES } from '../core/rules/index';
import { createNodeHost } from './node-host';
import { setFlagsFromString } from 'node:v8';
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

/**
 * For the robustness tests only (test/lsp/robustness.test.ts): WIJKPLAN_TEST_FAILING_RULE=1 adds
 * a rule whose check throws on a plan whose title holds WIJKPLAN_TEST_CRASH, to show that a broken
 * rule becomes a WP000 finding on that plan and a logged error, not a dead server. Read here
 * only: neither the core nor the web worker knows of it.
 */
function testRules(): readonly RuleDefinition[] | undefined {
  if (process.env.WIJKPLAN_TEST_FAILING_RULE !== '1') return undefined;
  const failing: RuleDefinition = {
    code: 'WP999',
    name: 'test-failing-rule',
    category: 'WP0',
    severity: 'error',
    summary: { nl: 'Testregel die een fout gooit.', en: 'Test rule that throws.' },
    messages: {},
    sources: [],
    rationale: { nl: 'Alleen voor tests.', en: 'For tests only.' },
    check(context) {
      const titel: unknown = context.plan.titel;
      if (typeof titel === 'string' && titel.includes('WIJKPLAN_TEST_CRASH')) throw new Error('injected failure for tests');
    },
  };
  return [...RULES, failing];
}

/**
 * After documents close, a compacting collection gives their memory back to the system, so the
 * server's footprint returns to its baseline. Only possible when Node runs with --expose-gc
 * (the extension starts the server so); otherwise V8 gives memory back in its own time.
 */
function releaseMemory(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  setFlagsFromString('--compact-on-every-full-gc');
  gc();
  gc();
  setFlagsFromString('--no-compact-on-every-full-gc');
}

startServer(connection, createNodeHost(), { rules: testRules(), releaseMemory });
