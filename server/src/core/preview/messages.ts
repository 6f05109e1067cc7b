/**
 * The messages between the preview webview and the extension, typed in both directions and
 * checked on receipt: a webview is a web page, so what it posts is treated as untrusted input.
 * Lines are 0-based, as in a finding's range and in `vscode.Position`.
 */

/** The id of the element that holds the preview body; the webview script replaces its content. */
export const PREVIEW_ROOT_ID = 'wijkplan-preview';

/** The webview asks the extension to reveal a line of the plan (a finding was clicked). */
export interface RevealMessage {
  type: 'reveal';
  /** 0-based line of the plan text. */
  line: number;
  /** JSON Pointer of the node, for the extension to refine the selection; may be "". */
  pointer: string;
}

/** The webview reports its scroll position, so the extension can restore it later. */
export interface ScrollReportMessage {
  type: 'scroll';
  y: number;
}

/** The webview's script has started and can receive updates. */
export interface ReadyMessage {
  type: 'ready';
}

/** What the webview posts to the extension. */
export type WebviewMessage = RevealMessage | ScrollReportMessage | ReadyMessage;

/**
 * What the webview keeps with `vscode.setState`: the extension's part (`uri`, given in the
 * page and in updates; VS Code hands it to the panel serializer after a reload) and the
 * webview's own scroll position.
 */
export interface PreviewState {
  uri?: string;
  scrollY?: number;
}

/** The extension replaces the preview's content with a new body from `renderPreviewBody`. */
export interface UpdateMessage {
  type: 'update';
  html: string;
  /** State to keep from now on (merged into what the webview keeps). */
  state?: PreviewState;
}

/** The extension asks the webview to scroll to a position it reported earlier. */
export interface ScrollToMessage {
  type: 'scroll';
  y: number;
}

/** What the extension posts to the webview. */
export type ExtensionMessage = UpdateMessage | ScrollToMessage;

/** Longest pointer accepted; real pointers are well under 200 characters. */
export const MAX_POINTER_LENGTH = 4096;
/** Largest body accepted in an update (the plan text itself is limited to 5 MB). */
export const MAX_UPDATE_LENGTH = 64 * 1024 * 1024;
/** Lines and scroll positions beyond this are not real. */
const MAX_POSITION = 100_000_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

function isPosition(value: unknown, integer: boolean): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_POSITION && (!integer || Number.isInteger(value));
}

/** True when `value` is a well-formed message from the webview; the extension checks every one. */
export function isWebviewMessage(value: unknown): value is WebviewMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'reveal':
      return (
        hasOnlyKeys(value, ['type', 'line', 'pointer']) &&
        isPosition(value.line, true) &&
        typeof value.pointer === 'string' &&
        value.pointer.length <= MAX_POINTER_LENGTH &&
        (value.pointer === '' || value.pointer.startsWith('/'))
      );
    case 'scroll':
      return hasOnlyKeys(value, ['type', 'y']) && isPosition(value.y, false);
    case 'ready':
      return hasOnlyKeys(value, ['type']);
    default:
      return false;
  }
}

/** The state when it is well-formed (unknown keys dropped), else undefined. */
export function toPreviewState(value: unknown): PreviewState | undefined {
  if (!isRecord(value)) return undefined;
  const state: PreviewState = {};
  if (value.uri !== undefined) {
    if (typeof value.uri !== 'string' || value.uri.length > MAX_POINTER_LENGTH) return undefined;
    state.uri = value.uri;
  }
  if (value.scrollY !== undefined) {
    if (!isPosition(value.scrollY, false)) return undefined;
    state.scrollY = value.scrollY;
  }
  return state;
}

/** True when `value` is a well-formed message from the extension; the webview checks every one. */
export function isExtensionMessage(value: unknown): value is ExtensionMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'update':
      return (
        hasOnlyKeys(value, ['type', 'html', 'state']) &&
        typeof value.html === 'string' &&
        value.html.length <= MAX_UPDATE_LENGTH &&
        (value.state === undefined || toPreviewState(value.state) !== undefined)
      );
    case 'scroll':
      return hasOnlyKeys(value, ['type', 'y']) && isPosition(value.y, false);
    default:
      return false;
  }
}
