import {
  CodeActionKind,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Position,
  type TextDocuments,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocUrl } from '../core/docs-url';
import {
  complete,
  definitionAt,
  documentSymbols,
  findingsInRange,
  fixAll,
  FIX_ALL_ACTION_KIND,
  foldingRanges,
  hover,
  prepareRename,
  quickFixes,
  referencesAt,
  renameAt,
  RenameError,
  snippetToPlain,
  type ActionEdit,
  type PlanCodeAction,
} from '../core/language/index';
import { renderWebviewShell } from '../core/preview/page';
import { renderReviewPage } from '../core/preview/review';
import { lint, type LintResult } from '../core/lint';
import { reviewChanges } from '../core/review/index';
import { renderPreviewBody } from '../core/preview/render';
import { RULES } from '../core/rules/index';
import { PLAN_TEMPLATE } from '../core/template';
import type { RuleDefinition } from '../core/rule';
import type { Finding, Lang, ResolvedConfig } from '../core/types';
import {
  DIAGNOSTIC_SOURCE,
  GetScoreRequest,
  NewPlanRequest,
  onRequestOf,
  PreviewRequest,
  ReviewRequest,
  RuleListRequest,
  type GetScoreParams,
  type GetScoreResult,
  type PreviewParams,
  type PreviewResult,
  type ReviewResult,
} from '../protocol';
import type { Configuration } from './configuration';
import { flattenSymbols, fromLspPosition, today, toCompletionItem, toDiagnostic, toDocumentSymbol, toFoldingRange, toLspRange, toOffset } from './convert';
import type { Analysis, OpenPlans } from './documents';
import { uriBasename } from './host';
import type { Validation } from './validation';

/** Wraps a request handler: an exception is logged and answered with a fallback, never a crash. */
export type Guard = <P, R>(name: string, handler: (params: P, token: CancellationToken) => R | Promise<R>) => (params: P, token: CancellationToken) => Promise<R | null>;

export interface FeatureContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  plans: OpenPlans;
  configuration: Configuration;
  validation: Validation;
  capabilities: () => ClientCapabilities;
  rules: readonly RuleDefinition[] | undefined;
  guard: Guard;
}

/** The handlers of the language features: each turns LSP into a core call and the answer back. */
export function registerFeatures(ctx: FeatureContext): void {
  const { connection, documents, validation, configuration, guard } = ctx;
  const lang = () => configuration.lang();
  const caps = () => ctx.capabilities();

  /** Runs `fn` with the open plan's analysis and the core offset of the position, or answers null. */
  const atPosition = <R>(params: { textDocument: { uri: string }; position: Position }, fn: (open: Analysis, offset: number) => R): R | null => {
    const open = validation.openAnalysis(params.textDocument.uri);
    if (!open) return null;
    const offset = toOffset(open.result, params.position, open.bom);
    return offset === undefined ? null : fn(open, offset);
  };

  const renameFailure = (error: unknown): unknown => (error instanceof RenameError ? new ResponseError(LSPErrorCodes.RequestFailed, error.reason[lang()]) : error);

  const workspaceEdit = (document: TextDocument, edits: TextEdit[]): WorkspaceEdit => {
    if (caps().workspace?.workspaceEdit?.documentChanges) return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
    return { changes: { [document.uri]: edits } };
  };

  const toCodeAction = (document: TextDocument, open: Analysis, action: PlanCodeAction, language: Lang): CodeAction => {
    const edits: TextEdit[] = action.edits.map((edit: ActionEdit) => ({ range: toLspRange(edit.range, open.bom), newText: edit.newText }));
    const result: CodeAction = {
      title: action.title,
      kind: action.kind,
      diagnostics: action.findings.map((finding) => toDiagnostic(finding, document.uri, language, open.bom)),
      edit: workspaceEdit(document, edits),
    };
    if (action.isPreferred) result.isPreferred = true;
    return result;
  };

  connection.onHover(guard('hover', (params) =>
    atPosition(params, (open, offset) => {
      const found = hover({ result: open.result, offset, lang: lang(), docsUrl: ruleDocUrl });
      return found ? { contents: { kind: 'markdown' as const, value: found.contents }, range: toLspRange(found.range, open.bom) } : null;
    }),
  ));

  connection.onCompletion(guard('completion', (params) =>
    atPosition(params, (open, offset) => {
      const entries = complete({
        text: open.result.parsed.text,
        parsed: open.result.parsed,
        offset,
        lang: lang(),
        today: today(),
        lastGood: ctx.plans.get(params.textDocument.uri)?.lastGood,
      });
      // A client without snippet support gets the skeletons and first choices as plain text.
      const snippets = caps().textDocument?.completion?.completionItem?.snippetSupport === true;
      const usable = snippets ? entries : entries.map((entry) => (entry.snippet ? { ...entry, insertText: snippetToPlain(entry.insertText), snippet: false } : entry));
      return { isIncomplete: false, items: usable.map((entry) => toCompletionItem(entry, open.bom)) };
    }),
  ));

  connection.onDocumentSymbol(guard('documentSymbol', (params) => {
    const open = validation.openAnalysis(params.textDocument.uri);
    if (!open) return null;
    const symbols = documentSymbols(open.result.parsed).map((symbol) => toDocumentSymbol(symbol, open.bom));
    return caps().textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport ? symbols : flattenSymbols(symbols, params.textDocument.uri);
  }));

  connection.onDefinition(guard('definition', (params) =>
    atPosition(params, (open, offset) => {
      const target = definitionAt(open.result.parsed, offset);
      if (!target) return null;
      const uri = params.textDocument.uri;
      if (caps().textDocument?.definition?.linkSupport) {
        return [
          {
            originSelectionRange: toLspRange(target.originRange, open.bom),
            targetUri: uri,
            targetRange: toLspRange(target.range, open.bom),
            targetSelectionRange: toLspRange(target.selectionRange, open.bom),
          },
        ];
      }
      return { uri, range: toLspRange(target.selectionRange, open.bom) };
    }),
  ));

  connection.onReferences(guard('references', (params) =>
    atPosition(params, (open, offset) => {
      const ranges = referencesAt(open.result.parsed, offset, params.context.includeDeclaration);
      return ranges ? ranges.map((range) => ({ uri: params.textDocument.uri, range: toLspRange(range, open.bom) })) : null;
    }),
  ));

  connection.onPrepareRename(guard('prepareRename', (params) =>
    atPosition(params, (open, offset) => {
      try {
        const prepared = prepareRename(open.result.parsed, offset);
        return { range: toLspRange(prepared.range, open.bom), placeholder: prepared.placeholder };
      } catch (error) {
        throw renameFailure(error);
      }
    }),
  ));

  connection.onRenameRequest(guard('rename', (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return atPosition(params, (open, offset) => {
      try {
        const edits = renameAt(open.result.parsed, offset, params.newName).map((edit) => ({ range: toLspRange(edit.range, open.bom), newText: edit.newText }));
        return workspaceEdit(document, edits);
      } catch (error) {
        throw renameFailure(error);
      }
    });
  }));

  connection.onFoldingRanges(guard('foldingRange', (params) => {
    const open = validation.openAnalysis(params.textDocument.uri);
    return open ? foldingRanges(open.result.parsed).map(toFoldingRange) : null;
  }));

  connection.onCodeAction(guard('codeAction', (params: CodeActionParams): CodeAction[] | null => {
    const document = documents.get(params.textDocument.uri);
    const open = validation.openAnalysis(params.textDocument.uri);
    if (!document || !open) return null;
    const language = lang();
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((requested) => requested === '' || kind === requested || kind.startsWith(`${requested}.`));
    const actions: CodeAction[] = [];
    const range = { start: fromLspPosition(params.range.start, open.bom), end: fromLspPosition(params.range.end, open.bom) };
    if (wants(CodeActionKind.QuickFix)) {
      const findings = new Set<Finding>(findingsInRange(open.result, range));
      for (const diagnostic of params.context.diagnostics ?? []) {
        if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
        const match = open.result.findings.find(
          (finding) =>
            finding.code === diagnostic.code &&
            finding.range.start.line === diagnostic.range.start.line &&
            toLspRange(finding.range, open.bom).start.character === diagnostic.range.start.character,
        );
        if (match) findings.add(match);
      }
      for (const action of quickFixes(open.result, [...findings], language)) actions.push(toCodeAction(document, open, action, language));
    }
    if (only && wants(FIX_ALL_ACTION_KIND)) {
      const all = fixAll(open.result, language, { config: open.config, rules: ctx.rules });
      if (all) actions.push(toCodeAction(document, open, all, language));
    }
    return actions;
  }));

  onRequestOf(connection, GetScoreRequest, guard('getScore', (params: GetScoreParams): GetScoreResult => {
    if (!params || typeof params.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'wijkplan/getScore needs { uri }');
    if (documents.get(params.uri)) return validation.openAnalysis(params.uri)?.result.score ?? null;
    return validation.closedScores.get(params.uri) ?? null;
  }));

  // The preview is rendered here in the server's language (the client never chooses one), and
  // with `shell` as the whole webview document, so the client bundles no renderer.
  onRequestOf(connection, PreviewRequest, guard('preview', async (params: PreviewParams): Promise<PreviewResult> => {
    if (!params || typeof params.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'wijkplan/preview needs { uri }');
    const analysis = documents.get(params.uri) ? validation.openAnalysis(params.uri) : await validation.closedAnalysis(params.uri);
    if (!analysis) return null;
    const language = lang();
    const fileName = uriBasename(params.uri);
    const titel = analysis.result.plan?.titel;
    const title = typeof titel === 'string' && titel.trim() !== '' ? titel : fileName;
    const body = renderPreviewBody({ result: analysis.result, fileName, lang: language }, { links: true });
    const shell = params.shell;
    if (!shell) return { html: body, title, lang: language };
    if (typeof shell.nonce !== 'string' || typeof shell.cspSource !== 'string' || typeof shell.scriptUri !== 'string') {
      throw new ResponseError(ErrorCodes.InvalidParams, 'wijkplan/preview: shell needs { nonce, cspSource, scriptUri }');
    }
    const state = shell.state && typeof shell.state.uri === 'string' ? { uri: shell.state.uri } : undefined;
    const page = renderWebviewShell(body, { nonce: shell.nonce, cspSource: shell.cspSource, scriptUri: shell.scriptUri, state, lang: language, title });
    return { html: body, title, lang: language, page };
  }));

  // "Compare with the last commit": the open text against the text the client read from git.
  // The client asks after every validation (for the status bar), always with the same HEAD
  // text: its lint is kept per plan until the text or the configuration changes.
  const baseLints = new Map<string, { text: string; config: ResolvedConfig; result: LintResult }>();
  documents.onDidClose((event) => baseLints.delete(event.document.uri));
  onRequestOf(connection, ReviewRequest, guard('review', (params) => {
    if (!params || typeof params.uri !== 'string' || typeof params.baseText !== 'string') {
      throw new ResponseError(ErrorCodes.InvalidParams, 'wijkplan/review needs { uri, baseText, baseLabel }');
    }
    const open = validation.openAnalysis(params.uri);
    if (!open) return null;
    let base = baseLints.get(params.uri);
    if (!base || base.text !== params.baseText || base.config !== open.config) {
      base = { text: params.baseText, config: open.config, result: lint(params.baseText, { config: open.config, rules: ctx.rules }) };
      baseLints.set(params.uri, base);
    }
    const before = base.result;
    const changes = reviewChanges(before, open.result);
    const language = lang();
    const count = (effect: string) => changes.filter((change) => change.effect === effect).length;
    const result: NonNullable<ReviewResult> = {
      weaker: count('weaker'),
      accepted: changes.filter((change) => change.effect === 'weaker' && change.accepted).length,
      stronger: count('stronger'),
      neutral: count('neutral'),
      lang: language,
    };
    if (params.page) {
      const baseLabel = typeof params.baseLabel === 'string' && params.baseLabel !== '' ? params.baseLabel : 'HEAD';
      result.page = renderReviewPage({ before, after: open.result, changes, beforeFileName: baseLabel, fileName: uriBasename(params.uri), lang: language });
    }
    return result;
  }));

  onRequestOf(connection, RuleListRequest, guard('rules', () => {
    const language = lang();
    return RULES.map((rule) => ({ code: rule.code, name: rule.name, summary: rule.summary[language] }));
  }));

  onRequestOf(connection, NewPlanRequest, guard('newPlan', () => ({ content: PLAN_TEMPLATE })));
}
