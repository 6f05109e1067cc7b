// What the Chromium suites share: the launch (Debian's chromium, never a downloaded browser),
// a page served from a fake origin that records everything it tries (dialogs, console, errors,
// requests) and refuses every other request, and the axe-core check at WCAG 2.1 A/AA.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const AXE_SOURCE = readFileSync(join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** What a page did while it was open: everything here must stay empty for a plan's text. */
export interface Observed {
  dialogs: string[];
  console: string[];
  errors: string[];
  /** Requests the page tried to make, other than the page itself and data: URLs. */
  requests: string[];
  /** Of those, the ones that got past the CSP to the route: each is refused. */
  routed: string[];
}

export interface OpenOptions {
  bypassCSP?: boolean;
  colorScheme?: 'light' | 'dark';
  width?: number;
  height?: number;
  /** Further files the page may load, by URL (a webview's script); everything else is refused. */
  files?: Record<string, { contentType: string; body: string }>;
  /** Script run in the page before its own (a stub of what the host provides). */
  initScript?: string;
}

/** Opens `html` as the page at `url` (and `options.files`); every other request is recorded and refused. */
export async function openObserved(browser: Browser, url: string, html: string, options: OpenOptions = {}): Promise<{ context: BrowserContext; page: Page; observed: Observed }> {
  const context = await browser.newContext({ bypassCSP: options.bypassCSP ?? false, viewport: { width: options.width ?? 1200, height: options.height ?? 900 }, colorScheme: options.colorScheme ?? 'light' });
  const files = options.files ?? {};
  const page = await context.newPage();
  const observed: Observed = { dialogs: [], console: [], errors: [], requests: [], routed: [] };
  page.on('dialog', (dialog) => {
    observed.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => observed.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => observed.errors.push(error.message));
  page.on('request', (request) => {
    if (request.url() !== url && !(request.url() in files) && !request.url().startsWith('data:')) observed.requests.push(request.url());
  });
  if (options.initScript) await page.addInitScript(options.initScript);
  await context.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested === url) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    const file = files[requested];
    if (file) return route.fulfill({ status: 200, contentType: file.contentType, body: file.body });
    observed.routed.push(requested);
    return route.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, observed };
}

/** Serious and critical axe-core violations (WCAG 2.1 A/AA and best practice). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugger, so the page's own CSP (no inline or foreign script) stays on.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join('; ')})`);
}
