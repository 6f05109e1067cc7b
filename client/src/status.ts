import * as vscode from 'vscode';
import type { ScoreParams } from '../../server/src/protocol';
import type { ClientLanguage } from './texts';

/**
 * The borging score of the active plan in the status bar; a click opens the preview. The
 * tooltip lists the score per category (WP1 … WP8, named by the server in its language).
 */
export class ScoreStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('wijkplan.score', vscode.StatusBarAlignment.Right, 100);
  private readonly scores = new Map<string, ScoreParams>();
  /** Weaker changes since git's HEAD per plan (review.md), shown beside the score when > 0. */
  private readonly weaker = new Map<string, number>();
  private categoryNames: Record<string, string> = {};
  private visible = false;
  private shown: vscode.TextDocument | undefined;

  constructor(private readonly language: ClientLanguage) {
    this.item.name = language.t('scoreName');
    this.item.command = 'wijkplan.showPreview';
    language.onChange(() => {
      this.item.name = language.t('scoreName');
      this.showFor(this.shown);
    });
  }

  setCategoryNames(names: Record<string, string>): void {
    this.categoryNames = names;
    this.showFor(this.shown);
  }

  setWeaker(uri: string, count: number | undefined): void {
    if (count === undefined || count === 0) this.weaker.delete(uri);
    else this.weaker.set(uri, count);
    if (this.shown?.uri.toString() === uri) this.showFor(this.shown);
  }

  update(params: ScoreParams): void {
    this.scores.set(params.uri, params);
    const active = vscode.window.activeTextEditor?.document;
    if (active && active.uri.toString() === params.uri) this.showFor(active);
  }

  showFor(document: vscode.TextDocument | undefined): void {
    this.shown = document;
    if (!document || document.languageId !== 'wijkplan') {
      this.item.hide();
      this.visible = false;
      return;
    }
    const t = this.language.t.bind(this.language);
    const params = this.scores.get(document.uri.toString());
    const overall = params?.score.overall;
    const known = overall !== null && overall !== undefined;
    const weaker = this.weaker.get(document.uri.toString());
    this.item.text = `$(shield) ${t('scoreLabel')} ${known ? overall : '–'}${weaker ? ` · ${t('weakerCount', weaker)}` : ''}`;
    this.item.tooltip = known ? this.tooltip(params!, weaker) : t('scoreUnavailable');
    this.item.backgroundColor = !known || overall < 50 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
    this.visible = true;
  }

  private tooltip(params: ScoreParams, weaker: number | undefined): vscode.MarkdownString {
    const t = this.language.t.bind(this.language);
    const lines = [`${t('scoreOf', params.score.overall ?? '–')}`, '', t('categories'), ''];
    for (const [category, value] of Object.entries(params.score.categories)) {
      const name = this.categoryNames[category];
      lines.push(`- ${category}${name ? ` ${name}` : ''}: ${value ?? '–'}`);
    }
    if (weaker) lines.push('', t('weakerTooltip', weaker));
    lines.push('', t('openPreview'));
    const tooltip = new vscode.MarkdownString(lines.join('\n'));
    tooltip.supportHtml = false;
    tooltip.isTrusted = false;
    return tooltip;
  }

  /** The text shown, or undefined when hidden. */
  text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  /** The tooltip shown as plain text, or undefined when hidden (for tests). */
  tooltipText(): string | undefined {
    if (!this.visible) return undefined;
    const tooltip = this.item.tooltip;
    return typeof tooltip === 'string' ? tooltip : tooltip?.value;
  }

  dispose(): void {
    this.item.dispose();
  }
}
