/**
 * The review page's additions to the preview's style sheet. Every colour is one of the
 * preview's `--wp-*` variables, so light, dark and print follow the preview's palettes and
 * their contrast; an effect never shows by colour alone (a shape and a word come with it).
 */
export const REVIEW_CSS = `
.changes-section { margin-top: 24px; }
.changes { list-style: none; margin: 6px 0 12px; padding: 0; }
.change { padding: 6px 10px; border-left: 4px solid var(--wp-border); margin-bottom: 4px; background: var(--wp-surface); border-radius: 0 6px 6px 0; overflow-wrap: anywhere; }
.change-weaker { border-left-color: var(--wp-danger); }
.change-stronger { border-left-color: var(--wp-ok); }
.change .code { font-weight: 700; }
.change .rule-name { color: var(--wp-muted); font-size: 0.85rem; }
.change .message { display: block; margin-top: 2px; }
.change:target { outline: 2px solid var(--wp-accent); outline-offset: 1px; }
.chg-summary { font-weight: 600; }
.eff { display: inline-block; font-size: 0.72rem; font-weight: 700; padding: 0 6px; border-radius: 4px; white-space: nowrap; border: 1px solid transparent; }
.eff-weaker { background: var(--wp-danger-bg); color: var(--wp-danger); border-color: var(--wp-danger); }
.eff-stronger { background: var(--wp-bg); color: var(--wp-ok); border-color: var(--wp-ok); }
.eff-neutral { background: var(--wp-bg); color: var(--wp-muted); border-color: var(--wp-border); }
.chg-marks { display: inline-flex; flex-wrap: wrap; gap: 3px; vertical-align: middle; margin-left: 4px; }
.chg { display: inline-block; font-size: 0.72rem; font-weight: 700; line-height: 1.5; padding: 0 6px; border-radius: 999px; text-decoration: none; border: 1px solid; white-space: nowrap; }
.chg-weaker { background: var(--wp-danger-bg); color: var(--wp-danger); border-color: var(--wp-danger); }
.chg-stronger { background: var(--wp-bg); color: var(--wp-ok); border-color: var(--wp-ok); }
.chg-neutral { background: var(--wp-bg); color: var(--wp-muted); border-color: var(--wp-border); }
a.chg:hover { text-decoration: underline; }
a.chg:focus-visible { outline: 2px solid var(--wp-focus, var(--wp-accent)); outline-offset: 2px; }
.was { display: block; color: var(--wp-muted); font-size: 0.8rem; font-style: italic; font-weight: 400; }
.removed { margin: 4px 0 12px; padding-left: 20px; }
.mn-old { fill: none; stroke: var(--wp-fg); stroke-width: 1.5; stroke-dasharray: 4 2; }
.tl-src-old { fill: none; stroke: var(--wp-fg); stroke-width: 1; stroke-dasharray: 3 2; }
.tl-old-end line { stroke: var(--wp-danger); stroke-width: 2.5; stroke-dasharray: 3 2; }
.rv-old { fill: var(--wp-bg); stroke: var(--wp-fg); stroke-width: 2; }
.rv-new { fill: var(--wp-fg); }
.rv-span { stroke: var(--wp-muted); stroke-width: 3; }
.rv-span-earlier { stroke: var(--wp-danger); }
.rv-span-later { stroke: var(--wp-ok); }
tr.rv-changed > th { box-shadow: inset 4px 0 0 var(--wp-accent); }
tr.rv-earlier > th, tr.rv-removed > th { box-shadow: inset 4px 0 0 var(--wp-danger); }
`;
