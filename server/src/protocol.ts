/**
 * The custom part of the protocol between the Wijkplan client and server, typed once and
 * imported by both. Pure types and method names only: no LSP library, no runtime code, so
 * the Node client, the browser client, the servers and the tests all share it.
 */
import type { Lang, Score } from './core/types';

/** Server -> client notification after every validation of a plan (open or not). */
export const ScoreNotification = { method: 'wijkplan/score' } as const;

export interface ScoreParams {
  uri: string;
  /** The document version the score belongs to; null for a plan that is not open. */
  version: number | null;
  score: Score;
}

/** Client -> server request: the score of a plan the server knows, or null. */
export const GetScoreRequest = { method: 'wijkplan/getScore' } as const;

export interface GetScoreParams {
  uri: string;
}

export type GetScoreResult = Score | null;

/** Client -> server request: the plan rendered as HTML for the preview panel, or null. */
export const PreviewRequest = { method: 'wijkplan/preview' } as const;

export interface PreviewParams {
  uri: string;
  lang: Lang;
}

export type PreviewResult = { html: string; title: string } | null;

/**
 * Server -> client requests that give a server without a disk (the web worker) access to
 * the workspace through the client (`vscode.workspace.fs` / `findFiles`). A client that does
 * not implement them answers MethodNotFound; the server then only sees open documents.
 */
export const ReadFileRequest = { method: 'wijkplan/readFile' } as const;

export interface ReadFileParams {
  uri: string;
}

/** The file's text, or null when it does not exist or cannot be read. */
export type ReadFileResult = string | null;

export const FindFilesRequest = { method: 'wijkplan/findFiles' } as const;

export interface FindFilesParams {
  /** The workspace folder to search. */
  folderUri: string;
  /** Glob relative to the folder, e.g. `**\/*.wijkplan.{yaml,yml}`. */
  include: string;
  /** Glob of what to skip, e.g. `**\/{node_modules,.*}/**`. */
  exclude: string;
}

export type FindFilesResult = string[];

/** The `code` of a diagnostic about a configuration file (`.wijkplanrc.yaml` / `.json`). */
export const CONFIG_DIAGNOSTIC_CODE = 'WP-config';

/** The `code` of a diagnostic about a suppressions file (`wijkplan-suppressions.json`). */
export const SUPPRESSIONS_DIAGNOSTIC_CODE = 'WP-suppressions';

/** The `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'wijkplan';

/** The code action kind of "fix all safe problems". */
export const FIX_ALL_KIND = 'source.fixAll.wijkplan';

/** The settings under `wijkplan.*`, as `workspace/configuration` returns them. */
export interface WijkplanSettings {
  /** Message language: the client's locale (`auto`), or always Dutch or English. */
  language?: 'auto' | 'nl' | 'en';
  /** The preset (`extends`); a `.wijkplanrc` file that sets one wins. */
  preset?: 'aanbevolen' | 'streng';
  /** Severity per rule code; a `.wijkplanrc` file wins where it sets the same code. */
  rules?: Record<string, 'error' | 'warning' | 'info' | 'off'>;
  /** Thresholds (drempels); a `.wijkplanrc` file wins where it sets the same one. */
  thresholds?: Record<string, number>;
  trace?: { server?: 'off' | 'messages' | 'verbose' };
}

/** The `data` of each diagnostic, handed back in code action requests. */
export interface DiagnosticData {
  pointer: string;
}
