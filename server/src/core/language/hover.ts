import { skeletonAt } from '../skeletons';
import { indefinite, NOUNS, plural, SEVERITY_NAMES } from '../vocabulary';
import type { LintResult } from '../lint';
import { parentPointer, splitPointer } from '../parse';
import type { RuleDefinition } from '../rule';
import { RULES_BY_CODE } from '../rules/index';
import type { Finding, Lang, Range } from '../types';
import { findDefinition, indexPlan, locate, symbolAt, valueAt, type IdDefinition, type PlanIndex } from './plan-index';
import { RULES_BY_KEY } from './rule-keys';
import { resolveSchema, schemaAtPath, wildcardPointer, type IdKind, type SchemaInfo } from './schema-info';
import { escapeMarkdown, pick, rangeContains, sourceTitle, type DocsUrl } from './text';

export interface HoverInput {
  result: LintResult;
  /** Offset into `result.parsed.text`. */
  offset: number;
  lang: Lang;
  docsUrl: DocsUrl;
}

export interface HoverResult {
  /** Markdown. */
  contents: string;
  range: Range;
}

/**
 * What the cursor is on, explained: a finding's rule (why it matters, its source, a link),
 * a key (its description and the rules that look at it), or a ref or id (the item it names).
 */
export function hover(input: HoverInput): HoverResult | undefined {
  const { result, offset, lang } = input;
  const { parsed } = result;
  const position = parsed.lines.positionAt(offset);
  const sections: string[] = [];
  let range: Range | undefined;

  const findings = result.findings.filter((finding) => rangeContains(finding.range, position));
  const seen = new Set<string>();
  for (const finding of findings) {
    if (seen.has(finding.code)) continue;
    seen.add(finding.code);
    sections.push(findingSection(finding, lang, input.docsUrl));
    range ??= finding.range;
  }

  const index = indexPlan(parsed);
  const symbol = symbolAt(index, offset);
  const located = locate(parsed, offset);
  if (symbol) {
    const text = symbolSection(symbol.kind, symbol.id, symbol.definition, index, parsed.value, lang);
    sections.push(text);
    const at = symbol.reference ?? symbol.definition!;
    range = parsed.lines.rangeOf(at.start, at.end);
  } else if (located) {
    const tokens = splitPointer(located.pointer);
    if (located.part === 'key' && !tokens[tokens.length - 1]?.startsWith('x-')) {
      const text = keySection(located.pointer, lang, input.docsUrl);
      if (text) {
        sections.push(text);
        range = parsed.lines.rangeOf(located.start, located.end);
      }
    } else if (located.part === 'value') {
      const schema = schemaAtPath(tokens);
      const place = result.placeholders.find((p) => p.pointer === located.pointer);
      if (place) {
        sections.push(placeholderSection(place.pointer, place.field, lang));
        range = parsed.lines.rangeOf(located.start, located.end);
      }
      if (schema?.enum) {
        sections.push(enumSection(located.pointer, schema, lang));
        range = parsed.lines.rangeOf(located.start, located.end);
      }
    }
  }
  if (sections.length === 0 || !range) return undefined;
  return { contents: sections.join('\n\n---\n\n'), range };
}

function severityLabel(finding: Finding, lang: Lang): string {
  return SEVERITY_NAMES[lang][finding.severity];
}

function findingSection(finding: Finding, lang: Lang, docsUrl: DocsUrl): string {
  const rule = RULES_BY_CODE.get(finding.code);
  const lines = [`**${finding.code} ${finding.name}** (${severityLabel(finding, lang)})`];
  if (rule) {
    lines.push('', escapeMarkdown(rule.summary[lang]));
    lines.push('', `${pick(lang, 'Waarom', 'Why')}: ${escapeMarkdown(rule.rationale[lang])}`);
    const sources = rule.sources.map((number) => escapeMarkdown(sourceTitle(number)));
    if (sources.length > 0) lines.push('', `${pick(lang, 'Bron', 'Source')}: ${sources.join('; ')}`);
  }
  lines.push('', `[${pick(lang, 'Documentatie van', 'Documentation of')} ${finding.code}](${docsUrl(finding.code)})`);
  return lines.join('\n');
}

function typeLabel(schema: SchemaInfo, lang: Lang): string {
  if (schema.xRef) return pick(lang, `verwijzing naar ${indefinite(schema.xRef, 'nl')}`, `reference to ${indefinite(schema.xRef, 'en')}`);
  if (schema.format === 'date') return pick(lang, 'datum (JJJJ-MM-DD)', 'date (YYYY-MM-DD)');
  if (schema.def === 'periode') return pick(lang, 'periode (start, eind)', 'period (start, eind)');
  if (schema.def === 'id') return 'id';
  if (schema.type === 'array') {
    const items = resolveSchema(schema.items);
    if (items?.xRef) return pick(lang, `lijst van verwijzingen naar ${plural(items.xRef, 'nl')}`, `list of references to ${plural(items.xRef, 'en')}`);
    return pick(lang, 'lijst', 'list');
  }
  if (schema.type === 'object') return pick(lang, 'sectie', 'section');
  if (schema.type === 'string') return pick(lang, 'tekst', 'text');
  if (schema.type === 'integer') return pick(lang, 'geheel getal', 'integer');
  if (schema.type === 'number') return pick(lang, 'getal', 'number');
  return schema.type ?? '';
}

function keySection(pointer: string, lang: Lang, docsUrl: DocsUrl): string | undefined {
  const tokens = splitPointer(pointer);
  const schema = schemaAtPath(tokens);
  const key = tokens[tokens.length - 1];
  if (!schema) return undefined;
  const parent = schemaAtPath(tokens.slice(0, -1));
  const required = parent?.required?.includes(key) ?? false;
  const lines = [`**${escapeMarkdown(key)}** · ${typeLabel(schema, lang)} · ${required ? pick(lang, 'verplicht', 'required') : pick(lang, 'optioneel', 'optional')}`];
  if (schema.description) lines.push('', escapeMarkdown(schema.description));
  if (schema.enum) lines.push('', `${pick(lang, 'Waarden', 'Values')}: ${schema.enum.map((value) => `\`${value}\``).join(', ')}`);
  const rules = RULES_BY_KEY.get(wildcardPointer(pointer)) ?? [];
  if (rules.length > 0) {
    lines.push('', `**${pick(lang, 'Waarom dit telt voor borging', 'Why this matters for lasting results')}**`);
    for (const rule of rules) {
      const sources = rule.sources.map((number) => escapeMarkdown(sourceTitle(number))).join('; ');
      const cite = sources ? ` _(${pick(lang, 'bron', 'source')}: ${sources})_` : '';
      lines.push(`- [${rule.code}](${docsUrl(rule.code)}) ${rule.name}: ${escapeMarkdown(rule.rationale[lang])}${cite}`);
    }
  }
  return lines.join('\n');
}

/**
 * A placeholder (format.md 1.1) explained: that it is still to write, and what belongs there,
 * from the schema's description of the key and the question of the skeleton source.
 */
function placeholderSection(pointer: string, field: string, lang: Lang): string {
  const tokens = splitPointer(pointer);
  const schema = schemaAtPath(tokens);
  const lines = [`**${pick(lang, 'Nog in te vullen', 'Still to write')}:** \`${escapeMarkdown(field)}\``];
  lines.push('', pick(lang, 'Hier staat nog sjabloontekst. Tot u het echte antwoord schrijft, telt deze tekst voor geen enkele regel mee.', 'This is still template text. Until you write the real answer, no rule counts it.'));
  if (schema?.description) lines.push('', `${pick(lang, 'Wat hier hoort', 'What belongs here')}: ${escapeMarkdown(schema.description)}`);
  const fillIn = skeletonAt(pointer);
  if (fillIn) lines.push('', `${pick(lang, 'Vraag om te beantwoorden', 'Question to answer')}: ${escapeMarkdown(fillIn.text)}`);
  return lines.join('\n');
}

function enumSection(pointer: string, schema: SchemaInfo, lang: Lang): string {
  const tokens = splitPointer(pointer);
  const key = /^\d+$/.test(tokens[tokens.length - 1] ?? '') ? tokens[tokens.length - 2] : tokens[tokens.length - 1];
  const lines = [`**${escapeMarkdown(key ?? '')}**`];
  if (schema.description) lines.push('', escapeMarkdown(schema.description));
  lines.push('', `${pick(lang, 'Waarden', 'Values')}: ${schema.enum!.map((value) => `\`${value}\``).join(', ')}`);
  return lines.join('\n');
}

const KIND_LABEL: Record<IdKind, { nl: string; en: string }> = {
  partner: { nl: 'Partner', en: 'Partner' },
  doel: { nl: 'Doel', en: 'Goal' },
  indicator: { nl: 'Indicator', en: 'Indicator' },
  interventie: { nl: 'Interventie', en: 'Intervention' },
  bron: { nl: 'Financieringsbron', en: 'Funding source' },
};

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : typeof value === 'number' ? String(value) : undefined;
}

function symbolSection(kind: IdKind, id: string, definition: IdDefinition | undefined, index: PlanIndex, plan: unknown, lang: Lang): string {
  const label = KIND_LABEL[kind][lang];
  if (!definition) {
    return pick(
      lang,
      `**${label} \`${id}\`** bestaat niet in dit plan: er is geen ${NOUNS[kind].nl.singular} met deze id.`,
      `**${label} \`${id}\`** does not exist in this plan: no ${NOUNS[kind].en.singular} has this id.`,
    );
  }
  const item = (valueAt(plan, definition.pointer) ?? {}) as Record<string, unknown>;
  const name = str(item.naam) ?? str(item.titel);
  const lines = [`**${label} \`${id}\`**${name ? `: ${escapeMarkdown(name)}` : ''}`, ''];
  const facts: string[] = [];
  const fact = (nl: string, en: string, value: string | undefined) => {
    if (value) facts.push(`- ${pick(lang, nl, en)}: ${escapeMarkdown(value)}`);
  };
  if (kind === 'partner') {
    fact('soort', 'kind', str(item.soort));
    fact('rol', 'role', str(item.rol));
    const commitment = item.commitment as Record<string, unknown> | undefined;
    if (commitment && typeof commitment === 'object') {
      const until = str(commitment.tot);
      const where = str(commitment.vastgelegd_in);
      fact('toezegging', 'commitment', [until ? pick(lang, `tot ${until}`, `until ${until}`) : undefined, where ? `(${where})` : undefined].filter(Boolean).join(' '));
    } else {
      facts.push(`- ${pick(lang, 'toezegging: niet vastgelegd', 'commitment: not recorded')}`);
    }
    fact('belang', 'value case', str(item.belang));
  } else if (kind === 'doel') {
    fact('domein', 'domain', str(item.domein));
    const indicators = Array.isArray(item.indicatoren) ? item.indicatoren.length : 0;
    facts.push(`- ${pick(lang, 'indicatoren', 'indicators')}: ${indicators}`);
  } else if (kind === 'bron') {
    fact('soort', 'kind', str(item.soort));
    const payer = str(item.partner);
    if (payer) {
      const partner = findDefinition(index, 'partner', payer);
      const payerName = partner ? str((valueAt(plan, partner.pointer) as Record<string, unknown> | undefined)?.naam) : undefined;
      fact('betaald door', 'paid by', payerName ? `${payer} (${payerName})` : payer);
    }
  } else if (kind === 'indicator') {
    fact('soort', 'kind', str(item.soort));
    fact('eenheid', 'unit', str(item.eenheid));
    fact('richting', 'direction', str(item.richting));
    const goal = valueAt(plan, parentPointer(parentPointer(definition.pointer))) as Record<string, unknown> | undefined;
    fact('bij doel', 'of goal', str(goal?.id));
  } else if (kind === 'interventie') {
    fact('beschrijving', 'description', str(item.beschrijving));
    const continuation = item.voortzetting as Record<string, unknown> | undefined;
    fact('voortzetting', 'continuation', str(continuation?.strategie) ?? pick(lang, 'geen', 'none'));
  }
  lines.push(...facts);
  if (kind === 'partner' || kind === 'doel' || kind === 'bron') {
    const count = index.references.filter((ref) => ref.kind === kind && ref.id === id).length;
    lines.push('', pick(lang, count === 1 ? 'Eén verwijzing in het plan.' : `${count} verwijzingen in het plan.`, count === 1 ? 'One reference in the plan.' : `${count} references in the plan.`));
  }
  return lines.join('\n');
}
