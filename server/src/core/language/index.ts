/**
 * The language service: pure functions from plan text (or a lint result) to what an editor
 * shows. No editor, LSP, disk or clock here; the server adapts these to the protocol, and the
 * same functions run in a web worker.
 */
export { hover, type HoverInput, type HoverResult } from './hover';
export { complete, type CompletionEntry, type CompletionInput, type CompletionKind } from './completion';
export { snippetToPlain } from './snippets';
export { documentSymbols, type PlanSymbol, type PlanSymbolKind } from './symbols';
export { definitionAt, prepareRename, referencesAt, renameAt, RenameError, type DefinitionTarget, type RenameEdit } from './navigation';
export { foldingRanges, type PlanFoldingRange } from './folding';
export { findingsInRange, fixAll, FIX_ALL_ACTION_KIND, quickFixes, suppressionEdit, type ActionEdit, type PlanCodeAction } from './code-actions';
export type { DocsUrl } from './text';
