import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import {
  FindFilesRequest,
  LanguageNotification,
  NewPlanRequest,
  onNotificationOf,
  onRequestOf,
  ReadFileRequest,
  RuleListRequest,
  ScoreNotification,
  sendRequestOf,
  type FindFilesParams,
  type FindFilesResult,
  type ReadFileParams,
  type ReadFileResult,
} from '../../server/src/protocol';
import { PreviewManager } from './preview/panel';
import { HeadReview } from './review';
import { ScoreStatus } from './status';
import { ClientLanguage } from './texts';

export const LANGUAGE_ID = 'wijkplan';

/** What activate returns: read-only views for tests and other extensions. */
export interface WijkplanApi {
  statusText(): string | undefined;
  statusTooltip(): string | undefined;
  previewHtml(): string | undefined;
  /** The review page "Compare with the last commit" shows, while it is open. */
  reviewHtml(): string | undefined;
  /** The language the server chose, as the client follows it. */
  language(): string;
}

/**
 * What both builds share: client options, commands, the status bar and the preview. The
 * entry points differ only in how the server is started (child process or web worker).
 * The client is thin on purpose: it renders nothing and decides nothing about plans or
 * language; it asks the server (typed requests in server/src/protocol.ts) and shows the
 * answer. esbuild.js fails the build when a client bundle contains the engine.
 */
export async function activateCommon(
  context: vscode.ExtensionContext,
  createClient: (options: LanguageClientOptions) => BaseLanguageClient,
): Promise<WijkplanApi> {
  const output = vscode.window.createOutputChannel('Wijkplan', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    synchronize: {
      configurationSection: 'wijkplan',
    },
    outputChannel: output,
    traceOutputChannel: output,
  };
  const client = createClient(clientOptions);
  const language = new ClientLanguage(vscode.env.language);
  const status = new ScoreStatus(language);
  const previews = new PreviewManager(context, client, language);
  const review = new HeadReview(client, language);
  context.subscriptions.push(output, status, previews, review);

  // "N zwakker" beside the score while the active plan differs from HEAD in a weakening way.
  const refreshWeaker = async (document: vscode.TextDocument | undefined): Promise<void> => {
    if (!document || document.languageId !== LANGUAGE_ID) return;
    const counts = await review.counts(document).catch(() => undefined);
    status.setWeaker(document.uri.toString(), counts ? counts.weaker - counts.accepted : undefined);
  };

  // A server without a disk (the web worker) reads the workspace through these two requests;
  // the Node server never asks, but answering is harmless and keeps both builds alike.
  onRequestOf(client, ReadFileRequest, readWorkspaceFile);
  onRequestOf(client, FindFilesRequest, findWorkspaceFiles);
  onNotificationOf(client, LanguageNotification, (params) => {
    status.setCategoryNames(params.categoryNames);
    language.set(params.lang);
  });
  onNotificationOf(client, ScoreNotification, (params) => {
    language.set(params.lang);
    status.update(params);
    previews.onScore(params);
    const active = vscode.window.activeTextEditor?.document;
    if (active?.uri.toString() === params.uri) void refreshWeaker(active);
  });

  context.subscriptions.push(
    vscode.commands.registerCommand('wijkplan.newPlan', () => newPlan(client, language)),
    vscode.commands.registerCommand('wijkplan.showRuleDocumentation', (code?: unknown) => showRuleDocumentation(context, client, language, code)),
    vscode.commands.registerCommand('wijkplan.showPreview', (uri?: vscode.Uri) => previews.show(uri)),
    vscode.commands.registerCommand('wijkplan.compareWithHead', (uri?: vscode.Uri) => review.show(uri)),
    vscode.commands.registerCommand('wijkplan.restartServer', async () => {
      // The base client has no restart of its own in every build; stop and start is the same.
      await client.stop();
      await client.start();
      vscode.window.showInformationMessage(language.t('serverRestarted'));
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      status.showFor(editor?.document);
      void refreshWeaker(editor?.document);
    }),
  );
  previews.registerSerializer();
  await client.start();
  status.showFor(vscode.window.activeTextEditor?.document);
  return {
    statusText: () => status.text(),
    statusTooltip: () => status.tooltipText(),
    previewHtml: () => previews.lastHtml(),
    reviewHtml: () => review.page(),
    language: () => language.lang,
  };
}

async function readWorkspaceFile(params: ReadFileParams): Promise<ReadFileResult> {
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.parse(params.uri));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

async function findWorkspaceFiles(params: FindFilesParams): Promise<FindFilesResult> {
  const folder = vscode.Uri.parse(params.folderUri);
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, params.include), params.exclude || undefined);
  return found.map((uri) => uri.toString());
}

/** "New plan": the server's skeleton (the one `wijkplan init` writes) in an untitled editor. */
async function newPlan(client: BaseLanguageClient, language: ClientLanguage): Promise<void> {
  const answer = await sendRequestOf(client, NewPlanRequest, {}).catch(() => null);
  if (!answer) {
    vscode.window.showErrorMessage(language.t('serverUnavailable'));
    return;
  }
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: answer.content });
  await vscode.window.showTextDocument(document);
}

/** Opens a rule's documentation from the copy that ships in the extension (works offline). */
async function showRuleDocumentation(context: vscode.ExtensionContext, client: BaseLanguageClient, language: ClientLanguage, code: unknown): Promise<void> {
  let chosen = typeof code === 'string' && /^WP\d{3}$/.test(code) ? code : undefined;
  if (!chosen) {
    const rules = await sendRequestOf(client, RuleListRequest, {}).catch(() => null);
    if (!rules) {
      vscode.window.showErrorMessage(language.t('serverUnavailable'));
      return;
    }
    const pick = await vscode.window.showQuickPick(
      rules.map((rule) => ({ label: rule.code, description: rule.name, detail: rule.summary })),
      { placeHolder: language.t('whichRule') },
    );
    chosen = pick?.label;
  }
  if (!chosen) return;
  const doc = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${chosen}.md`);
  await vscode.commands.executeCommand('markdown.showPreview', doc);
}
