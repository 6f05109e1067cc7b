import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyBulkSuppressions, SUPPRESSIONS_FILE_NAME } from '../core/bulk-suppressions';
import { lint, type LintResult } from '../core/lint';
import { rangeForPointer } from '../core/parse';
import type { RuleDefinition } from '../core/rule';
import { computeScore } from '../core/score';
import type { Finding, ResolvedConfig, Score } from '../core/types';
import { ScoreNotification, sendNotificationOf, type ScoreParams } from '../protocol';
import type { Configuration, PlanSuppressions } from './configuration';
import { bomOf, toDiagnostics, toSuppressedDiagnostics } from './convert';
import { isPlanDocument, type Analysis, type OpenPlans } from './documents';
import type { ServerHost } from './host';

/** Above this many unopened plans, the workspace check reports progress. */
const PROGRESS_THRESHOLD = 10;

export interface ValidationContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  plans: OpenPlans;
  configuration: Configuration;
  host: ServerHost;
  rules: readonly RuleDefinition[] | undefined;
  /** The workspace folders' URIs, as they are now. */
  folders: () => readonly string[];
  logError: (name: string, error: unknown) => void;
}

/**
 * Checking and publishing: open plans on the next turn of the event loop (merged while they
 * wait), plans on disk from the host's copy, and the workspace scan.
 */
export class Validation {
  /** Scores of plans that are not open (for wijkplan/getScore). */
  readonly closedScores = new Map<string, Score>();
  private readonly workspacePlans = new Set<string>();
  private readonly pending = new Set<string>();
  private draining = false;
  private drainTimer: ReturnType<typeof setTimeout> | undefined;
  private workspaceRun = 0;

  constructor(private readonly ctx: ValidationContext) {}

  /** Shutting down: nothing more is checked. */
  stop(): void {
    this.workspaceRun++;
    this.pending.clear();
  }

  forget(uri: string): void {
    this.pending.delete(uri);
  }

  /**
   * Validation runs on the next turn of the event loop, not after a fixed delay. Requests that
   * arrive before then are merged, and each run checks the newest text, so a burst of edits
   * costs a few runs and only the newest version is ever published.
   */
  request(uri: string): void {
    this.pending.add(uri);
    if (this.draining || this.drainTimer !== undefined) return;
    this.drainTimer = setTimeout(() => {
      this.drainTimer = undefined;
      void this.drain();
    }, 0);
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.pending.size > 0) {
        const [uri] = this.pending;
        this.pending.delete(uri);
        try {
          await this.validateOpen(uri);
        } catch (error) {
          this.ctx.logError('validation', error);
        }
      }
    } finally {
      this.draining = false;
    }
  }

  private async validateOpen(uri: string): Promise<void> {
    const { configuration, plans } = this.ctx;
    await configuration.settingsReady;
    const generation = configuration.generation;
    const config = await configuration.configFor(uri, (found) => this.rememberConfig(uri, found));
    // Settings or a configuration file changed meanwhile: a newer run is already asked for.
    if (generation !== configuration.generation) return;
    const bulk = await configuration.suppressionsFor(uri, this.ctx.folders());
    if (generation !== configuration.generation) return;
    if (this.ctx.documents.get(uri)) this.ctx.plans.ensure(uri).suppressions = bulk ?? null;
    // The document may have changed or closed while the configuration was looked up.
    const document = this.ctx.documents.get(uri);
    if (!document) return;
    const plan = plans.ensure(uri);
    const stamp = `${document.version}:${generation}`;
    if (plan.publishedStamp === stamp) return;
    // A request may have checked this very version already (hover right after typing).
    const reusable = isCurrent(plan.analysis, document.version, generation);
    const text = document.getText();
    // The old analysis is replaced below: let its findings and plan go before the new ones are
    // made, so that a large plan is not held twice at the peak (the lint is synchronous; no
    // request can ask for the old one meanwhile; no local keeps it alive). The last good parse
    // stays for completion.
    if (!reusable) plan.analysis = undefined;
    const analysis: Analysis = reusable
      ? plan.analysis!
      : { version: document.version, generation, ...this.withSuppressions(this.lintOpen(uri, text, config), bulk, config), config, bom: bomOf(text), configured: true };
    plans.remember(uri, analysis);
    plan.publishedStamp = stamp;
    this.publish(uri, analysis);
  }

  /** A configuration is kept for open plans only. */
  private rememberConfig(uri: string, config: ResolvedConfig): void {
    const plan = this.ctx.documents.get(uri) ? this.ctx.plans.get(uri) : undefined;
    if (plan) plan.config = config;
  }

  /** Validates a plan that is not open, from the host's copy. */
  async validateClosed(uri: string): Promise<void> {
    const { configuration, documents } = this.ctx;
    await configuration.settingsReady;
    const generation = configuration.generation;
    const text = await this.ctx.host.readFile(uri);
    if (documents.get(uri)) return;
    if (text === undefined) {
      this.closedScores.delete(uri);
      this.clearDiagnostics(uri);
      return;
    }
    const config = await configuration.configFor(uri);
    const bulk = await configuration.suppressionsFor(uri, this.ctx.folders());
    // Opened meanwhile (the editor's text counts now), or settings changed (the workspace is checked again).
    if (documents.get(uri) || generation !== configuration.generation) return;
    const { result, suppressed } = this.withSuppressions(this.lint(text, config), bulk, config);
    // A client opens a file without its byte order mark, so positions are counted without it.
    const analysis: Analysis = { version: null, generation, result, config, bom: 0, configured: true, suppressed };
    // Only the score of a closed plan is kept, so a large workspace does not hold every parse.
    this.closedScores.set(uri, result.score);
    this.publish(uri, analysis);
  }

  /** A plan that is not open, read and checked now (for the preview of a closed plan). */
  async closedAnalysis(uri: string): Promise<Analysis | undefined> {
    const text = await this.ctx.host.readFile(uri);
    if (text === undefined) return undefined;
    const config = await this.ctx.configuration.configFor(uri);
    const bulk = await this.ctx.configuration.suppressionsFor(uri, this.ctx.folders());
    return { version: null, generation: this.ctx.configuration.generation, ...this.withSuppressions(this.lint(text, config), bulk, config), config, bom: 0, configured: true };
  }

  /** The analysis of an open plan for its current version, made now if needed. */
  openAnalysis(uri: string): Analysis | undefined {
    const { documents, plans, configuration } = this.ctx;
    const document = documents.get(uri);
    if (!document || !isPlanDocument(document)) return undefined;
    const plan = plans.ensure(uri);
    const cached = plan.analysis;
    if (cached && cached.version === document.version && cached.generation === configuration.generation) return cached;
    const text = document.getText();
    const known = plan.config;
    const config = known ?? configuration.settingsConfig();
    const bulk = plan.suppressions ?? undefined;
    const analysis: Analysis = {
      version: document.version,
      generation: configuration.generation,
      ...this.withSuppressions(this.lintOpen(uri, text, config), bulk, config),
      config,
      bom: bomOf(text),
      configured: known !== undefined && plan.suppressions !== undefined,
    };
    plans.remember(uri, analysis);
    return analysis;
  }

  /** Lints an open plan's newest text with its own incremental linter (same result as `lint`). */
  private lintOpen(uri: string, text: string, config: ResolvedConfig): LintResult {
    return this.ctx.plans.ensure(uri).linter.lint(text, { config, rules: this.ctx.rules });
  }

  private lint(text: string, config: ResolvedConfig): LintResult {
    return lint(text, { config, rules: this.ctx.rules });
  }

  /**
   * Applies the plan's counts from the suppressions file, as the CLI does: the findings left
   * out are kept apart (published as hints) and the score is that of the findings that stay.
   */
  private withSuppressions(result: LintResult, bulk: PlanSuppressions | undefined, config: ResolvedConfig): { result: LintResult; suppressed: Finding[] } {
    if (!bulk?.counts) return { result, suppressed: [] };
    const context = { config, checked: result.plan !== undefined, range: rangeForPointer(result.parsed, ''), file: SUPPRESSIONS_FILE_NAME };
    const applied = applyBulkSuppressions(result.findings, bulk.counts, context);
    return { result: { ...result, findings: applied.findings, score: computeScore(applied.findings) }, suppressed: applied.suppressed };
  }

  private publish(uri: string, analysis: Analysis): void {
    const { connection, configuration } = this.ctx;
    const lang = configuration.lang();
    // A rule that threw became WP000 on the plan (the core catches it); the log tells who to fix.
    for (const finding of analysis.result.findings) {
      if (finding.code === 'WP000') connection.console.error(`wijkplan: ${uri}${analysis.version === null ? '' : ` (version ${analysis.version})`}: ${finding.message.en}`);
    }
    const diagnostics = toDiagnostics(analysis.result.findings, uri, lang, analysis.bom);
    if (analysis.suppressed.length > 0) diagnostics.push(...toSuppressedDiagnostics(analysis.suppressed, uri, lang, analysis.bom, SUPPRESSIONS_FILE_NAME));
    void connection.sendDiagnostics({ uri, version: analysis.version ?? undefined, diagnostics });
    const score: ScoreParams = { uri, version: analysis.version, score: analysis.result.score, lang };
    void sendNotificationOf(connection, ScoreNotification, score);
  }

  clearDiagnostics(uri: string): void {
    void this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** A plan file on disk changed (not open): checked again, or cleared when it was deleted. */
  async planFileChanged(uri: string, deleted: boolean): Promise<void> {
    if (deleted) {
      this.workspacePlans.delete(uri);
      this.closedScores.delete(uri);
      this.clearDiagnostics(uri);
    } else {
      this.workspacePlans.add(uri);
      await this.validateClosed(uri);
    }
  }

  /**
   * Publishes diagnostics for every plan file in the workspace folders that is not open. A
   * newer run (settings changed, folders changed) makes an older one stop where it is.
   */
  async validateWorkspace(): Promise<void> {
    const { connection, configuration, documents, host } = this.ctx;
    const run = ++this.workspaceRun;
    await configuration.settingsReady;
    const found = new Set<string>();
    for (const folder of this.ctx.folders()) {
      for (const uri of await host.findPlanFiles(folder)) found.add(uri);
      if (run !== this.workspaceRun) return;
    }
    for (const uri of this.workspacePlans) {
      if (!found.has(uri) && !documents.get(uri)) {
        this.closedScores.delete(uri);
        this.clearDiagnostics(uri);
      }
    }
    this.workspacePlans.clear();
    for (const uri of found) this.workspacePlans.add(uri);
    const todo = [...found].filter((uri) => !documents.get(uri));
    if (todo.length === 0) return;
    const lang = configuration.lang();
    const progress = todo.length > PROGRESS_THRESHOLD ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin(lang === 'nl' ? 'Wijkplan: plannen controleren' : 'Wijkplan: checking plans', 0, `0/${todo.length}`, false);
    try {
      for (let i = 0; i < todo.length; i++) {
        if (run !== this.workspaceRun) return;
        await this.validateClosed(todo[i]).catch((error) => this.ctx.logError('workspace validation', error));
        progress?.report(Math.round(((i + 1) * 100) / todo.length), `${i + 1}/${todo.length}`);
        // Let requests and edits in between, so a large workspace never blocks the editor.
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
      }
    } finally {
      progress?.done();
    }
  }
}

/** An analysis made for this version and configuration generation, with the plan's configuration. */
function isCurrent(analysis: Analysis | undefined, version: number, generation: number): boolean {
  return analysis !== undefined && analysis.configured && analysis.version === version && analysis.generation === generation;
}
