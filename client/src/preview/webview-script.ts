/**
 * The preview webview's one script (bundled to dist/media/preview.js, loaded with the page's
 * nonce). It turns clicks on a finding's place into a typed `reveal` message, keeps the scroll
 * position across updates and reloads (`setState`), and swaps in new bodies the extension
 * sends. Every message is checked on receipt. It imports nothing from `vscode`: a webview is a
 * plain page that gets `acquireVsCodeApi` from VS Code.
 */
import {
  isExtensionMessage,
  isWebviewMessage,
  PREVIEW_ROOT_ID,
  toPreviewState,
  type PreviewState,
  type WebviewMessage,
} from '../../../server/src/core/preview/messages';

// The project compiles without the DOM library on purpose (the core must never reach for a
// DOM), so this script declares the few browser APIs it uses.
interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: PreviewState): void;
}
interface DomElement {
  innerHTML: string;
  closest(selector: string): DomElement | null;
  getAttribute(name: string): string | null;
}
interface ClickEvent {
  target: unknown;
  preventDefault(): void;
}
declare function acquireVsCodeApi(): VsCodeApi;
declare const document: {
  getElementById(id: string): DomElement | null;
  addEventListener(type: 'click', listener: (event: ClickEvent) => void): void;
};
declare const window: {
  readonly scrollY: number;
  scrollTo(x: number, y: number): void;
  addEventListener(type: 'scroll', listener: () => void, options: { passive: boolean }): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  requestAnimationFrame(callback: () => void): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number | undefined): void;
};

/** How long scrolling must pause before the position is reported to the extension. */
const SCROLL_REPORT_DELAY_MS = 200;

const vscode = acquireVsCodeApi();
const root = document.getElementById(PREVIEW_ROOT_ID);

function pageState(): PreviewState {
  const text = root?.getAttribute('data-state');
  if (!text) return {};
  try {
    return toPreviewState(JSON.parse(text)) ?? {};
  } catch {
    return {};
  }
}

// What the page brings (the plan's uri) wins over what was kept; the kept scroll position stays.
let state: PreviewState = { ...(toPreviewState(vscode.getState()) ?? {}), ...pageState() };
vscode.setState(state);
if (state.scrollY !== undefined) window.scrollTo(0, state.scrollY);

function post(message: WebviewMessage): void {
  if (isWebviewMessage(message)) vscode.postMessage(message);
}

function isElement(value: unknown): value is DomElement {
  return typeof value === 'object' && value !== null && typeof (value as DomElement).closest === 'function';
}

document.addEventListener('click', (event) => {
  if (!isElement(event.target)) return;
  const link = event.target.closest('[data-line]');
  if (!link) return;
  event.preventDefault();
  const line = Number(link.getAttribute('data-line'));
  post({ type: 'reveal', line, pointer: link.getAttribute('data-pointer') ?? '' });
});

let frameRequested = false;
let reportTimer: number | undefined;
window.addEventListener(
  'scroll',
  () => {
    if (frameRequested) return;
    frameRequested = true;
    window.requestAnimationFrame(() => {
      frameRequested = false;
      state = { ...state, scrollY: window.scrollY };
      vscode.setState(state);
      window.clearTimeout(reportTimer);
      reportTimer = window.setTimeout(() => post({ type: 'scroll', y: window.scrollY }), SCROLL_REPORT_DELAY_MS);
    });
  },
  { passive: true },
);

window.addEventListener('message', (event) => {
  const message = event.data;
  if (!isExtensionMessage(message)) return;
  if (message.type === 'update') {
    // The body comes from the same renderer as the page, already escaped; the CSP forbids any
    // script in it all the same.
    const y = window.scrollY;
    if (root) root.innerHTML = message.html;
    window.scrollTo(0, y);
    state = { ...state, ...(message.state ? toPreviewState(message.state) : {}), scrollY: y };
    vscode.setState(state);
  } else {
    window.scrollTo(0, message.y);
  }
});

post({ type: 'ready' });
