/**
 * The preview's style sheet, shared by the standalone page and the webview. The layout uses
 * only `--wp-*` variables; each page supplies them: the standalone page from two palettes
 * (light, dark via `prefers-color-scheme`, light again for print), the webview from VS Code's
 * theme variables with the palettes as fallbacks. Charts take their colours from classes, so
 * they follow the theme without any style attribute.
 */

type Palette = Record<string, string>;

const LIGHT: Palette = {
  bg: '#ffffff',
  fg: '#1f2328',
  muted: '#57606a',
  border: '#d0d7de',
  surface: '#f6f8fa',
  accent: '#0a58ca',
  danger: '#b3261e',
  'danger-bg': '#fdeceb',
  warn: '#875200',
  'warn-bg': '#fff3d6',
  info: '#0b5cad',
  'info-bg': '#e6f0fb',
  ok: '#1a7f37',
  'ok-bg': '#e5f4e9',
  struct: '#1b7f5b',
  incid: '#e39b2d',
  result: '#7b5cc4',
  unknown: '#8c959f',
  bar: '#51677d',
  'bar-text': '#ffffff',
  plan: '#d7e5f7',
  'plan-text': '#0a3a75',
  period: 'rgba(10, 88, 202, 0.05)',
  grid: '#edf0f3',
  'grid-major': '#d3d9df',
  'hatch-bg': '#fde1de',
  'hatch-line': '#c62828',
  budget: '#1f2328',
  decision: '#1f2328',
  baseline: '#b35900',
};

const DARK: Palette = {
  bg: '#0d1117',
  fg: '#e6edf3',
  muted: '#9ea7b3',
  border: '#3d444d',
  surface: '#161b22',
  accent: '#58a6ff',
  danger: '#ff8078',
  'danger-bg': '#3b1618',
  warn: '#e3b341',
  'warn-bg': '#3a2c0a',
  info: '#79c0ff',
  'info-bg': '#0c2d4d',
  ok: '#56d364',
  'ok-bg': '#11301b',
  struct: '#34b286',
  incid: '#e0a948',
  result: '#a48cf0',
  unknown: '#6e7681',
  bar: '#7d92a8',
  'bar-text': '#0d1117',
  plan: '#1b3358',
  'plan-text': '#d4e5ff',
  period: 'rgba(88, 166, 255, 0.07)',
  grid: '#1b222b',
  'grid-major': '#2f3742',
  'hatch-bg': '#4a1a1a',
  'hatch-line': '#ff8078',
  budget: '#e6edf3',
  decision: '#e6edf3',
  baseline: '#f0883e',
};

function declarations(palette: Palette, prefix: string): string {
  return Object.entries(palette)
    .map(([name, value]) => `${prefix}${name}: ${value};`)
    .join(' ');
}

/** The layout and components; every colour is a `--wp-*` variable. */
export const PREVIEW_BASE_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--wp-bg); color: var(--wp-fg); font-family: var(--wp-font); font-size: var(--wp-font-size); line-height: 1.5; }
.wp { max-width: 1120px; margin: 0 auto; padding: 20px 28px 48px; }
.vh { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
svg.defs { position: absolute; width: 0; height: 0; overflow: hidden; }
a { color: var(--wp-accent); }
a:focus-visible, summary:focus-visible, .table-wrap:focus-visible, .chart:focus-visible { outline: 2px solid var(--wp-focus, var(--wp-accent)); outline-offset: 2px; border-radius: 3px; }
code, .id { font-family: var(--wp-mono); font-size: 0.85em; }
code.id { color: var(--wp-muted); background: var(--wp-surface); border: 1px solid var(--wp-border); border-radius: 4px; padding: 0 4px; overflow-wrap: anywhere; }
h1, h2, h3 { line-height: 1.25; margin: 0; }
h1 { font-size: 1.9rem; font-weight: 700; overflow-wrap: anywhere; }
h2 { font-size: 1.3rem; padding-bottom: 6px; margin-bottom: 12px; border-bottom: 1px solid var(--wp-border); }
h3 { font-size: 1.05rem; margin: 18px 0 8px; overflow-wrap: anywhere; }
p { margin: 0 0 10px; }
.muted { color: var(--wp-muted); }
.small { font-size: 0.85rem; }
.warn-text { color: var(--wp-danger); }
.ph { border: 1px dashed var(--wp-warn); background: var(--wp-warn-bg); color: var(--wp-fg); border-radius: 3px; padding: 0 0.3em; overflow-wrap: anywhere; }
.ph-label { color: var(--wp-fg); font-size: 0.8em; font-weight: 600; font-style: normal; text-transform: lowercase; }
.ph-text { font-style: italic; }
.ph-summary { margin: 6px 0 0; font-weight: 600; }
.ph-summary a { color: var(--wp-fg); }
.ok-text { color: var(--wp-ok); font-weight: 600; }
.empty { color: var(--wp-muted); font-style: italic; }
.intro { color: var(--wp-muted); max-width: 80ch; }

.plan-header { padding: 8px 0 4px; }
.eyebrow { color: var(--wp-muted); font-size: 0.85rem; letter-spacing: 0.02em; margin-bottom: 4px; }
.eyebrow .file { font-family: var(--wp-mono); overflow-wrap: anywhere; }
.header-facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(230px, 1fr)); gap: 8px 24px; margin: 14px 0 10px; }
.header-facts dt, .facts dt { color: var(--wp-muted); font-size: 0.8rem; font-weight: 600; }
.header-facts dd, .facts dd { margin: 0; overflow-wrap: anywhere; }
.visie { margin: 12px 0 0; padding: 10px 16px; border-left: 4px solid var(--wp-accent); background: var(--wp-surface); border-radius: 0 8px 8px 0; max-width: 90ch; }
.visie figcaption { color: var(--wp-muted); font-size: 0.8rem; font-weight: 600; }
.visie blockquote { margin: 2px 0 0; }
.visie p { margin: 0; overflow-wrap: anywhere; }

.toc ul { list-style: none; margin: 14px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.toc a { display: inline-block; padding: 2px 10px; border: 1px solid var(--wp-border); border-radius: 999px; text-decoration: none; font-size: 0.85rem; }
.toc a:hover { background: var(--wp-surface); }

.glance-section { margin-top: 18px; }
.glance { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 10px; }
.g-card { background: var(--wp-surface); border: 1px solid var(--wp-border); border-radius: 10px; padding: 10px 14px; min-width: 0; display: flex; flex-direction: column; gap: 2px; }
.g-card.g-warn { border-left: 5px solid var(--wp-danger); }
.g-link { color: inherit; text-decoration: none; display: flex; flex-direction: column; gap: 2px; height: 100%; }
.g-row { display: flex; align-items: center; gap: 10px; margin-top: 2px; }
.g-label { color: var(--wp-muted); font-size: 0.8rem; font-weight: 600; }
.g-score .ring { flex: none; }
.g-value { font-size: 1.3rem; font-weight: 700; line-height: 1.3; overflow-wrap: anywhere; }
.g-note { font-size: 0.82rem; overflow-wrap: anywhere; }
.g-note.warn-text { font-weight: 600; }

.section { margin-top: 36px; }
.errors { margin: 12px 0 8px; padding: 12px 16px; background: var(--wp-danger-bg); border: 1px solid var(--wp-danger); border-left-width: 6px; border-radius: 8px; }
.errors h2 { border: 0; padding: 0; margin-bottom: 6px; color: var(--wp-danger); }
.section-error { border: 1px dashed var(--wp-border); padding: 8px 12px; border-radius: 8px; }

.score-grid { display: grid; grid-template-columns: minmax(180px, 220px) 1fr; gap: 20px; align-items: start; }
.score-overall { text-align: center; }
.score-overall p { margin-top: 6px; }
.ring { display: inline-block; vertical-align: middle; }
.ring-track { fill: none; stroke: var(--wp-grid-major); stroke-width: 12; }
.ring-fill { fill: none; stroke-width: 12; stroke-linecap: round; stroke: var(--wp-muted); }
.ring-good .ring-fill { stroke: var(--wp-ok); }
.ring-fair .ring-fill { stroke: var(--wp-incid); }
.ring-poor .ring-fill { stroke: var(--wp-danger); }
.ring-number { fill: var(--wp-fg); font-size: 34px; font-weight: 700; }
.ring-max { fill: var(--wp-muted); font-size: 13px; }
.g-score .ring-number { font-size: 38px; }
.g-score .ring-max { display: none; }
.score-good { color: var(--wp-ok); }
.score-fair { color: var(--wp-warn); }
.score-poor { color: var(--wp-danger); }
.score-cell { white-space: nowrap; }
.score-num { display: inline-block; min-width: 2.6em; text-align: right; font-variant-numeric: tabular-nums; }
.meter { vertical-align: middle; }
.meter-track { fill: var(--wp-grid-major); }
.meter-fill { fill: var(--wp-muted); }
.meter-good .meter-fill { fill: var(--wp-ok); }
.meter-fair .meter-fill { fill: var(--wp-incid); }
.meter-poor .meter-fill { fill: var(--wp-danger); }
.cat-code { font-family: var(--wp-mono); font-size: 0.8em; color: var(--wp-muted); }
.counts { font-size: 0.85rem; margin-right: 4px; }

.chart { margin: 8px 0 4px; overflow-x: auto; }
.chart-svg { display: block; width: 100%; height: auto; min-width: 760px; font-family: var(--wp-font); }
.legend { list-style: none; margin: 6px 0 8px; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 0.82rem; color: var(--wp-muted); }
.legend li { display: inline-flex; align-items: center; gap: 6px; }
.swatch { flex: none; vertical-align: middle; }
table .swatch { margin-right: 6px; }
details.alt { margin: 6px 0 12px; }
details.alt > summary { cursor: pointer; color: var(--wp-accent); font-size: 0.88rem; }
details.alt table { margin-top: 8px; }

.tl-year { fill: var(--wp-muted); font-size: 11px; }
.tl-grid { stroke: var(--wp-grid); stroke-width: 1; }
.tl-grid-major { stroke: var(--wp-grid-major); }
.tl-period { fill: var(--wp-period); }
.tl-sep { stroke: var(--wp-border); stroke-width: 1; }
.tl-label { fill: var(--wp-fg); font-size: 13px; font-weight: 600; }
.tl-label-sub { fill: var(--wp-muted); font-size: 11.5px; }
.tl-label-warn { fill: var(--wp-danger); font-size: 11.5px; font-weight: 700; }
.tl-label-src { fill: var(--wp-muted); font-size: 11px; }
.tl-plan { fill: var(--wp-plan); stroke: var(--wp-accent); stroke-width: 1; }
.tl-plan-text { fill: var(--wp-plan-text); font-size: 11.5px; font-weight: 600; }
.tl-bar { fill: var(--wp-bar); }
.tl-gap { stroke: var(--wp-hatch-line); stroke-width: 1.5; }
.tl-stop { stroke: var(--wp-hatch-line); stroke-width: 2.5; }
.tl-warn { fill: var(--wp-danger); font-size: 12px; font-weight: 700; }
.tl-warn-inbar { fill: var(--wp-bar-text); }
.tl-decision line { stroke: var(--wp-decision); stroke-width: 2; }
.tl-decision path { fill: var(--wp-decision); }
.tl-baseline line { stroke: var(--wp-baseline); stroke-width: 2; }
.tl-baseline path { fill: var(--wp-baseline); }
.tl-baseline-text { fill: var(--wp-baseline); font-size: 11.5px; font-weight: 700; }
.tl-eval { stroke: var(--wp-accent); stroke-width: 2; }
.tl-eval-tussentijds { fill: var(--wp-accent); }
.tl-eval-monitor { fill: var(--wp-bg); }
.tl-eval-eind { fill: var(--wp-fg); stroke: var(--wp-fg); }
.tl-src { stroke: none; }
.src-structureel { fill: var(--wp-struct); }
.src-incidenteel { fill: var(--wp-incid); }
.src-resultaatfinanciering { fill: var(--wp-result); }
.src-onbekend { fill: var(--wp-unknown); }
.hatch-bg { fill: var(--wp-hatch-bg); }
.hatch-line { stroke: var(--wp-hatch-line); stroke-width: 2.5; }
.hatch-soft { stroke: var(--wp-hatch-line); stroke-width: 1; stroke-opacity: 0.35; }

.mn-grid { stroke: var(--wp-grid); stroke-width: 1; }
.mn-axis { stroke: var(--wp-grid-major); stroke-width: 1.5; }
.mn-tick, .mn-year { fill: var(--wp-muted); font-size: 11px; }
.mn-year-short { fill: var(--wp-danger); font-weight: 700; }
.mn-budget { fill: none; stroke: var(--wp-budget); stroke-width: 2; stroke-dasharray: 6 3; }
.mn-short { stroke: var(--wp-hatch-line); stroke-width: 1.5; }
.mn-short-mark { fill: var(--wp-danger); font-size: 14px; font-weight: 800; }
.mn-stop { stroke: var(--wp-hatch-line); stroke-width: 2; stroke-dasharray: 4 3; }
.mn-stop-text { fill: var(--wp-danger); font-size: 12px; font-weight: 700; }

.share { display: flex; flex-wrap: wrap; gap: 16px 32px; align-items: center; margin: 6px 0 10px; }
.share-figure { display: flex; flex-direction: column; min-width: 150px; }
.share-number { font-size: 2.4rem; font-weight: 800; line-height: 1.1; }
.share-good .share-number { color: var(--wp-ok); }
.share-poor .share-number { color: var(--wp-danger); }
.share-label { color: var(--wp-muted); font-size: 0.85rem; font-weight: 600; }
.share-detail { flex: 1; min-width: 300px; }
.share-bar { display: block; width: 100%; max-width: 480px; height: 16px; border-radius: 4px; margin-bottom: 8px; }

.table-wrap { overflow-x: auto; }
table.data { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
table.data.compact { width: auto; }
table.data caption { text-align: left; font-weight: 600; padding: 4px 0; }
table.data th, table.data td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--wp-border); overflow-wrap: break-word; }
table.data thead th { color: var(--wp-muted); font-size: 0.8rem; font-weight: 600; border-bottom-width: 2px; vertical-align: bottom; }
table.data tbody th { font-weight: 600; }
.num { text-align: right !important; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.row-short td, tr.row-short th { background: var(--wp-danger-bg); }

.matrix { font-size: 0.85rem; }
.matrix th:first-child { min-width: 12rem; }
.matrix .role-h { text-align: center; hyphens: manual; }
.matrix td.role { text-align: center; }
.matrix td.role.on { background: var(--wp-surface); }
.matrix tr.flagged > th:first-child { box-shadow: inset 4px 0 0 var(--wp-danger); }
.check { color: var(--wp-ok); font-weight: 800; font-size: 1.1rem; }
.chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 3px; justify-content: center; }
.chips li { background: var(--wp-bg); border: 1px solid var(--wp-border); border-radius: 6px; padding: 0 6px; font-size: 0.78rem; white-space: nowrap; }
dd .chips { justify-content: flex-start; }
.commit { white-space: normal; min-width: 9rem; }
.commit-short, .commit-missing { background: var(--wp-danger-bg); }
.flag { color: var(--wp-danger); font-weight: 700; font-size: 0.85rem; }
.p-name { font-weight: 700; }
.p-meta { display: block; color: var(--wp-muted); font-size: 0.8rem; font-weight: 400; }
.kind { display: inline-block; font-size: 0.75rem; font-weight: 600; color: var(--wp-muted); border: 1px solid var(--wp-border); border-radius: 999px; padding: 0 7px; white-space: nowrap; }
.kind-structureel { color: var(--wp-ok); border-color: var(--wp-ok); }
.kind-incidenteel { color: var(--wp-warn); border-color: var(--wp-warn); }
.kind-outcome { color: var(--wp-ok); border-color: var(--wp-ok); }

.badges { display: inline-flex; flex-wrap: wrap; gap: 3px; vertical-align: middle; margin-left: 2px; }
.badge { display: inline-block; font-family: var(--wp-mono); font-size: 0.72rem; font-weight: 700; line-height: 1.5; padding: 0 6px; border-radius: 999px; text-decoration: none; border: 1px solid transparent; }
.badge-error { background: var(--wp-danger-bg); color: var(--wp-danger); border-color: var(--wp-danger); }
.badge-warning { background: var(--wp-warn-bg); color: var(--wp-warn); border-color: var(--wp-warn); }
.badge-info { background: var(--wp-info-bg); color: var(--wp-info); border-color: var(--wp-info); }
a.badge:hover { text-decoration: underline; }

.sev { display: inline-block; font-size: 0.72rem; font-weight: 700; padding: 0 6px; border-radius: 4px; white-space: nowrap; }
.sev-error { background: var(--wp-danger-bg); color: var(--wp-danger); }
.sev-warning { background: var(--wp-warn-bg); color: var(--wp-warn); }
.sev-info { background: var(--wp-info-bg); color: var(--wp-info); }
.findings { list-style: none; margin: 6px 0 12px; padding: 0; }
.finding { padding: 6px 10px; border-left: 4px solid var(--wp-border); margin-bottom: 4px; background: var(--wp-surface); border-radius: 0 6px 6px 0; overflow-wrap: anywhere; }
.finding-error { border-left-color: var(--wp-danger); }
.finding-warning { border-left-color: var(--wp-warn); }
.finding-info { border-left-color: var(--wp-info); }
.finding .code { font-weight: 700; }
.finding .rule-name { color: var(--wp-muted); font-size: 0.85rem; }
.f-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 8px; }
.f-head .loc { margin-left: auto; }
.finding .message { display: block; margin-top: 2px; }
.loc { font-size: 0.82rem; color: var(--wp-muted); white-space: nowrap; }
a.loc { color: var(--wp-accent); }
.errors .finding { background: var(--wp-bg); }

.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--wp-border); border-radius: 10px; padding: 12px 16px; background: var(--wp-bg); min-width: 0; }
.card.flagged { border-left: 5px solid var(--wp-warn); }
.card.flagged-error { border-left-color: var(--wp-danger); }
.card h3 { margin-top: 0; }
.facts { margin: 8px 0 0; display: grid; gap: 6px; }
.facts.wide { grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 10px 24px; }
.goal h3 { margin-top: 20px; }
.targets { list-style: none; margin: 0; padding: 0; white-space: nowrap; }
.spark { display: block; }
.spark-line { fill: none; stroke: var(--wp-ok); stroke-width: 2; stroke-dasharray: 4 2; }
.spark-wrong .spark-line { stroke: var(--wp-danger); }
.spark-base { fill: var(--wp-baseline); }
.spark-target { fill: var(--wp-bg); stroke: var(--wp-ok); stroke-width: 2; }
.spark-wrong .spark-target { stroke: var(--wp-danger); }

.wp-footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--wp-border); color: var(--wp-muted); font-size: 0.8rem; }

@media (max-width: 640px) {
  .wp { padding: 12px 14px 32px; }
  .score-grid { grid-template-columns: 1fr; }
}
`;

/** The standalone page's theme: light, dark when the system asks for it, always light on paper. */
export const STANDALONE_THEME_CSS = `
:root { color-scheme: light dark; ${declarations(LIGHT, '--wp-')} --wp-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; --wp-mono: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; --wp-font-size: 15px; }
@media (prefers-color-scheme: dark) { :root { ${declarations(DARK, '--wp-')} } }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  :root { color-scheme: light; ${declarations(LIGHT, '--wp-')} --wp-font-size: 10pt; }
  body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .wp { max-width: none; padding: 0; }
  .toc, details.alt { display: none; }
  .chart-svg { min-width: 0; }
  .chart { overflow: visible; }
  .glance, .chart, .legend, .score-grid, .card, .finding, tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

/**
 * The webview's theme: VS Code's variables first, the palettes as fallbacks. High contrast
 * themes get solid borders and outlined marks so nothing depends on a fill colour alone.
 */
export const WEBVIEW_THEME_CSS = `
:root { ${declarations(LIGHT, '--p-')} }
body.vscode-dark, body.vscode-high-contrast:not(.vscode-high-contrast-light) { ${declarations(DARK, '--p-')} }
body {
  ${Object.keys(LIGHT)
    .map((name) => `--wp-${name}: var(--p-${name});`)
    .join(' ')}
  --wp-bg: var(--vscode-editor-background, var(--p-bg));
  --wp-fg: var(--vscode-editor-foreground, var(--p-fg));
  --wp-muted: var(--vscode-descriptionForeground, var(--p-muted));
  --wp-border: var(--vscode-editorWidget-border, var(--vscode-panel-border, var(--p-border)));
  --wp-surface: var(--vscode-editorWidget-background, var(--p-surface));
  --wp-accent: var(--vscode-textLink-foreground, var(--p-accent));
  --wp-focus: var(--vscode-focusBorder, var(--p-accent));
  --wp-danger: var(--vscode-errorForeground, var(--p-danger));
  --wp-warn: var(--vscode-editorWarning-foreground, var(--p-warn));
  --wp-info: var(--vscode-editorInfo-foreground, var(--p-info));
  --wp-struct: var(--vscode-charts-green, var(--p-struct));
  --wp-incid: var(--vscode-charts-orange, var(--p-incid));
  --wp-result: var(--vscode-charts-purple, var(--p-result));
  --wp-hatch-line: var(--vscode-charts-red, var(--p-hatch-line));
  --wp-font: var(--vscode-font-family, system-ui, sans-serif);
  --wp-mono: var(--vscode-editor-font-family, ui-monospace, monospace);
  --wp-font-size: var(--vscode-font-size, 13px);
}
body.vscode-high-contrast, body.vscode-high-contrast-light {
  --wp-border: var(--vscode-contrastBorder, var(--p-fg));
  --wp-surface: var(--vscode-editor-background, var(--p-bg));
  --wp-danger-bg: transparent; --wp-warn-bg: transparent; --wp-info-bg: transparent; --wp-ok-bg: transparent;
}
body.vscode-high-contrast .tl-bar, body.vscode-high-contrast .tl-src, body.vscode-high-contrast .mn-bar,
body.vscode-high-contrast-light .tl-bar, body.vscode-high-contrast-light .tl-src, body.vscode-high-contrast-light .mn-bar { stroke: var(--vscode-contrastBorder, currentColor); stroke-width: 1; }
body.vscode-high-contrast .g-card, body.vscode-high-contrast .card, body.vscode-high-contrast .finding,
body.vscode-high-contrast-light .g-card, body.vscode-high-contrast-light .card, body.vscode-high-contrast-light .finding { border: 1px solid var(--vscode-contrastBorder, currentColor); }
body.vscode-high-contrast a:focus-visible, body.vscode-high-contrast-light a:focus-visible { outline: 1px dashed var(--vscode-contrastActiveBorder, var(--wp-focus)); }
`;

/** The whole style sheet for a page. */
export function previewCss(target: 'standalone' | 'webview'): string {
  return PREVIEW_BASE_CSS + (target === 'standalone' ? STANDALONE_THEME_CSS : WEBVIEW_THEME_CSS);
}
