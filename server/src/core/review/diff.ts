/**
 * The semantic diff of two plans (review.md): items matched by id (a list item without id by
 * position), never by line. Pure: two cleaned plans in (lint's `plan`, broken values removed),
 * a change list out. Formatting, comments and key order are no change because only values compare.
 */
import type { BedragItem, Plan } from '../model';
import { parseDate, compareDates } from '../model';
import { centsPerYear, formatEuros, lastPayingYear } from '../analysis/money';
import { findPlaceholders } from '../placeholder';
import { joinPointer } from '../pointer';
import { formatDate, formatMoney } from '../preview/format';
import type { Lang } from '../types';

export type Effect = 'weaker' | 'stronger' | 'neutral';

export interface Change {
  kind: string;
  effect: Effect;
  pointer: string;
  side: 'after' | 'before';
  before: unknown;
  after: unknown;
  message: { nl: string; en: string };
  accepted?: boolean;
}

/** Every kind the diff emits, with its effect and meaning; docs/review-changes.md lists the same. */
export const CHANGE_KINDS: Record<string, { effect: Effect; nl: string; en: string }> = {
  'plan-end-earlier': { effect: 'weaker', nl: 'looptijd van het plan eindigt eerder', en: 'plan period ends earlier' },
  'plan-end-later': { effect: 'stronger', nl: 'looptijd van het plan eindigt later', en: 'plan period ends later' },
  'commitment-shortened': { effect: 'weaker', nl: 'toezegging van een partner eindigt eerder', en: "a partner's commitment ends earlier" },
  'commitment-extended': { effect: 'stronger', nl: 'toezegging van een partner eindigt later', en: "a partner's commitment ends later" },
  'commitment-removed': { effect: 'weaker', nl: 'toezegging weggehaald (ook met de partner zelf)', en: 'commitment removed (also with the partner itself)' },
  'commitment-added': { effect: 'stronger', nl: 'toezegging toegevoegd bij een partner', en: 'commitment added to a partner' },
  'partner-removed': { effect: 'weaker', nl: 'partner weggehaald die eigenaar, trekker, financier, stuurgroeplid of evaluator was', en: 'partner removed who owned, led, paid, steered or evaluated something' },
  'owner-removed': { effect: 'weaker', nl: 'eigenaar weggehaald bij een interventie', en: 'owner removed from an intervention' },
  'owner-added': { effect: 'stronger', nl: 'eigenaar toegevoegd bij een interventie', en: 'owner added to an intervention' },
  'deputy-removed': { effect: 'weaker', nl: 'vervanger van een trekker of de programmamanager weggehaald', en: 'deputy of a lead or the programme manager removed' },
  'deputy-added': { effect: 'stronger', nl: 'vervanger van een trekker of de programmamanager toegevoegd', en: 'deputy of a lead or the programme manager added' },
  'source-removed': { effect: 'weaker', nl: 'financieringsbron weggehaald', en: 'funding source removed' },
  'source-added': { effect: 'stronger', nl: 'financieringsbron toegevoegd', en: 'funding source added' },
  'source-amount-lowered': { effect: 'weaker', nl: 'totaal van een bron over alle jaren lager', en: "a source's total over all years lower" },
  'source-amount-raised': { effect: 'stronger', nl: 'totaal van een bron over alle jaren hoger', en: "a source's total over all years higher" },
  'source-ends-earlier': { effect: 'weaker', nl: 'laatste jaar met geld van een bron eerder', en: "a source's last paying year earlier" },
  'source-ends-later': { effect: 'stronger', nl: 'laatste jaar met geld van een bron later', en: "a source's last paying year later" },
  'source-no-longer-structural': { effect: 'weaker', nl: 'bron niet meer structureel', en: 'source no longer structural' },
  'source-now-structural': { effect: 'stronger', nl: 'bron nu structureel', en: 'source now structural' },
  'structural-share-lowered': { effect: 'weaker', nl: 'aandeel structureel geld lager', en: 'structural share of money lower' },
  'structural-share-raised': { effect: 'stronger', nl: 'aandeel structureel geld hoger', en: 'structural share of money higher' },
  'continuation-removed': { effect: 'weaker', nl: 'voortzetting weggehaald', en: 'continuation removed' },
  'continuation-added': { effect: 'stronger', nl: 'voortzetting toegevoegd', en: 'continuation added' },
  'continuation-wound-down': { effect: 'weaker', nl: 'strategie naar afbouwen of stoppen', en: 'strategy changed to wind down or stop' },
  'continuation-restored': { effect: 'stronger', nl: 'strategie van afbouwen of stoppen naar inbedden of overdragen', en: 'strategy changed from wind down or stop to embed or hand over' },
  'decision-later': { effect: 'weaker', nl: 'besluitmoment later', en: 'decision moment later' },
  'decision-earlier': { effect: 'stronger', nl: 'besluitmoment eerder', en: 'decision moment earlier' },
  'baseline-removed': { effect: 'weaker', nl: 'nulmeting van een indicator weggehaald', en: "an indicator's baseline removed" },
  'baseline-added': { effect: 'stronger', nl: 'nulmeting van een indicator toegevoegd', en: "an indicator's baseline added" },
  'evaluation-removed': { effect: 'weaker', nl: 'evaluatiemoment weggehaald (geen tussentijds)', en: 'evaluation moment removed (not an interim one)' },
  'evaluation-added': { effect: 'stronger', nl: 'evaluatiemoment toegevoegd', en: 'evaluation moment added' },
  'tussentijds-moment-removed': { effect: 'weaker', nl: 'tussentijds evaluatiemoment weggehaald of niet meer tussentijds', en: 'interim evaluation moment removed or no longer interim' },
  'adoption-lowered': { effect: 'weaker', nl: 'plan vastgesteld door een lager orgaan', en: 'plan adopted by a lower body' },
  'adoption-raised': { effect: 'stronger', nl: 'plan vastgesteld door een hoger orgaan', en: 'plan adopted by a higher body' },
  'steering-member-removed': { effect: 'weaker', nl: 'partner uit de stuurgroep', en: 'partner removed from the steering group' },
  'steering-member-added': { effect: 'stronger', nl: 'partner in de stuurgroep', en: 'partner added to the steering group' },
  'involvement-removed': { effect: 'weaker', nl: 'vorm van bewonersbetrokkenheid weggehaald', en: "kind of residents' involvement removed" },
  'involvement-added': { effect: 'stronger', nl: 'vorm van bewonersbetrokkenheid toegevoegd', en: "kind of residents' involvement added" },
  'placeholder-filled': { effect: 'stronger', nl: 'tekst ingevuld waar sjabloontekst stond', en: 'text filled in where a placeholder stood' },
  'placeholder-introduced': { effect: 'weaker', nl: 'sjabloontekst waar tekst stond', en: 'placeholder where text stood' },
  'value-changed': { effect: 'neutral', nl: 'andere waarde', en: 'value changed' },
  'value-added': { effect: 'neutral', nl: 'waarde toegevoegd', en: 'value added' },
  'value-removed': { effect: 'neutral', nl: 'waarde weggehaald', en: 'value removed' },
};

function dateText(value: unknown, lang: Lang): string {
  return typeof value === 'string' ? formatDate(value, lang) : String(value);
}

/** Money as the preview writes it; Dutch from the analysis layer, which keeps cents exact. */
function euros(cents: number, lang: Lang): string {
  return lang === 'nl' ? formatEuros(cents) : formatMoney(cents / 100, 'en');
}

/** The relative difference, "(−25%)"; nothing when it rounds to zero or there was nothing. */
function percent(before: number, after: number): string {
  if (before === 0) return '';
  const p = Math.round(((after - before) / before) * 100);
  return p === 0 ? '' : ` (${p < 0 ? '−' : '+'}${Math.abs(p)}%)`;
}

function totalCents(list: Array<BedragItem | undefined> | undefined): number {
  let sum = 0;
  for (const cents of centsPerYear(list).values()) sum += cents;
  return sum;
}

/** The one amount paid in every year of the list, or undefined when the years differ. */
function evenYearly(list: Array<BedragItem | undefined> | undefined): { cents: number; years: number } | undefined {
  const values = [...centsPerYear(list).values()];
  if (values.length === 0 || values.some((v) => v !== values[0])) return undefined;
  return { cents: values[0], years: values.length };
}

type Item = Record<string, unknown>;

interface Pair<T> {
  old?: T;
  oldIndex?: number;
  now?: T;
  nowIndex?: number;
}

function hasId(item: unknown): item is Item & { id: string } {
  return !!item && typeof item === 'object' && typeof (item as Item).id === 'string';
}

/** Deep equality of plan values, key order ignored. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => same(v, (b as unknown[])[i]));
  const ka = Object.keys(a as Item).filter((k) => (a as Item)[k] !== undefined);
  const kb = Object.keys(b as Item).filter((k) => (b as Item)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => same((a as Item)[k], (b as Item)[k]));
}

/** Above this many cells the id-less items pair by position only (a hostile plan stays fast). */
const MAX_LCS_CELLS = 250_000;

/**
 * Matches list items by id; items without id by position, where unchanged items anchor the
 * positions (a longest common subsequence of equal items), so removing the first of ten
 * moments is one removal, not nine changed moments and a removed last one. Holes (broken
 * values) take no part. Unmatched items come back with only `old` or only `now`.
 */
function match<T>(before: ReadonlyArray<T | undefined> | undefined, after: ReadonlyArray<T | undefined> | undefined): Array<Pair<T>> {
  const a = before ?? [];
  const b = after ?? [];
  const pairs: Array<Pair<T>> = [];
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  // An id used twice (WP003) pairs its occurrences in order.
  const oldById = new Map<string, number[]>();
  a.forEach((item, index) => {
    if (hasId(item)) oldById.set(item.id, [...(oldById.get(item.id) ?? []), index]);
  });
  b.forEach((item, index) => {
    if (!hasId(item)) return;
    const oldIndex = oldById.get(item.id)?.shift();
    if (oldIndex === undefined) return;
    usedOld.add(oldIndex);
    usedNew.add(index);
    pairs.push({ old: a[oldIndex], oldIndex, now: item, nowIndex: index });
  });

  const restOld = a.map((_, i) => i).filter((i) => a[i] !== undefined && !hasId(a[i]));
  const restNew = b.map((_, i) => i).filter((i) => b[i] !== undefined && !hasId(b[i]));
  const anchors: Array<[number, number]> = [];
  if (restOld.length * restNew.length <= MAX_LCS_CELLS) {
    const n = restOld.length;
    const m = restNew.length;
    const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        table[i][j] = same(a[restOld[i]], b[restNew[j]]) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
      }
    }
    for (let i = 0, j = 0; i < n && j < m; ) {
      if (same(a[restOld[i]], b[restNew[j]])) anchors.push([i++, j++]);
      else if (table[i + 1][j] >= table[i][j + 1]) i++;
      else j++;
    }
  }
  // Between two anchors (and before the first, after the last), the rest pairs by position.
  let fromOld = 0;
  let fromNew = 0;
  for (const [ai, aj] of [...anchors, [restOld.length, restNew.length] as [number, number]]) {
    for (let k = 0; fromOld + k < ai && fromNew + k < aj; k++) anchors.push([fromOld + k, fromNew + k]);
    fromOld = ai + 1;
    fromNew = aj + 1;
  }
  for (const [i, j] of anchors) {
    const oldIndex = restOld[i];
    const nowIndex = restNew[j];
    usedOld.add(oldIndex);
    usedNew.add(nowIndex);
    pairs.push({ old: a[oldIndex], oldIndex, now: b[nowIndex], nowIndex });
  }

  b.forEach((item, index) => {
    if (item !== undefined && !usedNew.has(index)) pairs.push({ now: item, nowIndex: index });
  });
  a.forEach((item, index) => {
    if (item !== undefined && !usedOld.has(index)) pairs.push({ old: item, oldIndex: index });
  });
  return pairs;
}

function label(item: unknown, index: number | undefined, lang: Lang): string {
  if (hasId(item)) return item.id;
  return lang === 'nl' ? `nummer ${(index ?? 0) + 1}` : `number ${(index ?? 0) + 1}`;
}

const ADOPTION_RANK: Record<string, number> = { gemeenteraad: 3, college: 2, wethouder: 1, stuurgroep: 1 };
const WIND_DOWN = new Set(['afbouwen', 'stoppen']);

/** Pointers a specific kind already explains, per side, so the generic walk skips them. */
interface Explains {
  after?: string[];
  before?: string[];
}

class Collector {
  readonly changes: Change[] = [];
  private readonly explainedAfter = new Set<string>();
  private readonly explainedBefore = new Set<string>();

  constructor(
    readonly placeholdersBefore: ReadonlySet<string>,
    readonly placeholdersAfter: ReadonlySet<string>,
  ) {}

  /**
   * Lists a change. It explains its own node unless `explains` says what it does explain: a
   * removal that points at the parent still in the new plan explains only the removed node.
   */
  add(kind: string, pointer: string, before: unknown, after: unknown, nl: string, en: string, side: 'after' | 'before' = 'after', explains?: Explains): void {
    this.changes.push({ kind, effect: CHANGE_KINDS[kind].effect, pointer, side, before: before ?? null, after: after ?? null, message: { nl, en } });
    this.explain(explains ?? (side === 'after' ? { after: [pointer] } : { before: [pointer] }));
  }

  explain(explains: Explains): void {
    for (const p of explains.after ?? []) this.explainedAfter.add(p);
    for (const p of explains.before ?? []) this.explainedBefore.add(p);
  }

  /** A node of the new plan (`pointer`) or the old one (`oldPointer`) whose change is already listed. */
  isExplained(pointer: string | undefined, oldPointer: string | undefined): boolean {
    return (pointer !== undefined && this.explainedAfter.has(pointer)) || (oldPointer !== undefined && this.explainedBefore.has(oldPointer));
  }
}

function dateChange(c: Collector, pointer: string, before: unknown, after: unknown, earlier: string, later: string, what: { nl: string; en: string }): void {
  const a = parseDate(before);
  const b = parseDate(after);
  if (!a || !b) return;
  const order = compareDates(b, a);
  if (order === 0) return;
  c.add(
    order < 0 ? earlier : later,
    pointer,
    before,
    after,
    `${what.nl}: ${dateText(before, 'nl')} → ${dateText(after, 'nl')}.`,
    `${what.en}: ${dateText(before, 'en')} → ${dateText(after, 'en')}.`,
  );
}

/** A list of ids or names compared as a set: order and repeats are no change. */
function setChange(
  c: Collector,
  pointer: string,
  oldPointer: string,
  before: ReadonlyArray<string | undefined> | undefined,
  after: ReadonlyArray<string | undefined> | undefined,
  removed: string,
  added: string,
  what: { nl: string; en: string },
): void {
  if (before === undefined && after === undefined) return;
  const old = new Set((before ?? []).filter((v): v is string => typeof v === 'string'));
  const now = new Set((after ?? []).filter((v): v is string => typeof v === 'string'));
  // When the whole list is gone, the removal points at it in the old plan.
  const side = after ? 'after' : 'before';
  const at = after ? pointer : oldPointer;
  for (const value of old) {
    if (!now.has(value)) c.add(removed, at, value, null, `${what.nl}: ${value} weggehaald.`, `${what.en}: ${value} removed.`, side, { before: [oldPointer] });
  }
  for (const value of now) {
    if (!old.has(value)) c.add(added, pointer, null, value, `${what.nl}: ${value} toegevoegd.`, `${what.en}: ${value} added.`, 'after', { before: [oldPointer] });
  }
  c.explain({ after: [pointer], before: [oldPointer] });
}

type Partner = NonNullable<Plan['partners']>[number];
type Intervention = NonNullable<Plan['interventies']>[number];
type Source = NonNullable<NonNullable<Plan['financiering']>['bronnen']>[number];
type Goal = NonNullable<Plan['doelen']>[number];
type Indicator = NonNullable<NonNullable<Goal>['indicatoren']>[number];
type Moment = NonNullable<NonNullable<Plan['evaluatie']>['momenten']>[number];

/** The change list of two versions of a plan: weaker first, then stronger, then neutral, each in document order. */
export function diffPlans(before: Plan | undefined, after: Plan | undefined): Change[] {
  const old = before ?? {};
  const now = after ?? {};
  const c = new Collector(new Set(findPlaceholders(old).map((p) => p.pointer)), new Set(findPlaceholders(now).map((p) => p.pointer)));
  dateChange(c, '/looptijd/eind', old.looptijd?.eind, now.looptijd?.eind, 'plan-end-earlier', 'plan-end-later', { nl: 'Het plan loopt tot', en: 'The plan runs until' });
  partners(c, old, now);
  interventions(c, old, now);
  const manager = now.bestuur?.programmamanager ? '/bestuur/programmamanager' : now.bestuur ? '/bestuur' : '';
  deputy(c, manager, '/bestuur/programmamanager/vervanger', '/bestuur/programmamanager/vervanger', old.bestuur?.programmamanager?.vervanger, now.bestuur?.programmamanager?.vervanger, {
    nl: 'programmamanager',
    en: 'programme manager',
  });
  money(c, old, now);
  baselines(c, old, now);
  moments(c, old, now);

  // Governance.
  const da = old.bestuur?.vastgesteld?.door;
  const db = now.bestuur?.vastgesteld?.door;
  if (da && db && da !== db && ADOPTION_RANK[da] !== undefined && ADOPTION_RANK[db] !== undefined && ADOPTION_RANK[da] !== ADOPTION_RANK[db]) {
    c.add(ADOPTION_RANK[db] < ADOPTION_RANK[da] ? 'adoption-lowered' : 'adoption-raised', '/bestuur/vastgesteld/door', da, db, `Het plan wordt vastgesteld door ${db} in plaats van ${da}.`, `The plan is adopted by ${db} instead of ${da}.`);
  }
  setChange(c, '/bestuur/stuurgroep', '/bestuur/stuurgroep', old.bestuur?.stuurgroep, now.bestuur?.stuurgroep, 'steering-member-removed', 'steering-member-added', { nl: 'Stuurgroep', en: 'Steering group' });
  setChange(c, '/bewoners/betrokkenheid', '/bewoners/betrokkenheid', old.bewoners?.betrokkenheid, now.bewoners?.betrokkenheid, 'involvement-removed', 'involvement-added', { nl: 'Bewonersbetrokkenheid', en: "Residents' involvement" });

  // Everything else the plan says: neutral, and placeholders filled or introduced.
  walk(c, old as unknown, now as unknown, '', '');
  return sortChanges(c.changes, old, now);
}

function partners(c: Collector, old: Plan, now: Plan): void {
  const carried = carriers(old);
  for (const pair of match<Partner>(old.partners, now.partners)) {
    const o = pair.old;
    const n = pair.now;
    if (o && !n) {
      // One change per removed partner: what it carried weighs most, then its commitment.
      const ptr = `/partners/${pair.oldIndex}`;
      const name = { nl: label(o, pair.oldIndex, 'nl'), en: label(o, pair.oldIndex, 'en') };
      if (o.id && carried.has(o.id)) {
        c.add('partner-removed', ptr, o.id, null, `Partner ${o.id} is weggehaald, maar was eigenaar, trekker, financier, stuurgroeplid of evaluator.`, `Partner ${o.id} was removed but owned, led, paid, steered or evaluated something.`, 'before');
      } else if (o.commitment) {
        c.add('commitment-removed', ptr, o.commitment.tot ?? null, null, `Partner ${name.nl} is weggehaald, en daarmee de toezegging${o.commitment.tot ? ` tot ${dateText(o.commitment.tot, 'nl')}` : ''}.`, `Partner ${name.en} was removed, and with it the commitment${o.commitment.tot ? ` until ${dateText(o.commitment.tot, 'en')}` : ''}.`, 'before');
      }
      continue;
    }
    if (!o || !n) continue;
    const ptr = `/partners/${pair.nowIndex}`;
    const oldPtr = `/partners/${pair.oldIndex}`;
    const name = label(n, pair.nowIndex, 'nl');
    if (o.commitment && !n.commitment) {
      c.add('commitment-removed', ptr, o.commitment.tot ?? null, null, `De toezegging van ${name} is weggehaald.`, `The commitment of ${name} was removed.`, 'after', { before: [`${oldPtr}/commitment`] });
    } else if (!o.commitment && n.commitment) {
      c.add('commitment-added', `${ptr}/commitment`, null, n.commitment.tot ?? null, `${name} heeft nu een toezegging.`, `${name} now has a commitment.`);
    } else {
      dateChange(c, `${ptr}/commitment/tot`, o.commitment?.tot, n.commitment?.tot, 'commitment-shortened', 'commitment-extended', { nl: `Toezegging van ${name} loopt tot`, en: `Commitment of ${name} runs until` });
    }
  }
}

function interventions(c: Collector, old: Plan, now: Plan): void {
  for (const pair of match<Intervention>(old.interventies, now.interventies)) {
    const o = pair.old;
    const n = pair.now;
    if (!o || !n) continue;
    const ptr = `/interventies/${pair.nowIndex}`;
    const oldPtr = `/interventies/${pair.oldIndex}`;
    const name = label(n, pair.nowIndex, 'nl');
    setChange(c, `${ptr}/eigenaars`, `${oldPtr}/eigenaars`, o.eigenaars, n.eigenaars, 'owner-removed', 'owner-added', { nl: `Eigenaar van ${name}`, en: `Owner of ${name}` });
    deputy(c, n.trekker ? `${ptr}/trekker` : ptr, `${oldPtr}/trekker/vervanger`, `${ptr}/trekker/vervanger`, o.trekker?.vervanger, n.trekker?.vervanger, { nl: `trekker van ${name}`, en: `lead of ${name}` });
    const os = o.voortzetting?.strategie;
    const ns = n.voortzetting?.strategie;
    if (o.voortzetting && !n.voortzetting) {
      c.add('continuation-removed', ptr, os ?? null, null, `De voortzetting van ${name} is weggehaald.`, `The continuation of ${name} was removed.`, 'after', { before: [`${oldPtr}/voortzetting`] });
    } else if (!o.voortzetting && n.voortzetting) {
      c.add('continuation-added', `${ptr}/voortzetting`, null, ns ?? null, `${name} heeft nu een voortzetting.`, `${name} now has a continuation.`);
    } else if (o.voortzetting && n.voortzetting) {
      if (ns && ns !== os && WIND_DOWN.has(ns)) {
        c.add('continuation-wound-down', `${ptr}/voortzetting/strategie`, os ?? null, ns, `De strategie van ${name} is nu ${ns}${os ? ` (was ${os})` : ''}.`, `The strategy of ${name} is now ${ns}${os ? ` (was ${os})` : ''}.`);
      } else if (os && ns && WIND_DOWN.has(os) && !WIND_DOWN.has(ns)) {
        c.add('continuation-restored', `${ptr}/voortzetting/strategie`, os, ns, `De strategie van ${name} is nu ${ns} (was ${os}).`, `The strategy of ${name} is now ${ns} (was ${os}).`);
      }
      dateChange(c, `${ptr}/voortzetting/besluitmoment`, o.voortzetting.besluitmoment, n.voortzetting.besluitmoment, 'decision-earlier', 'decision-later', {
        nl: `Besluitmoment over voortzetting van ${name}`,
        en: `Decision on continuation of ${name}`,
      });
    }
  }
}

/**
 * A deputy removed or added. A removal points at the nearest part of the new plan that
 * still exists (`at`), so it shows on a line of the new text; an addition at the deputy.
 */
function deputy(c: Collector, at: string, oldPointer: string, newPointer: string, before: string | undefined, after: string | undefined, who: { nl: string; en: string }): void {
  if (before && !after) {
    c.add('deputy-removed', at, before, null, `De vervanger van de ${who.nl} (${before}) is weggehaald.`, `The deputy of the ${who.en} (${before}) was removed.`, 'after', { before: [oldPointer] });
  } else if (!before && after) {
    c.add('deputy-added', newPointer, null, after, `De ${who.nl} heeft nu een vervanger: ${after}.`, `The ${who.en} now has a deputy: ${after}.`);
  }
}

function money(c: Collector, old: Plan, now: Plan): void {
  for (const pair of match<Source>(old.financiering?.bronnen, now.financiering?.bronnen)) {
    const o = pair.old;
    const n = pair.now;
    if (o && !n) {
      const total = totalCents(o.bedragen);
      const name = { nl: label(o, pair.oldIndex, 'nl'), en: label(o, pair.oldIndex, 'en') };
      c.add('source-removed', `/financiering/bronnen/${pair.oldIndex}`, total / 100, null, `Bron ${name.nl} is weggehaald (${euros(total, 'nl')} in totaal).`, `Source ${name.en} was removed (${euros(total, 'en')} in total).`, 'before');
      continue;
    }
    if (!o && n) {
      const total = totalCents(n.bedragen);
      const name = { nl: label(n, pair.nowIndex, 'nl'), en: label(n, pair.nowIndex, 'en') };
      c.add('source-added', `/financiering/bronnen/${pair.nowIndex}`, null, total / 100, `Bron ${name.nl} is toegevoegd (${euros(total, 'nl')} in totaal).`, `Source ${name.en} was added (${euros(total, 'en')} in total).`);
      continue;
    }
    if (!o || !n) continue;
    const ptr = `/financiering/bronnen/${pair.nowIndex}`;
    const oldPtr = `/financiering/bronnen/${pair.oldIndex}`;
    const name = label(n, pair.nowIndex, 'nl');
    const a = totalCents(o.bedragen);
    const b = totalCents(n.bedragen);
    if (a !== b) {
      // Per year when both pay one amount over as many years, as a writer reads the plan; else the totals.
      const ya = evenYearly(o.bedragen);
      const yb = evenYearly(n.bedragen);
      const text = (lang: Lang) =>
        ya && yb && ya.years === yb.years
          ? `${euros(ya.cents, lang)} → ${euros(yb.cents, lang)} ${lang === 'nl' ? 'per jaar' : 'a year'}${percent(a, b)}`
          : `${euros(a, lang)} → ${euros(b, lang)} ${lang === 'nl' ? 'in totaal' : 'in total'}${percent(a, b)}`;
      c.add(b < a ? 'source-amount-lowered' : 'source-amount-raised', `${ptr}/bedragen`, a / 100, b / 100, `Bron ${name}: ${text('nl')}.`, `Source ${name}: ${text('en')}.`, 'after', { after: [`${ptr}/bedragen`], before: [`${oldPtr}/bedragen`] });
    }
    const la = lastPayingYear(o.bedragen);
    const lb = lastPayingYear(n.bedragen);
    if (la !== undefined && lb !== undefined && la !== lb) {
      c.add(lb < la ? 'source-ends-earlier' : 'source-ends-later', `${ptr}/bedragen`, la, lb, `Bron ${name} betaalt tot en met ${lb} (was ${la}).`, `Source ${name} pays through ${lb} (was ${la}).`, 'after', { after: [`${ptr}/bedragen`], before: [`${oldPtr}/bedragen`] });
    }
    if (o.soort && n.soort && o.soort !== n.soort && (o.soort === 'structureel' || n.soort === 'structureel')) {
      c.add(n.soort === 'structureel' ? 'source-now-structural' : 'source-no-longer-structural', `${ptr}/soort`, o.soort, n.soort, `Bron ${name} is nu ${n.soort} (was ${o.soort}).`, `Source ${name} is now ${n.soort} (was ${o.soort}).`);
    }
  }
  const shareOld = structuralShare(old);
  const shareNew = structuralShare(now);
  if (shareOld !== undefined && shareNew !== undefined && shareOld !== shareNew) {
    const po = shareText(shareOld, 'nl');
    const pn = shareText(shareNew, 'nl');
    const points = (shareNew - shareOld) * 100;
    const diff = (lang: Lang) => `${points < 0 ? '−' : '+'}${shareText(Math.abs(points) / 100, lang).replace('%', '')} ${lang === 'nl' ? 'procentpunt' : 'percentage points'}`;
    // The list, not one source: the share belongs to all of them. It explains nothing, so each source's own change still shows.
    c.changes.push({
      kind: shareNew < shareOld ? 'structural-share-lowered' : 'structural-share-raised',
      effect: shareNew < shareOld ? 'weaker' : 'stronger',
      pointer: '/financiering/bronnen',
      side: 'after',
      before: Math.round(shareOld * 1000) / 10,
      after: Math.round(shareNew * 1000) / 10,
      message: {
        nl: `Aandeel structureel geld: ${po} → ${pn} (${diff('nl')}).`,
        en: `Structural share of money: ${shareText(shareOld, 'en')} → ${shareText(shareNew, 'en')} (${diff('en')}).`,
      },
    });
  }
}

/** A share as a percentage with at most one decimal: "62%", "62,5%" / "62.5%". */
function shareText(share: number, lang: Lang): string {
  const tenths = Math.round(share * 1000) / 10;
  const text = Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1);
  return `${lang === 'nl' ? text.replace('.', ',') : text}%`;
}

function baselines(c: Collector, old: Plan, now: Plan): void {
  for (const goal of match<Goal>(old.doelen, now.doelen)) {
    const og = goal.old;
    const ng = goal.now;
    if (!og || !ng) continue;
    for (const pair of match<Indicator>(og.indicatoren, ng.indicatoren)) {
      const o = pair.old;
      const n = pair.now;
      if (!o || !n) continue;
      const ptr = `/doelen/${goal.nowIndex}/indicatoren/${pair.nowIndex}`;
      const oldPtr = `/doelen/${goal.oldIndex}/indicatoren/${pair.oldIndex}`;
      const name = label(n, pair.nowIndex, 'nl');
      if (o.nulmeting && !n.nulmeting) {
        c.add('baseline-removed', ptr, o.nulmeting.waarde ?? null, null, `De nulmeting van indicator ${name} is weggehaald.`, `The baseline of indicator ${name} was removed.`, 'after', { before: [`${oldPtr}/nulmeting`] });
      }
      if (!o.nulmeting && n.nulmeting) c.add('baseline-added', `${ptr}/nulmeting`, null, n.nulmeting.waarde ?? null, `Indicator ${name} heeft nu een nulmeting.`, `Indicator ${name} now has a baseline.`);
    }
  }
}

/** Evaluation moments have no id: they pair by position around the unchanged ones (see `match`). */
function moments(c: Collector, old: Plan, now: Plan): void {
  const describe = (m: NonNullable<Moment>, lang: Lang) => `${dateText(m.datum, lang)}${m.soort ? ` (${m.soort})` : ''}`;
  for (const pair of match<Moment>(old.evaluatie?.momenten, now.evaluatie?.momenten)) {
    const o = pair.old;
    const n = pair.now;
    if (o && !n) {
      const kind = o.soort === 'tussentijds' ? 'tussentijds-moment-removed' : 'evaluation-removed';
      const ptr = `/evaluatie/momenten/${pair.oldIndex}`;
      c.add(kind, ptr, o.datum ?? null, null, `Evaluatiemoment van ${describe(o, 'nl')} is weggehaald.`, `Evaluation moment of ${describe(o, 'en')} was removed.`, 'before');
    } else if (!o && n) {
      c.add('evaluation-added', `/evaluatie/momenten/${pair.nowIndex}`, null, n.datum ?? null, `Evaluatiemoment van ${describe(n, 'nl')} is toegevoegd.`, `Evaluation moment of ${describe(n, 'en')} was added.`);
    } else if (o && n && o.soort === 'tussentijds' && n.soort !== undefined && n.soort !== 'tussentijds') {
      // The interim evaluation is gone even though a moment stays on its place.
      c.add('tussentijds-moment-removed', `/evaluatie/momenten/${pair.nowIndex}/soort`, o.soort, n.soort, `Evaluatiemoment van ${dateText(n.datum, 'nl')} is niet meer tussentijds, maar ${n.soort}.`, `Evaluation moment of ${dateText(n.datum, 'en')} is no longer interim but ${n.soort}.`);
    }
  }
}

/** Partner ids that own, lead, pay, steer or evaluate something. */
function carriers(plan: Plan): Set<string> {
  const out = new Set<string>();
  const add = (v: unknown) => typeof v === 'string' && out.add(v);
  for (const i of plan.interventies ?? []) {
    for (const o of i?.eigenaars ?? []) add(o);
    add(i?.trekker?.organisatie);
  }
  add(plan.bestuur?.programmamanager?.organisatie);
  for (const b of plan.financiering?.bronnen ?? []) add(b?.partner);
  add(plan.financiering?.budgethouder);
  for (const s of plan.bestuur?.stuurgroep ?? []) add(s);
  add(plan.evaluatie?.nulmeting?.door);
  for (const m of plan.evaluatie?.momenten ?? []) {
    add(m?.door);
    for (const w of m?.met ?? []) add(w);
  }
  return out;
}

function structuralShare(plan: Plan): number | undefined {
  let all = 0;
  let structural = 0;
  for (const b of plan.financiering?.bronnen ?? []) {
    const t = totalCents(b?.bedragen);
    all += t;
    if (b?.soort === 'structureel') structural += t;
  }
  return all > 0 ? structural / all : undefined;
}

function isScalar(v: unknown): boolean {
  return v === null || ['string', 'number', 'boolean'].includes(typeof v);
}

function short(v: unknown): unknown {
  if (isScalar(v)) return v ?? null;
  if (Array.isArray(v)) return `[${v.length}]`;
  return hasId(v) ? v.id : '{…}';
}

/** "Doelen › nummer 4 (D-zorg)": the place, and the id of what stands there. */
function named(pointer: string, value: unknown, lang: Lang): string {
  return `${capital(where(pointer, lang))}${hasId(value) ? ` (${value.id})` : ''}`;
}

function walk(c: Collector, a: unknown, b: unknown, pointer: string, oldPointer: string): void {
  if (a === undefined && b === undefined) return;
  if (c.isExplained(b === undefined ? undefined : pointer, a === undefined ? undefined : oldPointer)) return;
  if (isScalar(a) && isScalar(b)) {
    if (a === b) return;
    // Only free text (`tekst` in the schema) can hold a placeholder; ids and enum values never do.
    const pa = c.placeholdersBefore.has(oldPointer);
    const pb = c.placeholdersAfter.has(pointer);
    if (pa && !pb) return c.add('placeholder-filled', pointer, a, b, `Bij ${where(pointer, 'nl')} staat nu tekst waar sjabloontekst stond.`, `At ${where(pointer, 'en')} text now stands where a placeholder stood.`);
    if (!pa && pb) return c.add('placeholder-introduced', pointer, a, b, `Bij ${where(pointer, 'nl')} staat nu sjabloontekst waar tekst stond.`, `At ${where(pointer, 'en')} a placeholder now stands where text stood.`);
    return c.add('value-changed', pointer, a, b, `${capital(where(pointer, 'nl'))} is veranderd: ${fmt(a)} → ${fmt(b)}.`, `${capital(where(pointer, 'en'))} changed: ${fmt(a)} → ${fmt(b)}.`);
  }
  if (a === undefined) return c.add('value-added', pointer, null, short(b), `${named(pointer, b, 'nl')} is toegevoegd.`, `${named(pointer, b, 'en')} was added.`);
  if (b === undefined) return c.add('value-removed', oldPointer, short(a), null, `${named(oldPointer, a, 'nl')} is weggehaald.`, `${named(oldPointer, a, 'en')} was removed.`, 'before');
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.every(isScalar) && b.every(isScalar)) {
      // A list of scalars (ids, codes, names) is a set: order and repeats are no change.
      const sa = new Set(a);
      const sb = new Set(b);
      a.forEach((v, i) => !sb.has(v) && v !== undefined && c.add('value-removed', `${oldPointer}/${i}`, v, null, `${capital(where(oldPointer, 'nl'))}: ${fmt(v)} is weggehaald.`, `${capital(where(oldPointer, 'en'))}: ${fmt(v)} was removed.`, 'before'));
      b.forEach((v, i) => !sa.has(v) && v !== undefined && c.add('value-added', `${pointer}/${i}`, null, v, `${capital(where(pointer, 'nl'))}: ${fmt(v)} is toegevoegd.`, `${capital(where(pointer, 'en'))}: ${fmt(v)} was added.`));
      return;
    }
    for (const pair of match<unknown>(a, b)) {
      walk(c, pair.old, pair.now, pair.nowIndex === undefined ? pointer : `${pointer}/${pair.nowIndex}`, pair.oldIndex === undefined ? oldPointer : `${oldPointer}/${pair.oldIndex}`);
    }
    return;
  }
  if (typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a as Item), ...Object.keys(b as Item)]);
    for (const k of keys) walk(c, (a as Item)[k], (b as Item)[k], joinPointer(pointer, k), joinPointer(oldPointer, k));
    return;
  }
  c.add('value-changed', pointer, short(a), short(b), `${capital(where(pointer, 'nl'))} is veranderd.`, `${capital(where(pointer, 'en'))} changed.`);
}

function fmt(v: unknown): string {
  const s = String(v);
  return s.length > 60 ? `‘${s.slice(0, 57)}…’` : `‘${s}’`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A place in plain words: keys joined, list positions as "nummer N" (no JSON pointers in messages). */
function where(pointer: string, lang: Lang): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? (lang === 'nl' ? `nummer ${Number(p) + 1}` : `number ${Number(p) + 1}`) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
  return parts.length ? parts.join(' › ') : lang === 'nl' ? 'het plan' : 'the plan';
}

const EFFECT_ORDER: Record<Effect, number> = { weaker: 0, stronger: 1, neutral: 2 };

/**
 * The place of a pointer in document order: per token, a list index as itself and a key as
 * its position among its object's keys in the new plan (the parsed plan keeps the text's key
 * order); a key only the old plan has comes after those, in the old plan's order.
 */
function documentPosition(after: unknown, before: unknown, pointer: string): number[] {
  const out: number[] = [];
  const keysOf = (node: unknown) => (node && typeof node === 'object' && !Array.isArray(node) ? Object.keys(node as Item) : []);
  const child = (node: unknown, token: string) => (node && typeof node === 'object' ? (node as Item)[token] : undefined);
  let a = after;
  let b = before;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(token) && (Array.isArray(a) || Array.isArray(b))) {
      out.push(Number(token));
    } else {
      const ka = keysOf(a);
      const kb = keysOf(b);
      const ia = ka.indexOf(token);
      const ib = kb.indexOf(token);
      out.push(ia >= 0 ? ia : ka.length + (ib >= 0 ? ib : kb.length));
    }
    a = child(a, token);
    b = child(b, token);
  }
  return out;
}

function comparePositions(x: number[], y: number[]): number {
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/**
 * Weaker, then stronger, then neutral; each in document order: by the new plan's key order,
 * list items by index (something removed by its index in the old plan). Without plans, by pointer.
 */
export function sortChanges(changes: Change[], before?: Plan, after?: Plan): Change[] {
  const position = (change: Change) => documentPosition(after, before, change.pointer);
  const keyed = changes.map((change, index) => ({ change, index, position: before || after ? position(change) : [] }));
  const byPointer = (a: string, b: string) => (before || after ? 0 : a < b ? -1 : a > b ? 1 : 0);
  return keyed
    .sort((a, b) => EFFECT_ORDER[a.change.effect] - EFFECT_ORDER[b.change.effect] || comparePositions(a.position, b.position) || byPointer(a.change.pointer, b.change.pointer) || a.index - b.index)
    .map((x) => x.change);
}
