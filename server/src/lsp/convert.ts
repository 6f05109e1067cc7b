import {
  CompletionItemKind,
  DiagnosticSeverity,
  InsertTextFormat,
  InsertTextMode,
  SymbolKind,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type Position,
  type Range,
  type SymbolInformation,
} from 'vscode-languageserver';
import { ruleDocUrl } from '../core/docs-url';
import type { LintResult } from '../core/lint';
import type { CompletionEntry, PlanFoldingRange, PlanSymbol } from '../core/language/index';
import type { SuppressionsProblem } from '../core/bulk-suppressions';
import type { ConfigProblem } from '../core/config';
import type { Finding, Lang, Position as CorePosition, Range as CoreRange, Severity } from '../core/types';
import { CONFIG_DIAGNOSTIC_CODE, DIAGNOSTIC_SOURCE, SUPPRESSIONS_DIAGNOSTIC_CODE, type DiagnosticData } from '../protocol';

/**
 * Core positions count in the text without a byte order mark; a client that keeps the BOM
 * in its document counts it on line 0. `bom` is 1 then, else 0.
 */
export function bomOf(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

export function toLspPosition(position: CorePosition, bom: number): Position {
  return position.line === 0 && bom ? { line: 0, character: position.character + bom } : { line: position.line, character: position.character };
}

export function toLspRange(range: CoreRange, bom: number): Range {
  return { start: toLspPosition(range.start, bom), end: toLspPosition(range.end, bom) };
}

/**
 * The core offset of an LSP position, or undefined when the position lies outside the text
 * (a line past the end, or a character past the end of its line).
 */
export function toOffset(result: LintResult, position: Position, bom: number): number | undefined {
  const { lines } = result.parsed;
  if (!Number.isInteger(position.line) || !Number.isInteger(position.character)) return undefined;
  if (position.line < 0 || position.line >= lines.lineCount) return undefined;
  const character = position.line === 0 ? position.character - bom : position.character;
  const length = lines.lineContentEnd(position.line) - lines.lineStarts[position.line];
  if (character < 0 || character > length) return undefined;
  return lines.lineStarts[position.line] + character;
}

/**
 * The core position of an LSP position, clamped into the text's lines' reach (a range a client
 * sends for code actions may start before the byte order mark or at a negative place).
 */
export function fromLspPosition(position: Position, bom: number): CorePosition {
  const line = Math.max(0, position.line);
  return { line, character: Math.max(0, line === 0 ? position.character - bom : position.character) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** A finding as an LSP diagnostic: code with its documentation link, message in `lang`, related places. */
export function toDiagnostic(finding: Finding, uri: string, lang: Lang, bom: number): Diagnostic {
  return diagnosticOf(finding, uri, lang, bom, { href: ruleDocUrl(finding.code) });
}

/**
 * Every finding of a plan as diagnostics, for one publish. Thousands of findings share a few
 * dozen codes, so each code's documentation link is made once and shared.
 */
export function toDiagnostics(findings: readonly Finding[], uri: string, lang: Lang, bom: number): Diagnostic[] {
  const links = new Map<string, { href: string }>();
  const out: Diagnostic[] = new Array(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i];
    let link = links.get(finding.code);
    if (!link) links.set(finding.code, (link = { href: ruleDocUrl(finding.code) }));
    out[i] = diagnosticOf(finding, uri, lang, bom, link);
  }
  return out;
}

function diagnosticOf(finding: Finding, uri: string, lang: Lang, bom: number, codeDescription: { href: string }): Diagnostic {
  const data: DiagnosticData = { pointer: finding.pointer };
  const diagnostic: Diagnostic = {
    range: toLspRange(finding.range, bom),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message[lang],
    data,
  };
  if (finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((related) => ({
      location: { uri, range: toLspRange(related.range, bom) },
      message: related.message[lang],
    }));
  }
  return diagnostic;
}

/**
 * Findings the suppressions file leaves out, as hints: the writer still sees them, and the
 * message says why they do not count.
 */
export function toSuppressedDiagnostics(findings: readonly Finding[], uri: string, lang: Lang, bom: number, file: string): Diagnostic[] {
  const prefix = lang === 'nl' ? `(onderdrukt in ${file}) ` : `(suppressed in ${file}) `;
  return toDiagnostics(findings, uri, lang, bom).map((diagnostic) => ({ ...diagnostic, severity: DiagnosticSeverity.Hint, message: prefix + diagnostic.message }));
}

/** A problem in one of the project's own files (configuration, suppressions), as a diagnostic on that file. */
function fileProblemDiagnostic(problem: { range: Diagnostic['range']; message: Record<Lang, string> }, code: string, lang: Lang): Diagnostic {
  return { range: problem.range, severity: DiagnosticSeverity.Error, code, source: DIAGNOSTIC_SOURCE, message: problem.message[lang] };
}

/** A problem in a suppressions file as a diagnostic on that file. */
export function toSuppressionsDiagnostic(problem: SuppressionsProblem, lang: Lang): Diagnostic {
  return fileProblemDiagnostic(problem, SUPPRESSIONS_DIAGNOSTIC_CODE, lang);
}

/** A problem in a configuration file as a diagnostic on that file. */
export function toConfigDiagnostic(problem: ConfigProblem, lang: Lang): Diagnostic {
  return fileProblemDiagnostic(problem, CONFIG_DIAGNOSTIC_CODE, lang);
}

const COMPLETION_KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  key: CompletionItemKind.Property,
  section: CompletionItemKind.Snippet,
  item: CompletionItemKind.Snippet,
  value: CompletionItemKind.EnumMember,
  ref: CompletionItemKind.Reference,
  date: CompletionItemKind.Value,
  code: CompletionItemKind.Constant,
};

export function toCompletionItem(entry: CompletionEntry, bom: number): CompletionItem {
  const item: CompletionItem = {
    label: entry.label,
    kind: COMPLETION_KIND[entry.kind],
    textEdit: { range: toLspRange(entry.range, bom), newText: entry.insertText },
    insertTextFormat: entry.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    // Lines after the first are already indented for the place they go.
    insertTextMode: InsertTextMode.asIs,
  };
  if (entry.detail) item.detail = entry.detail;
  if (entry.documentation) item.documentation = { kind: 'markdown', value: entry.documentation };
  if (entry.sortText) item.sortText = entry.sortText;
  if (entry.filterText) item.filterText = entry.filterText;
  if (entry.preselect) item.preselect = true;
  return item;
}

const SYMBOL_KIND: Record<PlanSymbol['kind'], SymbolKind> = {
  section: SymbolKind.Module,
  key: SymbolKind.Property,
  list: SymbolKind.Array,
  partner: SymbolKind.Class,
  goal: SymbolKind.Interface,
  indicator: SymbolKind.Field,
  intervention: SymbolKind.Function,
  source: SymbolKind.Package,
  evaluation: SymbolKind.Event,
};

export function toDocumentSymbol(symbol: PlanSymbol, bom: number): DocumentSymbol {
  const out: DocumentSymbol = {
    name: symbol.name,
    kind: SYMBOL_KIND[symbol.kind],
    range: toLspRange(symbol.range, bom),
    selectionRange: toLspRange(symbol.selectionRange, bom),
    children: symbol.children.map((child) => toDocumentSymbol(child, bom)),
  };
  if (symbol.detail) out.detail = symbol.detail;
  return out;
}

/** Symbols as a flat list with container names, for a client without hierarchical symbols. */
export function flattenSymbols(symbols: readonly DocumentSymbol[], uri: string): SymbolInformation[] {
  const flat: SymbolInformation[] = [];
  const visit = (list: readonly DocumentSymbol[], container?: string) => {
    for (const symbol of list) {
      flat.push({ name: symbol.name, kind: symbol.kind, location: { uri, range: symbol.range }, containerName: container });
      visit(symbol.children ?? [], symbol.name);
    }
  };
  visit(symbols);
  return flat;
}

export function toFoldingRange(range: PlanFoldingRange): FoldingRange {
  return range.kind ? { startLine: range.startLine, endLine: range.endLine, kind: range.kind } : { startLine: range.startLine, endLine: range.endLine };
}

/** Today's date as YYYY-MM-DD in local time: the adapter owns the clock, the core has none. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
