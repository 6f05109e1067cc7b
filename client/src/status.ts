import * as vscode from 'vscode';
import type { ScoreParams } from '../../server/src/protocol';

/** The borging score of the active plan in the status bar; a click opens the preview. */
export class ScoreStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('wijkplan.score', vscode.StatusBarAlignment.Right, 100);
  private readonly scores = new Map<string, ScoreParams>();
  private visible = false;

  constructor() {
    this.item.name = vscode.l10n.t('Borging score');
    this.item.command = 'wijkplan.showPreview';
  }

  update(params: ScoreParams): void {
    this.scores.set(params.uri, params);
    const active = vscode.window.activeTextEditor?.document;
    if (active && active.uri.toString() === params.uri) this.showFor(active);
  }

  showFor(document: vscode.TextDocument | undefined): void {
    if (!document || document.languageId !== 'wijkplan') {
      this.item.hide();
      this.visible = false;
      return;
    }
    const params = this.scores.get(document.uri.toString());
    const overall = params?.score.overall;
    this.item.text = overall === null || overall === undefined ? '$(shield) Borging –' : `$(shield) Borging ${overall}`;
    this.item.tooltip =
      overall === null || overall === undefined
        ? vscode.l10n.t('Borging score unavailable: fix the structural errors (WP0xx) first.')
        : vscode.l10n.t('Borging score {0} of 100. Click to open the preview.', overall);
    this.item.backgroundColor =
      overall === null || overall === undefined || overall < 50 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
    this.visible = true;
  }

  /** The text shown, or undefined when hidden. */
  text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}
