import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { RULES } from '../../server/src/core/rules/index';
import { PLAN_TEMPLATE } from '../../server/src/core/template';
import {
  FindFilesRequest,
  ReadFileRequest,
  ScoreNotification,
  type FindFilesParams,
  type FindFilesResult,
  type ReadFileParams,
  type ReadFileResult,
  type ScoreParams,
} from '../../server/src/protocol';
import { PreviewManager } from './preview/panel';
import { ScoreStatus } from './status';

export const LANGUAGE_ID = 'wijkplan';

/** What activate returns: read-only views for tests and other extensions. */
export interface WijkplanApi {
  statusText(): string | undefined;
  previewHtml(): string | undefined;
}

/**
 * What both builds share: client options, commands, the status bar and the preview. The
 * entry points differ only in how the server is started (child process or web worker).
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
  const status = new ScoreStatus();
  const previews = new PreviewManager(context, client);
  context.subscriptions.push(output, status, previews);

  // A server without a disk (the web worker) reads the workspace through these two requests;
  // the Node server never asks, but answering is harmless and keeps both builds alike.
  client.onRequest(ReadFileRequest.method, readWorkspaceFile);
  client.onRequest(FindFilesRequest.method, findWorkspaceFiles);
  client.onNotification(ScoreNotification.method, (params: ScoreParams) => {
    status.update(params);
    previews.onScore(params);
  });

  context.subscriptions.push(
    vscode.commands.registerCommand('wijkplan.newPlan', newPlan),
    vscode.commands.registerCommand('wijkplan.showRuleDocumentation', (code?: unknown) => showRuleDocumentation(context, code)),
    vscode.commands.registerCommand('wijkplan.showPreview', (uri?: vscode.Uri) => previews.show(uri)),
    vscode.commands.registerCommand('wijkplan.restartServer', async () => {
      // The base client has no restart of its own in every build; stop and start is the same.
      await client.stop();
      await client.start();
      vscode.window.showInformationMessage(vscode.l10n.t('Wijkplan language server restarted.'));
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => status.showFor(editor?.document)),
  );
  previews.registerSerializer();
  await client.start();
  status.showFor(vscode.window.activeTextEditor?.document);
  return { statusText: () => status.text(), previewHtml: () => previews.lastHtml() };
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

async function newPlan(): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: PLAN_TEMPLATE });
  await vscode.window.showTextDocument(document);
}

/** Opens a rule's documentation from the copy that ships in the extension (works offline). */
async function showRuleDocumentation(context: vscode.ExtensionContext, code: unknown): Promise<void> {
  let chosen = typeof code === 'string' && /^WP\d{3}$/.test(code) ? code : undefined;
  if (!chosen) {
    const pick = await vscode.window.showQuickPick(
      RULES.map((rule) => ({ label: rule.code, description: rule.name, detail: vscode.env.language.startsWith('nl') ? rule.summary.nl : rule.summary.en })),
      { placeHolder: vscode.l10n.t('Which rule?') },
    );
    chosen = pick?.label;
  }
  if (!chosen) return;
  const doc = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${chosen}.md`);
  await vscode.commands.executeCommand('markdown.showPreview', doc);
}
