/**
 * The custom part of the protocol between the Wijkplan client and server, typed once and
 * imported by both. Method names with their parameter and result types, and two tiny typed
 * helpers; no LSP library and no engine code, so the Node client, the browser client, the
 * servers and the tests all share it, and the client bundles stay thin.
 */
import type { Lang, Score } from './core/types';

/**
 * A request typed at both ends: `sendRequestOf` only accepts its params and resolves to its
 * result, `onRequestOf` only registers a handler of that shape. The phantom member carries the
 * types; at run time a request is its method name and nothing else.
 */
export interface ProtocolRequest<P, R> {
  readonly method: string;
  readonly __types?: (params: P) => R;
}

/** A notification typed at both ends, like `ProtocolRequest`. */
export interface ProtocolNotification<P> {
  readonly method: string;
  readonly __params?: (params: P) => void;
}

export function defineRequest<P, R>(method: string): ProtocolRequest<P, R> {
  return { method };
}

export function defineNotification<P>(method: string): ProtocolNotification<P> {
  return { method };
}

/** What both `BaseLanguageClient` and the server's `Connection` offer for sending. */
interface RequestSender {
  sendRequest(method: string, params: unknown): Promise<unknown>;
}
/** What both `BaseLanguageClient` and the server's `Connection` offer for receiving. */
interface RequestReceiver {
  // The LSP libraries type handler arguments loosely (`any`); the typed wrappers narrow them.
  onRequest(method: string, handler: (params: any, token: any) => any): unknown;
}
interface NotificationSender {
  sendNotification(method: string, params: unknown): Promise<void> | void;
}
interface NotificationReceiver {
  onNotification(method: string, handler: (params: any) => void): unknown;
}

export function sendRequestOf<P, R>(sender: RequestSender, request: ProtocolRequest<P, R>, params: P): Promise<R> {
  return sender.sendRequest(request.method, params) as Promise<R>;
}

export function onRequestOf<P, R, T = unknown>(
  receiver: RequestReceiver,
  request: ProtocolRequest<P, R>,
  handler: (params: P, token: T) => R | Promise<R>,
): void {
  receiver.onRequest(request.method, handler);
}

export function sendNotificationOf<P>(sender: NotificationSender, notification: ProtocolNotification<P>, params: P): Promise<void> {
  return Promise.resolve(sender.sendNotification(notification.method, params));
}

export function onNotificationOf<P>(receiver: NotificationReceiver, notification: ProtocolNotification<P>, handler: (params: P) => void): void {
  receiver.onNotification(notification.method, handler);
}

/** Server -> client notification after every validation of a plan (open or not). */
export const ScoreNotification = defineNotification<ScoreParams>('wijkplan/score');

export interface ScoreParams {
  uri: string;
  /** The document version the score belongs to; null for a plan that is not open. */
  version: number | null;
  score: Score;
  /** The language the server chose (see `LanguageNotification`), so the status bar follows it. */
  lang: Lang;
}

/**
 * Server -> client notification: the language every Wijkplan text is shown in. The server
 * alone decides it, from the `wijkplan.language` setting and the client's locale, and tells
 * the client once after start and again whenever it changes; the preview, the status bar and
 * the client's own messages follow it, so no part of the extension decides differently.
 */
export const LanguageNotification = defineNotification<LanguageParams>('wijkplan/language');

export interface LanguageParams {
  lang: Lang;
  /** The category names (WP1 "Continuïteit" …) in that language, for the status bar's tooltip. */
  categoryNames: Record<string, string>;
}

/** Client -> server request: the score of a plan the server knows, or null. */
export const GetScoreRequest = defineRequest<GetScoreParams, GetScoreResult>('wijkplan/getScore');

export interface GetScoreParams {
  uri: string;
}

export type GetScoreResult = Score | null;

/**
 * Client -> server request: the plan rendered for the preview panel, or null. The server
 * renders in its own language. With `shell`, it also returns the whole webview document
 * around the body (the client has the nonce and the webview's URIs, the server the page), so
 * the client carries no renderer and no style sheet.
 */
export const PreviewRequest = defineRequest<PreviewParams, PreviewResult>('wijkplan/preview');

export interface PreviewParams {
  uri: string;
  shell?: PreviewShellParams;
}

export interface PreviewShellParams {
  /** A fresh random value per page load (at least 16 base64 or hex characters). */
  nonce: string;
  /** `webview.cspSource`. */
  cspSource: string;
  /** `webview.asWebviewUri(...)` of dist/media/preview.js. */
  scriptUri: string;
  /** Kept by the webview with `setState`, handed back to the panel serializer after a reload. */
  state?: { uri: string };
}

export type PreviewResult = {
  /** The preview body (what the webview swaps in on an update). */
  html: string;
  title: string;
  lang: Lang;
  /** The whole webview document, when `shell` was asked for. */
  page?: string;
} | null;

/**
 * Client -> server request: how an open plan differs from an earlier version of it (the editor
 * sends the text at git's HEAD): the review.md change list counted by effect, and with
 * `page` the review page (the standalone page `wijkplan diff --format html` writes, no script).
 * Null when the plan is not open.
 */
export const ReviewRequest = defineRequest<ReviewParams, ReviewResult>('wijkplan/review');

export interface ReviewParams {
  uri: string;
  /** The earlier version's text. */
  baseText: string;
  /** How the page names the earlier version, e.g. `HEAD:plannen/oost.wijkplan.yaml`. */
  baseLabel: string;
  page?: boolean;
}

export type ReviewResult = {
  weaker: number;
  /** Weaker changes accepted with `# wijkplan-accept KIND -- reden` (also counted in `weaker`). */
  accepted: number;
  stronger: number;
  neutral: number;
  lang: Lang;
  page?: string;
} | null;

/** Client -> server request: the rules for the "show rule documentation" pick list. */
export const RuleListRequest = defineRequest<RuleListParams, RuleListResult>('wijkplan/rules');

export type RuleListParams = Record<string, never>;

/** Null only when the server failed to answer (it logs why). */
export type RuleListResult = Array<{ code: string; name: string; summary: string }> | null;

/** Client -> server request: the text of a new plan ("New plan"), the same skeleton as `wijkplan init`. */
export const NewPlanRequest = defineRequest<NewPlanParams, NewPlanResult>('wijkplan/newPlan');

export type NewPlanParams = Record<string, never>;

/** Null only when the server failed to answer (it logs why). */
export type NewPlanResult = { content: string } | null;

/**
 * Server -> client requests that give a server without a disk (the web worker) access to
 * the workspace through the client (`vscode.workspace.fs` / `findFiles`). A client that does
 * not implement them answers MethodNotFound; the server then only sees open documents.
 */
export const ReadFileRequest = defineRequest<ReadFileParams, ReadFileResult>('wijkplan/readFile');

export interface ReadFileParams {
  uri: string;
}

/** The file's text, or null when it does not exist or cannot be read. */
export type ReadFileResult = string | null;

export const FindFilesRequest = defineRequest<FindFilesParams, FindFilesResult>('wijkplan/findFiles');

export interface FindFilesParams {
  /** The workspace folder to search. */
  folderUri: string;
  /** Glob relative to the folder, e.g. `**\/*.wijkplan.{yaml,yml}`. */
  include: string;
  /** Glob of what to skip, e.g. `**\/{node_modules,.*}/**`. */
  exclude: string;
}

export type FindFilesResult = string[];

/** The `code` of a diagnostic about a configuration file (`.wijkplanrc.yaml` / `.json`). */
export const CONFIG_DIAGNOSTIC_CODE = 'WP-config';

/** The `code` of a diagnostic about a suppressions file (`wijkplan-suppressions.json`). */
export const SUPPRESSIONS_DIAGNOSTIC_CODE = 'WP-suppressions';

/** The `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'wijkplan';


/** The settings under `wijkplan.*`, as `workspace/configuration` returns them. */
export interface WijkplanSettings {
  /** Message language: the client's locale (`auto`), or always Dutch or English. */
  language?: 'auto' | 'nl' | 'en';
  /** The preset (`extends`); a `.wijkplanrc` file that sets one wins. */
  preset?: 'aanbevolen' | 'streng';
  /** Severity per rule code; a `.wijkplanrc` file wins where it sets the same code. */
  rules?: Record<string, 'error' | 'warning' | 'info' | 'off'>;
  /** Thresholds (drempels); a `.wijkplanrc` file wins where it sets the same one. */
  thresholds?: Record<string, number>;
  trace?: { server?: 'off' | 'messages' | 'verbose' };
}

/** The `data` of each diagnostic, handed back in code action requests. */
export interface DiagnosticData {
  pointer: string;
}
