import { toTextEdits } from './fixes';
import type { Plan } from './model';
import { endLintScope } from './lint-scope';
import { joinPointer, LIMITS, parentPointer, parseText, rangeForPointer, splitPointer, type ParsedText } from './parse';
import { findPlaceholders, type PlaceholderPlace } from './placeholder';
import { fillTemplate, type Report, type RuleContext, type RuleDefinition } from './rule';
import { RULES, RULES_BY_CODE, UNCONFIGURABLE } from './rules/index';
import { checkSchema, type SchemaProblem } from './schema';
import { computeScore } from './score';
import { applySuppressions } from './suppress';
import type { Finding, LocalizedText, MessageData, ResolvedConfig, Score, Severity } from './types';
import { DEFAULT_CONFIG } from './types';
import { yamlProblem } from './vocabulary';

export interface LintOptions {
  config?: ResolvedConfig;
  /** The rules to run; all of them by default. Tests pass a subset or a failing rule. */
  rules?: readonly RuleDefinition[];
}

export interface LintResult {
  parsed: ParsedText;
  /** The plan with broken values removed, or undefined when the text is no plan at all. */
  plan: Plan | undefined;
  /** The placeholders of the plan (format.md 1.1): in `plan`, but missing for the rules. */
  placeholders: PlaceholderPlace[];
  /** Findings after configuration and suppressions, sorted by position and code. */
  findings: Finding[];
  score: Score;
}

/** Lints plan text: parse, schema, rules, configuration, suppressions, score. Never throws. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintParsed(parseText(text), options);
}

/** The checks of `lint` on parsed text, for callers that parse differently (the incremental linter). */
export function lintParsed(parsed: ParsedText, options: LintOptions = {}): LintResult {
  try {
    return lintParsedInScope(parsed, options);
  } finally {
    endLintScope();
  }
}

function lintParsedInScope(parsed: ParsedText, options: LintOptions): LintResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const rules = options.rules ?? RULES;
  const collector = new FindingCollector(parsed);

  if (parsed.syntaxProblems.length > 0) {
    // WP001 stops the checking of the file: no other finding, not even WP007 for a
    // suppression comment that the unreadable file happens to hold (rules.md).
    const findings = [syntaxFinding(parsed)];
    return { parsed, plan: undefined, placeholders: [], findings, score: computeScore(findings) };
  }
  if (parsed.empty) {
    collector.report('WP002', { pointer: '', messageId: 'empty' });
    const findings = finish(collector.findings, config, parsed);
    return { parsed, plan: undefined, placeholders: [], findings, score: computeScore(findings) };
  }

  for (const duplicate of parsed.duplicateKeys) {
    if (isExtension(duplicate.pointer)) continue;
    const report = { pointer: duplicate.pointer, messageId: 'duplicate', data: { key: duplicate.key } };
    collector.report('WP006', report, { start: duplicate.keyStart, end: duplicate.keyEnd });
  }
  const unresolvedTags = parsed.unresolvedTags.filter((tag) => !isExtension(tag.pointer));
  for (const tag of unresolvedTags) {
    collector.report('WP002', { pointer: tag.pointer, messageId: 'tag', data: { tag: tag.tag } });
  }

  const raw = withoutExtensions(parsed.value);
  // A value with an unknown tag is reported once, for its tag.
  const tagged = new Set(unresolvedTags.map((tag) => tag.pointer));
  const problems = checkSchema(raw).filter((problem) => !tagged.has(problem.pointer));
  for (const problem of problems) if (!problem.silent) collector.report('WP002', { pointer: problem.pointer, messageId: 'schema', data: { detail: '' } }, undefined, problem.message);

  let plan: Plan | undefined;
  let placeholders: PlaceholderPlace[] = [];
  if (isMapping(raw)) {
    const broken = brokenPointers(problems, parsed);
    const cleaned = removeBroken(raw, broken);
    // A document whose root is itself broken (a tagged scalar, say) has no plan to judge.
    if (isMapping(cleaned)) {
      plan = cleaned as Plan;
      // A placeholder counts as missing for every rule, like an empty text (WP801 reports it).
      // Looked for in the plan before the broken values left it (the same list items as in the
      // last version, so an edit walks only the items it touched), then those in broken values
      // are left out: what the cleaned plan holds.
      placeholders = findPlaceholders(raw).filter((place) => !isUnderAny(place.pointer, broken));
      const judged = placeholders.length === 0 ? plan : (removeBroken(raw, new Set([...broken, ...placeholders.map((p) => p.pointer)])) as Plan);
      runRules(rules, judged, raw, placeholders, config, parsed, collector);
    }
  }
  const findings = finish(collector.findings, config, parsed);
  return { parsed, plan, placeholders, findings, score: computeScore(findings) };
}

function runRules(
  rules: readonly RuleDefinition[],
  plan: Plan,
  raw: unknown,
  placeholders: readonly PlaceholderPlace[],
  config: ResolvedConfig,
  parsed: ParsedText,
  collector: FindingCollector,
): void {
  for (const rule of rules) {
    if (rule.engine) continue;
    if (config.rules[rule.code] === 'off') continue;
    const context: RuleContext = {
      plan,
      raw,
      placeholders,
      thresholds: config.thresholds,
      offsetOf: (pointer) => parsed.nodes.get(pointer)?.start ?? -1,
      report: (report) => {
        // As in eslint: a fix from a rule that does not declare `fixable` is a bug in the rule (WP000).
        if (report.fix && !rule.fixable) throw new Error(`${rule.code} reports a fix but does not declare fixable`);
        // Likewise a level the rule does not declare (WP102 declares warning and error).
        if (report.severity && report.severity !== rule.severity && !rule.severities?.includes(report.severity)) {
          throw new Error(`${rule.code} reports severity ${report.severity} but declares ${[rule.severity, ...(rule.severities ?? [])].join(', ')}`);
        }
        collector.report(rule.code, report);
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      collector.report('WP000', {
        pointer: '',
        messageId: 'crashed',
        data: { rule: `${rule.code} ${rule.name}`, error: error instanceof Error ? error.message : String(error) },
      });
    }
  }
}

/** Turns reports into findings with ranges and filled messages. */
class FindingCollector {
  readonly findings: Finding[] = [];

  constructor(private readonly parsed: ParsedText) {}

  add(finding: Finding): void {
    this.findings.push(finding);
  }

  report(code: string, report: Report, offsets?: { start: number; end: number }, message?: LocalizedText): void {
    const rule = RULES_BY_CODE.get(code);
    if (!rule) return;
    const template = rule.messages[report.messageId];
    const filled: LocalizedText = message ?? {
      nl: fillTemplate(template?.nl ?? report.messageId, report.data, 'nl'),
      en: fillTemplate(template?.en ?? report.messageId, report.data, 'en'),
    };
    const finding: Finding = {
      code: rule.code,
      name: rule.name,
      category: rule.category,
      severity: report.severity ?? rule.severity,
      pointer: report.pointer,
      range: offsets ? this.parsed.lines.rangeOf(offsets.start, offsets.end) : rangeForPointer(this.parsed, report.pointer),
      message: filled,
      messageId: report.messageId,
    };
    if (report.related && report.related.length > 0) {
      finding.related = report.related.map((related) => ({
        pointer: related.pointer,
        range: rangeForPointer(this.parsed, related.pointer),
        message: {
          nl: fillTemplate(rule.messages[related.messageId]?.nl ?? related.messageId, related.data, 'nl'),
          en: fillTemplate(rule.messages[related.messageId]?.en ?? related.messageId, related.data, 'en'),
        },
      }));
    }
    if (report.fix) {
      const edits = toTextEdits(this.parsed, report.fix);
      if (edits) finding.fix = { title: report.fix.title, edits, safe: report.fix.safe };
    }
    this.findings.push(finding);
  }
}

function syntaxFinding(parsed: ParsedText): Finding {
  const problem = parsed.syntaxProblems[0];
  const position = parsed.lines.positionAt(problem.offset);
  const data: MessageData = { line: position.line + 1, column: position.character + 1, detail: problem.message };
  let messageId = 'syntax';
  if (problem.message === 'documents') messageId = 'documents';
  else if (problem.message === 'binary') messageId = 'binary';
  else if (problem.message === 'size') {
    messageId = 'size';
    data.limit = `${LIMITS.maxChars / 1024 / 1024} MB`;
  } else if (problem.message === 'depth') {
    messageId = 'depth';
    data.limit = LIMITS.maxDepth;
  } else if (problem.message === 'aliases') {
    messageId = 'aliases';
    data.limit = LIMITS.maxAliasNodes;
  } else if (problem.message === 'nodes') {
    messageId = 'nodes';
    data.limit = LIMITS.maxNodes;
  }
  const rule = RULES_BY_CODE.get('WP001')!;
  return {
    code: 'WP001',
    name: rule.name,
    category: 'WP0',
    severity: 'error',
    pointer: '',
    // The range of `""`: the document's first key when the parser still saw one, else 1:1.
    range: parsed.syntaxFirstKey ? parsed.lines.rangeOf(...parsed.syntaxFirstKey) : rangeForPointer(parsed, ''),
    message: {
      nl: fillTemplate(rule.messages[messageId].nl, { ...data, detail: yamlProblem(problem.message, 'nl') }, 'nl'),
      en: fillTemplate(rule.messages[messageId].en, { ...data, detail: yamlProblem(problem.message, 'en') }, 'en'),
    },
  };
}

/** Configuration, then suppressions, then the order the CLI and editor show. */
function finish(findings: Finding[], config: ResolvedConfig, parsed: ParsedText): Finding[] {
  const configured: Finding[] = [];
  for (const finding of findings) {
    const severity = configuredSeverity(finding, config);
    if (severity === 'off') continue;
    configured.push(severity === finding.severity ? finding : { ...finding, severity });
  }
  const kept = applySuppressions(configured, parsed, config);
  return kept.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0),
  );
}

/** WP000 and WP001 are not configurable; `streng` raises infos to warnings; `regels` wins. */
export function configuredSeverity(finding: Pick<Finding, 'code' | 'severity'>, config: ResolvedConfig): Severity | 'off' {
  if (UNCONFIGURABLE.has(finding.code)) return finding.severity;
  const configured = config.rules[finding.code];
  if (configured) return configured;
  if (config.preset === 'streng' && finding.severity === 'info') return 'warning';
  return finding.severity;
}

/** True for an `x-` key and what is under it: ignored by every rule, WP006 and WP002 included. */
function isExtension(pointer: string): boolean {
  return splitPointer(pointer).some((token) => token.startsWith('x-'));
}

/** A plain mapping (not a list, a date or a buffer that a YAML tag produced). */
function isMapping(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * What is under an `x-` key is not checked, so it is left out before anything looks. Only what
 * holds such a key is copied; the rest is the parsed value itself (nothing changes plan data
 * once it is parsed: the incremental linter hands the same values to the next version).
 */
function withoutExtensions(value: unknown): unknown {
  return pruned(value, EXTENSIONS);
}

/** How a value is pruned, with what it made of each list item it met (see `pruned`). */
interface Pruning {
  omitKey(key: string): boolean;
  omitValue(kept: unknown): boolean;
  readonly items: WeakMap<object, unknown>;
}

const EXTENSIONS: Pruning = { omitKey: (key) => key.startsWith('x-'), omitValue: () => false, items: new WeakMap() };
const EMPTY_VALUES: Pruning = { omitKey: () => false, omitValue: (kept) => kept === undefined || kept === null, items: new WeakMap() };

/**
 * `value` without the mapping entries that `omitKey` names (not looked into) or whose pruned
 * value `omitValue` refuses; list items are pruned but stay. Copied only along what changed:
 * whatever loses nothing is returned as it is. What a list item became is remembered by the
 * item: the incremental linter hands unchanged items to the next version as the same objects
 * (never changed), so an edit prunes only the items it touched, and gets the same copies.
 */
function pruned(value: unknown, how: Pruning): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      let kept: unknown;
      if (item !== null && typeof item === 'object') {
        kept = how.items.get(item);
        if (kept === undefined) how.items.set(item, (kept = pruned(item, how)));
      } else kept = item;
      if (kept !== item && !out) out = value.slice(0, index);
      if (out) out.push(kept);
    }
    return out ?? value;
  }
  const record = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const key in record) {
    const child = record[key];
    const omitted = how.omitKey(key);
    const kept = omitted ? undefined : pruned(child, how);
    const drop = omitted || how.omitValue(kept);
    if ((drop || kept !== child) && !out) out = copyUntil(record, key);
    if (out && !drop) setOwn(out, key, kept);
  }
  return out ?? value;
}

/** A copy of the entries of `record` before `stop`. */
function copyUntil(record: Record<string, unknown>, stop: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in record) {
    if (key === stop) break;
    setOwn(out, key, record[key]);
  }
  return out;
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // `__proto__` must stay an own property; assigned, it would set the prototype.
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** The pointers of the values that leave the plan: broken by the schema, or with an unknown tag. */
function brokenPointers(problems: SchemaProblem[], parsed: ParsedText): Set<string> {
  const broken = new Set<string>();
  for (const problem of problems) {
    if (problem.removes) broken.add(problem.pointer);
    if (problem.removePointer !== undefined) broken.add(problem.removePointer);
  }
  for (const tag of parsed.unresolvedTags) broken.add(tag.pointer);
  return broken;
}

/** Whether `pointer` or a pointer above it is in `pointers`. */
function isUnderAny(pointer: string, pointers: ReadonlySet<string>): boolean {
  if (pointers.size === 0) return false;
  for (let at = pointer; ; at = parentPointer(at)) {
    if (pointers.has(at)) return true;
    if (at === '') return false;
  }
}

/** A copy of the plan where each value at a `broken` pointer is gone (list items become holes). */
function removeBroken(raw: unknown, broken: ReadonlySet<string>): unknown {
  // The pointers above a broken value: only there are pointers worth building; elsewhere the
  // copy only leaves out empty values (most of a large plan, however many values are broken).
  const above = new Set<string>();
  for (const pointer of broken) {
    for (let cut = pointer.lastIndexOf('/'); cut >= 0; cut = pointer.lastIndexOf('/', cut - 1)) {
      const prefix = pointer.slice(0, cut);
      if (above.has(prefix)) break;
      above.add(prefix);
      if (cut === 0) break;
    }
  }
  // Empty values (null) leave the copy; whatever holds none is kept as it is.
  const plain = (value: unknown): unknown => pruned(value, EMPTY_VALUES);
  const copy = (value: unknown, pointer: string): unknown => {
    if (broken.has(pointer)) return undefined;
    if (!above.has(pointer)) return plain(value);
    if (Array.isArray(value)) return value.map((item, index) => copy(item, joinPointer(pointer, index)));
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(value)) {
        const kept = copy(child, joinPointer(pointer, key));
        if (kept === undefined || kept === null) continue;
        setOwn(out, key, kept);
      }
      return out;
    }
    return value;
  };
  return copy(raw, '');
}
