import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createIncrementalLinter, type IncrementalLinter } from '../core/incremental';
import type { LintResult } from '../core/lint';
import type { ParsedText } from '../core/parse';
import type { Finding, ResolvedConfig } from '../core/types';
import type { PlanSuppressions } from './configuration';
import { isPlanFileName } from './host';

/** One check of a plan's text, with what it was made with. */
export interface Analysis {
  /** The document version, or null for a plan read from disk. */
  version: number | null;
  /** The configuration generation it was made with. */
  generation: number;
  result: LintResult;
  /** The configuration it was linted with (fix-all lints again with the same). */
  config: ResolvedConfig;
  bom: number;
  /** False when made before the plan's configuration was known (settings alone were used). */
  configured: boolean;
  /** The findings the suppressions file left out of `result` (published as hints). */
  suppressed: Finding[];
}

/**
 * All the server keeps of one open plan. One record per URI, so closing a document forgets
 * everything about it by deleting one entry.
 */
export interface OpenPlan {
  /** The plan's own incremental linter: an edit re-parses only the pieces it touched. */
  readonly linter: IncrementalLinter;
  /** The newest analysis (of the current version, or an older one until it is checked again). */
  analysis?: Analysis;
  /** The newest parse without syntax problems, for completion while the text is broken. */
  lastGood?: ParsedText;
  /** `version:generation` of what was last published, so the same is never published twice. */
  publishedStamp?: string;
  /** The plan's configuration, once looked up for the current generation. */
  config?: ResolvedConfig;
  /** The plan's suppressions file, once looked up for the current generation (null: none). */
  suppressions?: PlanSuppressions | null;
}

/** The open plans by URI. */
export class OpenPlans {
  private readonly plans = new Map<string, OpenPlan>();

  get(uri: string): OpenPlan | undefined {
    return this.plans.get(uri);
  }

  /** The record of an open plan, made on first use. */
  ensure(uri: string): OpenPlan {
    let plan = this.plans.get(uri);
    if (!plan) this.plans.set(uri, (plan = { linter: createIncrementalLinter() }));
    return plan;
  }

  delete(uri: string): void {
    this.plans.delete(uri);
  }

  /** Settings or a configuration file changed: every plan's configuration is looked up again. */
  forgetConfigs(): void {
    for (const plan of this.plans.values()) {
      plan.config = undefined;
      plan.suppressions = undefined;
    }
  }

  /** Keeps an analysis, and its parse as the last good one when it has no syntax problems. */
  remember(uri: string, analysis: Analysis): void {
    const plan = this.ensure(uri);
    plan.analysis = analysis;
    if (analysis.result.parsed.syntaxProblems.length === 0) plan.lastGood = analysis.result.parsed;
  }
}

/**
 * The text documents the client has open. A change must raise the version (LSP: versions only
 * go up). A change with an older or the same version is a stale or resent message: applying it
 * would make the text differ from the client's (a ranged edit applied twice) and publish an old
 * version after a newer one, so it is ignored and `warn` is told.
 */
export function createDocuments(warn: (message: string) => void): TextDocuments<TextDocument> {
  return new TextDocuments<TextDocument>({
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
    update: (document, changes, version) => {
      if (typeof version === 'number' && version <= document.version) {
        warn(`wijkplan: ignored a change to ${document.uri} with version ${version}; the document is at version ${document.version}`);
        return document;
      }
      return TextDocument.update(document, changes, version);
    },
  });
}

/** A Wijkplan document: by language, by file name, or a YAML file whose first line says so. */
export function isPlanDocument(document: TextDocument): boolean {
  if (document.languageId === 'wijkplan' || isPlanFileName(document.uri)) return true;
  if (document.languageId !== 'yaml') return false;
  return /^\uFEFF?wijkplan:[ \t]*1[ \t]*(#.*)?$/.test(document.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }).trimEnd());
}
