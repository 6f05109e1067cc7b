import { MessageType, ShowMessageNotification, type ClientCapabilities, type Connection } from 'vscode-languageserver';
import { parseSuppressions, SUPPRESSIONS_FILE_NAME, suppressionsKey, type CodeCounts, type SuppressionsParse } from '../core/bulk-suppressions';
import { layerConfig, parseConfig, resolveConfig, type ConfigResult } from '../core/config';
import { RULES_BY_CODE } from '../core/rules/index';
import { CATEGORY_NAMES } from '../core/vocabulary';
import type { Lang, ResolvedConfig } from '../core/types';
import { LanguageNotification, sendNotificationOf } from '../protocol';
import { toConfigDiagnostic, toSuppressionsDiagnostic } from './convert';
import { uriDirname, type ConfigFile, type ServerHost } from './host';
import { DEFAULT_SETTINGS, readSettings, type EffectiveSettings } from './settings';

const KNOWN_CODES: ReadonlySet<string> = new Set(RULES_BY_CODE.keys());

/** The suppressions file that governs a plan, and the plan's counts in it (none when it is invalid or silent). */
export interface PlanSuppressions {
  uri: string;
  counts: CodeCounts | undefined;
}

/** The path of a URI, decoded, and what comes before it (scheme and authority). */
function splitUri(uri: string): { base: string; path: string } | undefined {
  const match = /^([a-z][\w+.-]*:\/\/[^/]*)(\/[^?#]*)/i.exec(uri);
  if (!match) return undefined;
  const path = match[2]
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
  return { base: match[1].toLowerCase(), path };
}

/**
 * The editor settings, the `.wijkplanrc` files and the generation they make together: every
 * change of either raises the generation, and an analysis of an older generation is stale.
 */
export class Configuration {
  localeLang: Lang = 'nl';
  private settings: EffectiveSettings = DEFAULT_SETTINGS;
  private pushedSettings: unknown;
  /** The settings' problems as last told, so the same mistake is told once. */
  private toldProblems: readonly string[] = [];
  private settingsLoaded!: () => void;
  /** Resolves once the settings were read the first time (or could not be). */
  readonly settingsReady = new Promise<void>((resolve) => (this.settingsLoaded = resolve));

  /** Raised whenever settings or a configuration file change: older analyses are stale. */
  generation = 0;
  private readonly configLookups = new Map<string, Promise<ConfigFile | undefined>>();
  private readonly parsedConfigs = new Map<string, { text: string; result: ConfigResult }>();
  private readonly configDiagnostics = new Set<string>();
  private readonly suppressionsTexts = new Map<string, Promise<string | undefined>>();
  private readonly parsedSuppressions = new Map<string, { text: string; result: SuppressionsParse }>();
  private readonly suppressionsDiagnostics = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly host: ServerHost,
    private readonly capabilities: () => ClientCapabilities,
    private readonly logError: (name: string, error: unknown) => void,
  ) {}

  /**
   * The language of every Wijkplan text, decided here and nowhere else: the setting, else the
   * client's locale (English for an `en…` locale, Dutch for every other, as the CLI does with
   * `LANG`). The client is told by `announceLanguage` and follows it.
   */
  lang(): Lang {
    return this.settings.language === 'auto' ? this.localeLang : this.settings.language;
  }

  private announcedLang: Lang | undefined;

  /** Tells the client the language when it is new (after start, after a settings change). */
  announceLanguage(): void {
    const lang = this.lang();
    if (lang === this.announcedLang) return;
    this.announcedLang = lang;
    void sendNotificationOf(this.connection, LanguageNotification, { lang, categoryNames: { ...CATEGORY_NAMES[lang] } });
  }

  /** The settings alone as a configuration (before a plan's `.wijkplanrc` is known). */
  settingsConfig(): ResolvedConfig {
    return resolveConfig(layerConfig(undefined, this.settings.layer));
  }

  /** Reads the settings the first time; `settingsReady` resolves after, whatever happened. */
  async loadFirst(): Promise<void> {
    try {
      await this.loadSettings();
    } finally {
      this.settingsLoaded();
    }
  }

  async loadSettings(): Promise<void> {
    await this.readSettings();
    this.announceLanguage();
  }

  private async readSettings(): Promise<void> {
    let raw: unknown = this.pushedSettings;
    if (this.capabilities().workspace?.configuration) {
      try {
        raw = await this.connection.workspace.getConfiguration({ section: 'wijkplan' });
      } catch (error) {
        this.logError('workspace/configuration', error);
      }
    }
    this.settings = readSettings(raw);
    const messages = this.settings.problems.map((problem) => problem[this.lang()]);
    // The same mistake is told once, not again on every change of other settings.
    if (messages.length === this.toldProblems.length && messages.every((message, i) => message === this.toldProblems[i])) return;
    this.toldProblems = messages;
    for (const message of messages) {
      this.connection.console.warn(`wijkplan: ${message}`);
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Wijkplan: ${message}` });
    }
  }

  /** Settings pushed by the client (`didChangeConfiguration`), kept for a client that cannot be asked. */
  push(pushed: unknown): void {
    const section = pushed !== null && typeof pushed === 'object' ? (pushed as Record<string, unknown>).wijkplan : undefined;
    if (section !== undefined) this.pushedSettings = section;
  }

  /** Something changed: a new generation, and every lookup is made again. */
  invalidate(): void {
    this.generation++;
    this.configLookups.clear();
    this.suppressionsTexts.clear();
  }

  /** Parsed configuration files are forgotten (they are read again from the host). */
  forgetParsed(uri?: string): void {
    if (uri === undefined) {
      this.parsedConfigs.clear();
      this.parsedSuppressions.clear();
    } else {
      this.parsedConfigs.delete(uri);
      this.parsedSuppressions.delete(uri);
    }
  }

  /** A folder no open document is in: its lookup is forgotten (checking from disk looks it up again). */
  forgetFolder(folder: string): void {
    this.configLookups.delete(folder);
  }

  /**
   * The configuration for a plan: its `.wijkplanrc` over the editor settings. `remember` is
   * called with it when it was made for the current generation.
   */
  async configFor(planUri: string, remember?: (config: ResolvedConfig) => void): Promise<ResolvedConfig> {
    await this.settingsReady;
    const generation = this.generation;
    const file = await this.lookupConfig(planUri);
    // Looked up before a configuration change: the text may be old, so it is neither shown
    // nor used (the caller sees the new generation and leaves the work to the newer run).
    if (generation !== this.generation) return this.settingsConfig();
    const result = file ? this.checkConfig(file) : undefined;
    // An invalid file is shown on itself; its plans are then checked with the settings alone.
    const fileLayer = result && result.problems.length === 0 ? result.data : undefined;
    const config = resolveConfig(layerConfig(fileLayer, this.settings.layer));
    if (generation === this.generation) remember?.(config);
    return config;
  }

  /** The configuration file of a plan, looked up once per folder and generation. */
  private lookupConfig(planUri: string): Promise<ConfigFile | undefined> {
    return this.once(this.configLookups, uriDirname(planUri), 'configuration lookup', () => this.host.findConfig(planUri));
  }

  /** One read per key and generation (the maps are cleared when files change); a failure is logged and is `undefined`. */
  private once<T>(cache: Map<string, Promise<T | undefined>>, key: string, what: string, read: () => Promise<T | undefined>): Promise<T | undefined> {
    let pending = cache.get(key);
    if (!pending) {
      pending = read().catch((error) => {
        this.logError(what, error);
        return undefined;
      });
      cache.set(key, pending);
    }
    return pending;
  }

  /**
   * The suppressions file of a plan, found as the CLI finds it (core/bulk-suppressions.ts
   * `defaultSuppressionsFile`): beside the plan's configuration file, else in the workspace
   * folder that holds the plan (where the CLI is run from), else beside the plan. An invalid
   * file is shown on itself and its plans are checked without it, as with a configuration.
   */
  async suppressionsFor(planUri: string, folders: readonly string[]): Promise<PlanSuppressions | undefined> {
    const config = await this.lookupConfig(planUri);
    const folder = config ? uriDirname(config.uri) : (workspaceFolderOf(planUri, folders) ?? uriDirname(planUri));
    const uri = `${folder}/${SUPPRESSIONS_FILE_NAME}`;
    const text = await this.once(this.suppressionsTexts, uri, 'suppressions file', () => this.host.readFile(uri));
    if (text === undefined) {
      this.clearSuppressionsDiagnostics(uri);
      return undefined;
    }
    const result = this.checkSuppressions(uri, text);
    const from = splitUri(folder);
    const to = splitUri(planUri);
    const counts = result.problems.length === 0 && from && to && from.base === to.base ? result.suppressions[suppressionsKey(from.path, to.path)] : undefined;
    return { uri, counts };
  }

  /** Parses a suppressions file once per text and shows its problems on it. */
  checkSuppressions(uri: string, text: string): SuppressionsParse {
    const cached = this.parsedSuppressions.get(uri);
    if (cached && cached.text === text) return cached.result;
    const result = parseSuppressions(text);
    this.parsedSuppressions.set(uri, { text, result });
    if (result.problems.length > 0) {
      const lang = this.lang();
      this.suppressionsDiagnostics.add(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics: result.problems.map((problem) => toSuppressionsDiagnostic(problem, lang)) });
    } else {
      this.clearSuppressionsDiagnostics(uri);
    }
    return result;
  }

  clearSuppressionsDiagnostics(uri: string): void {
    if (!this.suppressionsDiagnostics.delete(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Parses a configuration file once per text and shows its problems on it. */
  checkConfig(file: ConfigFile): ConfigResult {
    const cached = this.parsedConfigs.get(file.uri);
    if (cached && cached.text === file.text) return cached.result;
    const result = parseConfig(file.text, KNOWN_CODES);
    this.parsedConfigs.set(file.uri, { text: file.text, result });
    if (result.problems.length > 0) {
      const lang = this.lang();
      this.configDiagnostics.add(file.uri);
      void this.connection.sendDiagnostics({ uri: file.uri, diagnostics: result.problems.map((problem) => toConfigDiagnostic(problem, lang)) });
    } else {
      this.clearConfigDiagnostics(file.uri);
    }
    return result;
  }

  clearConfigDiagnostics(uri: string): void {
    if (!this.configDiagnostics.delete(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}

/** The workspace folder a plan lies in (the deepest, when folders nest), or undefined. */
function workspaceFolderOf(planUri: string, folders: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const folder of folders) {
    const base = folder.replace(/\/+$/, '');
    if (planUri.startsWith(`${base}/`) && (best === undefined || base.length > best.length)) best = base;
  }
  return best;
}
