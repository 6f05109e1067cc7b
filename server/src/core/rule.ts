import type { Plan } from './model';
import type { PlaceholderPlace } from './placeholder';
import type { Category, Lang, LocalizedText, MessageData, Severity, Thresholds } from './types';
import { formatMessageData, placePositions } from './vocabulary';

/**
 * A fix described by what it adds, not by offsets: "give the mapping at `pointer` the key
 * `key` with this YAML value". The engine finds the place and the indentation, so a rule
 * never deals with text.
 */
export interface InsertKeyFix {
  kind: 'insertKey';
  /** The mapping that lacks the key (`""` is the document root). */
  pointer: string;
  key: string;
  /** YAML for the value: a block written at indentation 0, or a one-line scalar/flow value. */
  value: string;
  title: LocalizedText;
  /** Safe fixes only add an obvious placeholder; "fix all" applies them. */
  safe: boolean;
}

export type FixSpec = InsertKeyFix;

/**
 * The fix many rules share (WP411, WP412, WP501, WP504, WP505, WP601, WP603): give the top-level
 * section `section` the key `key`, inside it when the plan has the section, else as the section
 * created with that one key. `value` is a one-line YAML value.
 */
export function insertIntoSection(section: string, exists: boolean, key: string, value: string, title: LocalizedText, safe: boolean): InsertKeyFix {
  return exists
    ? { kind: 'insertKey', pointer: `/${section}`, key, value, title, safe }
    : { kind: 'insertKey', pointer: '', key: section, value: `${key}: ${value}`, title, safe };
}

export interface RelatedReport {
  pointer: string;
  messageId: string;
  data?: MessageData;
}

export interface Report {
  /** JSON Pointer of the node the finding is about; rules.md's "where". */
  pointer: string;
  messageId: string;
  data?: MessageData;
  /** For rules with two levels (WP102), one of the rule's `severities`; configuration still overrides it. */
  severity?: Severity;
  related?: RelatedReport[];
  fix?: FixSpec;
}

export interface RuleContext {
  /** The plan with every value that broke the schema removed. */
  readonly plan: Plan;
  /** The plan as written (after duplicate keys resolved), for rules that also look at broken values. */
  readonly raw: unknown;
  /** Placeholder texts (format.md 1.1), already removed from `plan`; WP801 reports them. */
  readonly placeholders: readonly PlaceholderPlace[];
  readonly thresholds: Thresholds;
  /** Offset of a node in the text, for ordering by document position; -1 when absent. */
  offsetOf(pointer: string): number;
  report(report: Report): void;
}

export interface RuleDefinition {
  code: string;
  name: string;
  category: Category;
  severity: Severity;
  /** One line for `wijkplan rules`, SARIF's short description and hovers. */
  summary: LocalizedText;
  /** Message templates by id; placeholders are `{name}`. */
  messages: Record<string, LocalizedText>;
  /** Numbers of the texts in shared/bronnen the rule rests on, e.g. `['000', '001']`. */
  sources: string[];
  /** Why the rule matters, in the project's own words. */
  rationale: LocalizedText;
  /**
   * The keys the rule looks at, as wildcard pointers (`/interventies/*\/voortzetting`, `*` for
   * one list index): a hover on such a key names the rule and why it matters. Rules that check
   * every node of a kind (the structure rules, WP801 on every text) watch no single key.
   */
  watches?: readonly string[];
  /** Required whenever a report carries a fix. */
  fixable?: boolean;
  /**
   * Every level the rule reports at, when a report can choose one other than `severity` (WP102:
   * a warning, an error at four years or less). `severity` stays the default that `wijkplan
   * rules`, SARIF and configuration show; a report at an undeclared level is WP000.
   */
  severities?: readonly Severity[];
  /** The thresholds (drempels) the rule reads. */
  thresholds?: Array<keyof Thresholds>;
  /** `false` when a comment cannot silence it (WP000, WP001, WP007: naming it is itself WP007). */
  suppressible?: false;
  /** `false` when configuration cannot change or switch off its severity (WP000, WP001). */
  configurable?: false;
  /** Findings of engine rules (WP000, WP001, WP002, WP006, WP007) come from the engine itself. */
  engine?: boolean;
  check(ctx: RuleContext): void;
}

/**
 * Fills `{name}` placeholders; unknown ones stay visible rather than vanish. With a language,
 * every value goes through the shared formatter first (dates, decimals, money: vocabulary.ts).
 */
export function fillTemplate(template: string, data: MessageData | undefined, lang?: Lang): string {
  const values = lang ? formatMessageData(data, lang) : data;
  const text = lang ? placePositions(template, data, lang) : template;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (values && name in values ? String(values[name]) : whole));
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}
