/** Shared types of the pure core. Nothing here knows about editors, LSP or disks. */

export type Severity = 'error' | 'warning' | 'info';
export type ConfiguredSeverity = Severity | 'off';
export type Lang = 'nl' | 'en';
export type Category = 'WP0' | 'WP1' | 'WP2' | 'WP3' | 'WP4' | 'WP5' | 'WP6' | 'WP7' | 'WP8';
export const SCORED_CATEGORIES = ['WP1', 'WP2', 'WP3', 'WP4', 'WP5', 'WP6', 'WP7', 'WP8'] as const;
export type ScoredCategory = (typeof SCORED_CATEGORIES)[number];

/** A zero-based position, counted in UTF-16 code units as LSP does. */
export interface Position {
  line: number;
  character: number;
}

/** A half-open range: `end` is just past the last character. */
export interface Range {
  start: Position;
  end: Position;
}

export interface LocalizedText {
  nl: string;
  en: string;
}

export type MessageData = Record<string, string | number>;

/** A second place that matters for a finding (LSP relatedInformation). */
export interface RelatedPlace {
  pointer: string;
  range: Range;
  message: LocalizedText;
}

/** A text edit on the plan text, by offsets into the text given to `lint`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: LocalizedText;
  edits: TextEdit[];
  /** Safe fixes are applied by "fix all"; the others only on request. */
  safe: boolean;
}

export interface Finding {
  code: string;
  name: string;
  category: Category;
  severity: Severity;
  /** JSON Pointer (RFC 6901) of the node the finding is about. */
  pointer: string;
  range: Range;
  /** The message in both languages, already filled in. */
  message: LocalizedText;
  /** Which of the rule's messages it is (`short`, `tooShort` …), for fixtures and tools; absent for engine-made findings. */
  messageId?: string;
  related?: RelatedPlace[];
  fix?: Fix;
}

export interface Thresholds {
  minHorizonYears: number;
  minOwners: number;
  minPartnerKinds: number;
  minStructuralShare: number;
  maxEvaluationGapYears: number;
  /** (1.1) WP108: how many calendar months before an intervention's end continuation is decided. */
  minDecisionLeadMonths: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  minHorizonYears: 10,
  minOwners: 2,
  minPartnerKinds: 3,
  minStructuralShare: 0.5,
  maxEvaluationGapYears: 2,
  minDecisionLeadMonths: 12,
};

export type Preset = 'aanbevolen' | 'streng';

/** A configuration after validation: what `lint` needs, nothing about where it came from. */
export interface ResolvedConfig {
  preset: Preset;
  rules: Record<string, ConfiguredSeverity>;
  thresholds: Thresholds;
}

export const DEFAULT_CONFIG: ResolvedConfig = {
  preset: 'aanbevolen',
  rules: {},
  thresholds: DEFAULT_THRESHOLDS,
};

export interface Score {
  /** 0..100, or null when the plan has a WP0xx error. */
  overall: number | null;
  categories: Record<ScoredCategory, number | null>;
}
