import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
// The webview's message guards are the one piece of the core the client carries: a pure,
// dependency-free module the webview script shares (the bundle check allows exactly it).
import { isWebviewMessage, type ExtensionMessage } from '../../../server/src/core/preview/messages';
import { PreviewRequest, sendRequestOf, type PreviewParams, type ScoreParams } from '../../../server/src/protocol';
import type { ClientLanguage } from '../texts';

const VIEW_TYPE = 'wijkplan.preview';

interface PanelState {
  uri: string;
}

/**
 * The preview beside the editor: one panel that follows the active plan, re-rendered by the
 * server after each validation (so it updates as you type without a debounce of its own),
 * restored after a reload by a serializer.
 */
export class PreviewManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private rendering = false;
  private lastBody: string | undefined;
  /** Set when the webview's script has started under the CSP and said so. */
  private webviewReady = false;
  private dirty = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: BaseLanguageClient,
    private readonly language: ClientLanguage,
  ) {
    // The server chose another language (the setting changed): the whole page follows.
    language.onChange(() => void this.refresh(true));
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor?.document.languageId === 'wijkplan' && editor.document.uri.toString() !== this.uri?.toString()) {
          this.uri = editor.document.uri;
          void this.refresh();
        }
      }),
    );
  }

  registerSerializer(): void {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
        deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => {
          const uri = state && typeof (state as PanelState).uri === 'string' ? vscode.Uri.parse((state as PanelState).uri) : undefined;
          this.adopt(panel, uri);
          await this.refresh(true);
        },
      }),
    );
  }

  async show(target?: vscode.Uri): Promise<void> {
    const uri = target instanceof vscode.Uri ? target : this.activePlanUri();
    if (!uri) {
      vscode.window.showInformationMessage(this.language.t('openPlanFirst'));
      return;
    }
    this.uri = uri;
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      const panel = vscode.window.createWebviewPanel(VIEW_TYPE, this.language.t('previewTitle'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.webviewOptions());
      this.adopt(panel, uri);
    }
    await this.refresh(true);
  }

  /** The server validated a document: refresh when it is the one shown. */
  onScore(params: ScoreParams): void {
    if (this.panel && this.uri && params.uri === this.uri.toString()) void this.refresh();
  }

  private activePlanUri(): vscode.Uri | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === 'wijkplan' ? document.uri : this.uri;
  }

  private webviewOptions(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'media')],
    };
  }

  private adopt(panel: vscode.WebviewPanel, uri: vscode.Uri | undefined): void {
    this.panel = panel;
    this.uri = uri ?? this.uri;
    panel.webview.options = this.webviewOptions();
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'icon.png');
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message));
  }

  /** Renders the current plan; a refresh asked for while one runs is done once afterwards. */
  private async refresh(full = false): Promise<void> {
    if (!this.panel || !this.uri) return;
    if (this.rendering) {
      this.dirty = true;
      return;
    }
    this.rendering = true;
    try {
      do {
        this.dirty = false;
        const panel: vscode.WebviewPanel = this.panel;
        const uri: vscode.Uri = this.uri;
        const state: PanelState = { uri: uri.toString() };
        const wholePage = full || !panel.webview.html;
        const params: PreviewParams = { uri: uri.toString(), shell: wholePage ? this.shell(panel.webview, state) : undefined };
        const rendered = await sendRequestOf(this.client, PreviewRequest, params);
        if (!rendered || !this.panel || panel !== this.panel) return;
        this.language.set(rendered.lang);
        this.lastBody = rendered.html;
        panel.title = `${this.language.t('preview')}: ${rendered.title}`;
        if (wholePage && rendered.page) {
          this.webviewReady = false;
          panel.webview.html = rendered.page;
        } else {
          const message: ExtensionMessage = { type: 'update', html: rendered.html, state };
          await panel.webview.postMessage(message);
        }
      } while (this.dirty);
    } catch (error) {
      this.client.error('Preview failed', error);
    } finally {
      this.rendering = false;
    }
  }

  /** What the server needs to render the whole webview document: a fresh nonce and the webview's URIs. */
  private shell(webview: vscode.Webview, state: PanelState): PreviewParams['shell'] {
    const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'media', 'preview.js')).toString();
    return { nonce: createNonce(), cspSource: webview.cspSource, scriptUri, state };
  }

  /** Messages from the webview are checked before use: only a reveal of a line in range. */
  private async onMessage(message: unknown): Promise<void> {
    if (!isWebviewMessage(message) || !this.uri) return;
    if (message.type === 'ready') {
      this.webviewReady = true;
      return;
    }
    if (message.type !== 'reveal') return;
    const document = await vscode.workspace.openTextDocument(this.uri);
    const line = Math.min(Math.max(0, Math.floor(message.line)), document.lineCount - 1);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    const position = new vscode.Position(line, document.lineAt(line).firstNonWhitespaceCharacterIndex);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** The body last rendered into the panel, once the webview has loaded it. */
  lastHtml(): string | undefined {
    return this.panel && this.webviewReady ? this.lastBody : undefined;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** A nonce from a cryptographic random source (Web Crypto exists in Node 20 and in browsers). */
function createNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  let text = '';
  for (const byte of bytes) text += byte.toString(16).padStart(2, '0');
  return text;
}
