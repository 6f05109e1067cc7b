// node:fs for the web suite. The web worker extension host has no disk: a file the tests read
// is one they opened in the editor, so readFileSync answers from the open documents. The
// screenshot helper only writes when WIJKPLAN_TEST_ARTIFACTS is set, which it never is here.
import * as vscode from 'vscode';

export function readFileSync(path: string): string {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.path === path || d.uri.fsPath === path);
  if (!document) throw new Error(`web suite: ${path} is not open (there is no disk in the web worker)`);
  return document.getText();
}

export function existsSync(): boolean {
  return false;
}

export function mkdirSync(): void {}

export function writeFileSync(): void {
  throw new Error('web suite: no disk in the web worker');
}
