import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ReviewRequest, sendRequestOf, type ReviewResult } from '../../server/src/protocol';
import type { ClientLanguage } from './texts';

/** The part of the built-in git extension's API (`vscode.git`, API version 1) this uses. */
interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: { readonly HEAD?: { readonly commit?: string }; onDidChange: vscode.Event<void> };
  show(ref: string, path: string): Promise<string>;
}
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
  openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
}

/**
 * "Compare with the last commit" (review.md in the editor): the open plan against its text at
 * git's HEAD, through the VS Code git extension (where it exists: not in the web extension
 * host). The server makes the change list and the page; this only fetches HEAD and shows.
 */
export class HeadReview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private lastPage: string | undefined;
  /** HEAD text per plan, with the commit it was read at. */
  private readonly headTexts = new Map<string, { commit: string | undefined; text: string | null }>();
  /** Repositories whose changes (a commit, a checkout) already clear the HEAD texts. */
  private readonly watched = new Set<GitRepository>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly language: ClientLanguage,
  ) {}

  private async git(): Promise<GitApi | undefined> {
    const extension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
    if (!extension) return undefined;
    try {
      const exports = extension.isActive ? extension.exports : await extension.activate();
      return exports.getAPI(1);
    } catch {
      return undefined;
    }
  }

  private async repositoryFor(uri: vscode.Uri): Promise<GitRepository | undefined> {
    if (uri.scheme !== 'file') return undefined;
    const git = await this.git();
    if (!git) return undefined;
    let repository = git.getRepository(uri);
    // With automatic repository detection off, the repository of the plan's folder is opened on demand.
    if (!repository && git.openRepository) {
      const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri ?? vscode.Uri.joinPath(uri, '..');
      repository = await git.openRepository(folder).catch(() => null);
      if (repository && !uri.fsPath.startsWith(repository.rootUri.fsPath)) repository = null;
    }
    if (repository && !this.watched.has(repository)) {
      this.watched.add(repository);
      this.disposables.push(repository.state.onDidChange(() => this.headTexts.clear()));
    }
    return repository ?? undefined;
  }

  /** The plan's text at HEAD, null when HEAD has no such file, undefined without git. */
  private async headText(uri: vscode.Uri): Promise<{ text: string | null; label: string } | undefined> {
    const repository = await this.repositoryFor(uri);
    if (!repository) return undefined;
    const relative = uri.fsPath.slice(repository.rootUri.fsPath.length + 1).replace(/\\/g, '/');
    const commit = repository.state.HEAD?.commit;
    const cached = this.headTexts.get(uri.toString());
    if (cached && cached.commit === commit) return { text: cached.text, label: `HEAD:${relative}` };
    const text = await repository.show('HEAD', uri.fsPath).catch(() => null);
    this.headTexts.set(uri.toString(), { commit, text });
    return { text, label: `HEAD:${relative}` };
  }

  /** The counts for the status bar, or undefined when there is nothing to compare with. */
  async counts(document: vscode.TextDocument): Promise<ReviewResult | undefined> {
    const head = await this.headText(document.uri).catch(() => undefined);
    if (!head || head.text === null) return undefined;
    if (head.text === document.getText()) return { weaker: 0, accepted: 0, stronger: 0, neutral: 0, lang: this.language.lang };
    const result = await sendRequestOf(this.client, ReviewRequest, { uri: document.uri.toString(), baseText: head.text, baseLabel: head.label }).catch(() => null);
    return result ?? undefined;
  }

  /** The command: the review page of the active plan against HEAD, in a webview without script. */
  async show(target?: vscode.Uri): Promise<void> {
    const document = target instanceof vscode.Uri ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'wijkplan') {
      vscode.window.showInformationMessage(this.language.t('openPlanFirst'));
      return;
    }
    const head = await this.headText(document.uri).catch(() => undefined);
    if (!head) {
      vscode.window.showInformationMessage(this.language.t('noGit'));
      return;
    }
    if (head.text === null) {
      vscode.window.showInformationMessage(this.language.t('notInHead'));
      return;
    }
    const result = await sendRequestOf(this.client, ReviewRequest, { uri: document.uri.toString(), baseText: head.text, baseLabel: head.label, page: true });
    if (!result?.page) return;
    this.language.set(result.lang);
    if (!this.panel) {
      // The page is the standalone review page: it needs no script, so the webview allows none.
      this.panel = vscode.window.createWebviewPanel('wijkplan.review', '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, enableCommandUris: false, localResourceRoots: [] });
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    this.panel.title = this.language.t('reviewTitle');
    this.panel.webview.html = result.page;
    this.lastPage = result.page;
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  /** The page last shown (for tests). */
  page(): string | undefined {
    return this.panel ? this.lastPage : undefined;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
