/**
 * Whole HTML documents around the preview body: a standalone page (one self-contained file,
 * no script at all, readable offline and on paper) and the VS Code webview page (one nonce'd
 * script and style, theme-aware). Both use the same body and the same style sheet.
 */
import { html, trusted } from './html';
import type { Lang } from '../types';
import { LABELS } from './i18n';
import type { PreviewState } from './messages';
import { PREVIEW_ROOT_ID, renderPreviewBody, type PreviewInput } from './render';
import { previewCss } from './style';

export interface WebviewPageOptions {
  /** A fresh random value per page load; it allows exactly the one style element and the one script. */
  nonce: string;
  /** `webview.cspSource`: where the webview may load the script and an optional style sheet from. */
  cspSource: string;
  /** `webview.asWebviewUri(...)` of the bundled webview script (dist/media/preview.js). */
  scriptUri: string;
  /** An extra style sheet (e.g. the user's overrides); the built-in style is always inline. */
  styleUri?: string;
}

/** The standalone page's policy: nothing but its own inline style and data: images. */
export const STANDALONE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The webview's policy: the nonce'd style and script only; no inline code, no eval. */
export function webviewCsp(nonce: string, cspSource: string): string {
  return `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource} data:; base-uri 'none'; form-action 'none'`;
}

function documentTitle(input: PreviewInput): string {
  const title = input.result.plan?.titel;
  const prefix = LABELS[input.lang === 'en' ? 'en' : 'nl'].documentTitle;
  return title ? `${title} — ${prefix}` : `${input.fileName} — ${prefix}`;
}

/**
 * The self-contained document every standalone page uses (the preview, the review page): the
 * CSP that allows no script and no request, the style inline, the body in the preview root.
 */
export function standaloneDocument(opts: { lang: Lang; title: string; css: string; bodyClass: string; body: string }): string {
  return html`<!DOCTYPE html>
<html lang="${opts.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${STANDALONE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>${opts.title}</title>
<style>${trusted(opts.css)}</style>
</head>
<body class="${opts.bodyClass}">
<div id="${PREVIEW_ROOT_ID}">${trusted(opts.body)}</div>
</body>
</html>
`.value;
}

/** One self-contained HTML document; it needs no script to be read, and allows none. */
export function renderStandalonePage(input: PreviewInput): string {
  const lang = input.lang === 'en' ? 'en' : 'nl';
  return standaloneDocument({ lang, title: documentTitle(input), css: previewCss('standalone'), bodyClass: 'standalone', body: renderPreviewBody(input, { links: false }) });
}

// A nonce is base64 or hex; a CSP source is a scheme/host expression. Anything else could
// widen the policy (a `;` starts a new directive), so it is refused rather than escaped.
const NONCE_PATTERN = /^[A-Za-z0-9+/_=-]{16,}$/;
// VS Code's cspSource is one or more source expressions, e.g. `https://*.vscode-cdn.net` or `'self'`.
const CSP_SOURCE_PATTERN = /^[A-Za-z0-9.*:/+_'-]+( [A-Za-z0-9.*:/+_'-]+)*$/;

export interface WebviewShellOptions extends WebviewPageOptions {
  lang: Lang;
  /** Kept by the webview with `setState` (VS Code gives it to the panel serializer after a reload). */
  state?: PreviewState;
  /** The document title; the panel's own title is set by the extension. */
  title?: string;
}

/**
 * The webview document around a body that `renderPreviewBody` made (e.g. in the language
 * server): strict CSP, one style and one script with the nonce, theme from VS Code.
 */
export function renderWebviewShell(body: string, opts: WebviewShellOptions): string {
  if (!NONCE_PATTERN.test(opts.nonce)) throw new Error('renderWebviewShell: the nonce must be at least 16 base64 characters');
  if (!CSP_SOURCE_PATTERN.test(opts.cspSource)) throw new Error('renderWebviewShell: cspSource is not a CSP source expression');
  const lang = opts.lang === 'en' ? 'en' : 'nl';
  const state = opts.state ? JSON.stringify(opts.state) : '';
  return html`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${webviewCsp(opts.nonce, opts.cspSource)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title ?? LABELS[lang].documentTitle}</title>
<style nonce="${opts.nonce}">${trusted(previewCss('webview'))}</style>
${opts.styleUri ? html`<link rel="stylesheet" nonce="${opts.nonce}" href="${opts.styleUri}">` : ''}
</head>
<body>
<div id="${PREVIEW_ROOT_ID}"${state ? html` data-state="${state}"` : ''}>${trusted(body)}</div>
<script nonce="${opts.nonce}" src="${opts.scriptUri}"></script>
</body>
</html>
`.value;
}

/** The webview document for a lint result: `renderWebviewShell` around `renderPreviewBody`. */
export function renderWebviewPage(input: PreviewInput, opts: WebviewPageOptions & { state?: PreviewState }): string {
  return renderWebviewShell(renderPreviewBody(input, { links: true }), { ...opts, lang: input.lang, title: documentTitle(input) });
}
