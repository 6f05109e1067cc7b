/**
 * The semantic diff of two plans (review.md): items matched by id (a list item without id by
 * position), never by line. Pure: two cleaned plans in (lint's `plan`, broken values removed),
 * a change list out. Formatting, comments and key order are no change because only values compare.
 */
import type { BedragItem, Plan } from '../model';
import { amountsPerYear, lastPayingYear, parseDate, compareDates } from '../model';
import { isPlaceholder } from '../placeholder';

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
  'commitment-shortened': { effect: 'weaker', nl: 'commitment van een partner eindigt eerder', en: "a partner's commitment ends earlier" },
  'commitment-extended': { effect: 'stronger', nl: 'commitment van een partner eindigt later', en: "a partner's commitment ends later" },
  'commitment-removed': { effect: 'weaker', nl: 'commitment weggehaald', en: 'commitment removed' },
  'commitment-added': { effect: 'stronger', nl: 'commitment toegevoegd', en: 'commitment added' },
  'partner-removed': { effect: 'weaker', nl: 'partner weggehaald die iets droeg', en: 'partner removed who carried something' },
  'owner-removed': { effect: 'weaker', nl: 'eigenaar weggehaald bij een interventie', en: 'owner removed from an intervention' },
  'owner-added': { effect: 'stronger', nl: 'eigenaar toegevoegd bij een interventie', en: 'owner added to an intervention' },
  'deputy-removed': { effect: 'weaker', nl: 'vervanger weggehaald', en: 'deputy removed' },
  'deputy-added': { effect: 'stronger', nl: 'vervanger toegevoegd', en: 'deputy added' },
  'source-amount-lowered': { effect: 'weaker', nl: 'totaal van een bron lager', en: "a source's total lower" },
  'source-amount-raised': { effect: 'stronger', nl: 'totaal van een bron hoger', en: "a source's total higher" },
  'source-ends-earlier': { effect: 'weaker', nl: 'laatste jaar met geld van een bron eerder', en: "a source's last paying year earlier" },
  'source-ends-later': { effect: 'stronger', nl: 'laatste jaar met geld van een bron later', en: "a source's last paying year later" },
  'source-no-longer-structural': { effect: 'weaker', nl: 'bron niet meer structureel', en: 'source no longer structural' },
  'source-now-structural': { effect: 'stronger', nl: 'bron nu structureel', en: 'source now structural' },
  'structural-share-lowered': { effect: 'weaker', nl: 'aandeel structureel geld lager', en: 'structural share of money lower' },
  'structural-share-raised': { effect: 'stronger', nl: 'aandeel structureel geld hoger', en: 'structural share of money higher' },
  'continuation-removed': { effect: 'weaker', nl: 'voortzetting weggehaald', en: 'continuation removed' },
  'continuation-added': { effect: 'stronger', nl: 'voortzetting toegevoegd', en: 'continuation added' },
  'continuation-wound-down': { effect: 'weaker', nl: 'strategie naar afbouwen of stoppen', en: 'strategy changed to wind down or stop' },
  'decision-later': { effect: 'weaker', nl: 'besluitmoment later', en: 'decision moment later' },
  'decision-earlier': { effect: 'stronger', nl: 'besluitmoment eerder', en: 'decision moment earlier' },
  'baseline-removed': { effect: 'weaker', nl: 'nulmeting van een indicator weggehaald', en: "an indicator's baseline removed" },
  'baseline-added': { effect: 'stronger', nl: 'nulmeting van een indicator toegevoegd', en: "an indicator's baseline added" },
  'evaluation-removed': { effect: 'weaker', nl: 'evaluatiemoment weggehaald', en: 'evaluation moment removed' },
  'evaluation-added': { effect: 'stronger', nl: 'evaluatiemoment toegevoegd', en: 'evaluation moment added' },
  'adoption-lowered': { effect: 'weaker', nl: 'plan vastgesteld door een lager orgaan', en: 'plan adopted by a lower body' },
  'adoption-raised': { effect: 'stronger', nl: 'plan vastgesteld door een hoger orgaan', en: 'plan adopted by a higher body' },
  'steering-member-removed': { effect: 'weaker', nl: 'partner uit de stuurgroep', en: 'partner removed from the steering group' },
  'steering-member-added': { effect: 'stronger', nl: 'partner in de stuurgroep', en: 'partner added to the steering group' },
  'involvement-removed': { effect: 'weaker', nl: 'vorm van bewonersbetrokkenheid weggehaald', en: "kind of residents' involvement removed" },
  'involvement-added': { effect: 'stronger', nl: 'vorm van bewonersbetrokkenheid toegevoegd', en: "kind of residents' involvement added" },
  'placeholder-filled': { effect: 'stronger', nl: 'tekst ingevuld waar een placeholder stond', en: 'text filled in where a placeholder stood' },
  'placeholder-introduced': { effect: 'weaker', nl: 'placeholder waar tekst stond', en: 'placeholder where text stood' },
  'value-changed': { effect: 'neutral', nl: 'andere waarde', en: 'value changed' },
  'value-added': { effect: 'neutral', nl: 'waarde toegevoegd', en: 'value added' },
  'value-removed': { effect: 'neutral', nl: 'waarde weggehaald', en: 'value removed' },
};

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dateText(value: unknown, lang: 'nl' | 'en'): string {
  const d = parseDate(value);
  if (!d) return String(value);
  return lang === 'nl' ? `${d.day} ${MONTHS[d.month - 1]} ${d.year}` : `${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}`;
}

/** Euros to exact cents (amounts in the plan have at most two decimals). */
export function toCents(euros: number): number {
  return Math.round(euros * 100);
}

export function euroText(cents: number): string {
  const whole = Math.trunc(Math.abs(cents) / 100);
  const rest = Math.abs(cents) % 100;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${cents < 0 ? '−' : ''}€ ${grouped}${rest ? `,${String(rest).padStart(2, '0')}` : ''}`;
}

function percent(before: number, after: number): string {
  if (before === 0) return '';
  const p = Math.round(((after - before) / before) * 100);
  return ` (${p < 0 ? '−' : '+'}${Math.abs(p)}%)`;
}

function totalCents(list: Array<BedragItem | undefined> | undefined): number {
  let sum = 0;
  for (const amount of amountsPerYear(list).values()) sum += toCents(amount);
  return sum;
}

function years(list: Array<BedragItem | undefined> | undefined): number {
  return Math.max(1, amountsPerYear(list).size);
}

type Item = Record<string, unknown>;

/** Matches list items by id, an item without id by position. */
function match<T extends Item>(before: Array<T | undefined> | undefined, after: Array<T | undefined> | undefined) {
  const pairs: Array<{ old?: T; oldIndex?: number; now?: T; nowIndex?: number }> = [];
  const oldById = new Map<string, number>();
  (before ?? []).forEach((item, index) => {
    if (item && typeof item.id === 'string') oldById.set(item.id, index);
  });
  const usedOld = new Set<number>();
  (after ?? []).forEach((item, index) => {
    if (!item) return;
    let oldIndex: number | undefined;
    if (typeof item.id === 'string') oldIndex = oldById.get(item.id);
    else if (before?.[index] && typeof before[index]!.id !== 'string') oldIndex = index;
    if (oldIndex !== undefined) usedOld.add(oldIndex);
    pairs.push({ old: oldIndex === undefined ? undefined : before![oldIndex], oldIndex, now: item, nowIndex: index });
  });
  (before ?? []).forEach((item, index) => {
    if (item && !usedOld.has(index)) pairs.push({ old: item, oldIndex: index });
  });
  return pairs;
}

function label(item: Item | undefined, index: number | undefined, nl: boolean): string {
  if (item && typeof item.id === 'string') return item.id;
  return nl ? `nummer ${(index ?? 0) + 1}` : `number ${(index ?? 0) + 1}`;
}

const ADOPTION_RANK: Record<string, number> = { gemeenteraad: 3, college: 2, wethouder: 1, stuurgroep: 1 };

class Collector {
  readonly changes: Change[] = [];
  /** Pointers whose change a specific kind already explains (the generic walk skips them). */
  readonly explained = new Set<string>();

  add(kind: string, pointer: string, before: unknown, after: unknown, nl: string, en: string, side: 'after' | 'before' = 'after'): void {
    this.changes.push({ kind, effect: CHANGE_KINDS[kind].effect, pointer, side, before: before ?? null, after: after ?? null, message: { nl, en } });
    this.explained.add(pointer);
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

function setChange(
  c: Collector,
  pointer: string,
  before: Array<string | undefined> | undefined,
  after: Array<string | undefined> | undefined,
  removed: string,
  added: string,
  what: { nl: string; en: string },
): void {
  const old = new Set((before ?? []).filter((v): v is string => typeof v === 'string'));
  const now = new Set((after ?? []).filter((v): v is string => typeof v === 'string'));
  for (const value of old) {
    if (!now.has(value)) c.add(removed, pointer, value, null, `${what.nl}: ${value} weggehaald.`, `${what.en}: ${value} removed.`, after ? 'after' : 'before');
  }
  for (const value of now) {
    if (!old.has(value)) c.add(added, pointer, null, value, `${what.nl}: ${value} toegevoegd.`, `${what.en}: ${value} added.`);
  }
  if (old.size === now.size && [...old].every((v) => now.has(v))) c.explained.add(pointer);
}

export function diffPlans(before: Plan | undefined, after: Plan | undefined): Change[] {
  const c = new Collector();
  const old = before ?? {};
  const now = after ?? {};
  dateChange(c, '/looptijd/eind', old.looptijd?.eind, now.looptijd?.eind, 'plan-end-earlier', 'plan-end-later', { nl: 'Het plan loopt tot', en: 'The plan runs until' });

  // Partners and their commitments.
  const carried = carriers(old);
  for (const pair of match(old.partners as Item[] | undefined, now.partners as Item[] | undefined)) {
    const o = pair.old as Plan['partners'] extends Array<infer P> | undefined ? P : never;
    const n = pair.now as typeof o;
    if (o && !n) {
      const ptr = `/partners/${pair.oldIndex}`;
      if (o.id && carried.has(o.id)) {
        c.add('partner-removed', ptr, o.id, null, `Partner ${o.id} is weggehaald, maar droeg iets in het plan.`, `Partner ${o.id} was removed but carried something in the plan.`, 'before');
      } else c.add('value-removed', ptr, o.id ?? null, null, `Partner ${label(o as Item, pair.oldIndex, true)} is weggehaald.`, `Partner ${label(o as Item, pair.oldIndex, false)} was removed.`, 'before');
      continue;
    }
    if (!n) continue;
    const ptr = `/partners/${pair.nowIndex}`;
    const name = label(n as Item, pair.nowIndex, true);
    if (!o) {
      c.add('value-added', ptr, null, n.id ?? null, `Partner ${name} is toegevoegd.`, `Partner ${label(n as Item, pair.nowIndex, false)} was added.`);
      if (n.commitment?.tot) c.explained.add(`${ptr}/commitment`);
      continue;
    }
    if (o.commitment && !n.commitment) {
      c.add('commitment-removed', `${ptr}`, o.commitment.tot ?? null, null, `De commitment van ${name} is weggehaald.`, `The commitment of ${name} was removed.`);
    } else if (!o.commitment && n.commitment) {
      c.add('commitment-added', `${ptr}/commitment`, null, n.commitment.tot ?? null, `${name} heeft nu een commitment.`, `${name} now has a commitment.`);
    } else {
      dateChange(c, `${ptr}/commitment/tot`, o.commitment?.tot, n.commitment?.tot, 'commitment-shortened', 'commitment-extended', { nl: `Commitment van ${name} loopt tot`, en: `Commitment of ${name} runs until` });
    }
  }

  // Interventions: owners, deputy, continuation.
  for (const pair of match(old.interventies as Item[] | undefined, now.interventies as Item[] | undefined)) {
    const o = pair.old as NonNullable<Plan['interventies']>[number];
    const n = pair.now as typeof o;
    if (!o || !n) continue;
    const ptr = `/interventies/${pair.nowIndex}`;
    const name = label(n as Item, pair.nowIndex, true);
    setChange(c, `${ptr}/eigenaars`, o.eigenaars, n.eigenaars, 'owner-removed', 'owner-added', { nl: `Eigenaar van ${name}`, en: `Owner of ${name}` });
    deputy(c, `${ptr}/trekker/vervanger`, o.trekker?.vervanger, n.trekker?.vervanger, { nl: `trekker van ${name}`, en: `lead of ${name}` });
    if (o.voortzetting && !n.voortzetting) {
      c.add('continuation-removed', ptr, o.voortzetting.strategie ?? null, null, `De voortzetting van ${name} is weggehaald.`, `The continuation of ${name} was removed.`);
    } else if (!o.voortzetting && n.voortzetting) {
      c.add('continuation-added', `${ptr}/voortzetting`, null, n.voortzetting.strategie ?? null, `${name} heeft nu een voortzetting.`, `${name} now has a continuation.`);
    } else if (o.voortzetting && n.voortzetting) {
      const s = n.voortzetting.strategie;
      if (s !== o.voortzetting.strategie && (s === 'afbouwen' || s === 'stoppen')) {
        c.add('continuation-wound-down', `${ptr}/voortzetting/strategie`, o.voortzetting.strategie, s, `De strategie van ${name} is nu ${s}.`, `The strategy of ${name} is now ${s}.`);
      }
      dateChange(c, `${ptr}/voortzetting/besluitmoment`, o.voortzetting.besluitmoment, n.voortzetting.besluitmoment, 'decision-earlier', 'decision-later', {
        nl: `Besluitmoment over voortzetting van ${name}`,
        en: `Decision on continuation of ${name}`,
      });
    }
  }
  deputy(c, '/bestuur/programmamanager/vervanger', old.bestuur?.programmamanager?.vervanger, now.bestuur?.programmamanager?.vervanger, { nl: 'programmamanager', en: 'programme manager' });

  // Money.
  for (const pair of match(old.financiering?.bronnen as Item[] | undefined, now.financiering?.bronnen as Item[] | undefined)) {
    const o = pair.old as NonNullable<NonNullable<Plan['financiering']>['bronnen']>[number];
    const n = pair.now as typeof o;
    if (!o || !n) continue;
    const ptr = `/financiering/bronnen/${pair.nowIndex}`;
    const name = label(n as Item, pair.nowIndex, true);
    const a = totalCents(o.bedragen);
    const b = totalCents(n.bedragen);
    if (a !== b) {
      const perYear = years(o.bedragen) === years(n.bedragen) ? years(n.bedragen) : 1;
      const unit = perYear > 1 || (amountsPerYear(n.bedragen).size > 1) ? '' : '';
      void unit;
      const ya = Math.round(a / perYear);
      const yb = Math.round(b / perYear);
      const text = perYear > 1 || amountsPerYear(n.bedragen).size === 1
        ? { nl: `${euroText(ya)} → ${euroText(yb)} per jaar${percent(a, b)}`, en: `${euroText(ya)} → ${euroText(yb)} a year${percent(a, b)}` }
        : { nl: `${euroText(a)} → ${euroText(b)} in totaal${percent(a, b)}`, en: `${euroText(a)} → ${euroText(b)} in total${percent(a, b)}` };
      c.add(b < a ? 'source-amount-lowered' : 'source-amount-raised', `${ptr}/bedragen`, a / 100, b / 100, `Bron ${name}: ${text.nl}.`, `Source ${name}: ${text.en}.`);
    }
    const la = lastPayingYear(o.bedragen);
    const lb = lastPayingYear(n.bedragen);
    if (la !== undefined && lb !== undefined && la !== lb) {
      c.add(lb < la ? 'source-ends-earlier' : 'source-ends-later', `${ptr}/bedragen`, la, lb, `Bron ${name} betaalt tot en met ${la} → ${lb}.`, `Source ${name} pays through ${la} → ${lb}.`);
    }
    if (o.soort !== n.soort && (o.soort === 'structureel' || n.soort === 'structureel') && o.soort && n.soort) {
      c.add(n.soort === 'structureel' ? 'source-now-structural' : 'source-no-longer-structural', `${ptr}/soort`, o.soort, n.soort, `Bron ${name} is nu ${n.soort} (was ${o.soort}).`, `Source ${name} is now ${n.soort} (was ${o.soort}).`);
    }
  }
  const shareOld = structuralShare(old);
  const shareNew = structuralShare(now);
  if (shareOld !== undefined && shareNew !== undefined && shareOld !== shareNew) {
    const po = Math.round(shareOld * 100);
    const pn = Math.round(shareNew * 100);
    c.changes.push({
      kind: shareNew < shareOld ? 'structural-share-lowered' : 'structural-share-raised',
      effect: shareNew < shareOld ? 'weaker' : 'stronger',
      pointer: '/financiering/bronnen',
      side: 'after',
      before: po,
      after: pn,
      message: { nl: `Aandeel structureel geld: ${po}% → ${pn}%.`, en: `Structural share of money: ${po}% → ${pn}%.` },
    });
  }

  // Indicators' baselines.
  for (const goal of match(old.doelen as Item[] | undefined, now.doelen as Item[] | undefined)) {
    const og = goal.old as NonNullable<Plan['doelen']>[number];
    const ng = goal.now as typeof og;
    if (!og || !ng) continue;
    for (const pair of match(og.indicatoren as Item[] | undefined, ng.indicatoren as Item[] | undefined)) {
      const o = pair.old as NonNullable<NonNullable<Plan['doelen']>[number]>['indicatoren'] extends Array<infer I> | undefined ? I : never;
      const n = pair.now as typeof o;
      if (!o || !n) continue;
      const ptr = `/doelen/${goal.nowIndex}/indicatoren/${pair.nowIndex}`;
      const name = label(n as Item, pair.nowIndex, true);
      if (o.nulmeting && !n.nulmeting) c.add('baseline-removed', ptr, o.nulmeting.waarde ?? null, null, `De nulmeting van indicator ${name} is weggehaald.`, `The baseline of indicator ${name} was removed.`);
      if (!o.nulmeting && n.nulmeting) c.add('baseline-added', `${ptr}/nulmeting`, null, n.nulmeting.waarde ?? null, `Indicator ${name} heeft nu een nulmeting.`, `Indicator ${name} now has a baseline.`);
    }
  }

  // Evaluation moments (by position: they have no id), matched by date and kind.
  const key = (m: { datum?: string; soort?: string } | undefined) => (m ? `${m.datum}|${m.soort}` : '');
  const oldMoments = (old.evaluatie?.momenten ?? []).filter(Boolean);
  const newMoments = (now.evaluatie?.momenten ?? []).filter(Boolean);
  const newKeys = new Set(newMoments.map(key));
  const oldKeys = new Set(oldMoments.map(key));
  (old.evaluatie?.momenten ?? []).forEach((m, i) => {
    if (m && !newKeys.has(key(m))) c.add('evaluation-removed', `/evaluatie/momenten/${i}`, m.datum ?? null, null, `Evaluatiemoment van ${dateText(m.datum, 'nl')}${m.soort ? ` (${m.soort})` : ''} is weggehaald.`, `Evaluation moment of ${dateText(m.datum, 'en')}${m.soort ? ` (${m.soort})` : ''} was removed.`, 'before');
  });
  (now.evaluatie?.momenten ?? []).forEach((m, i) => {
    if (m && !oldKeys.has(key(m))) c.add('evaluation-added', `/evaluatie/momenten/${i}`, null, m.datum ?? null, `Evaluatiemoment van ${dateText(m.datum, 'nl')} is toegevoegd.`, `Evaluation moment of ${dateText(m.datum, 'en')} was added.`);
  });
  c.explained.add('/evaluatie/momenten');

  // Governance.
  const da = old.bestuur?.vastgesteld?.door;
  const db = now.bestuur?.vastgesteld?.door;
  if (da && db && da !== db && ADOPTION_RANK[da] !== undefined && ADOPTION_RANK[db] !== undefined && ADOPTION_RANK[da] !== ADOPTION_RANK[db]) {
    c.add(ADOPTION_RANK[db] < ADOPTION_RANK[da] ? 'adoption-lowered' : 'adoption-raised', '/bestuur/vastgesteld/door', da, db, `Het plan wordt vastgesteld door ${db} in plaats van ${da}.`, `The plan is adopted by ${db} instead of ${da}.`);
  }
  setChange(c, '/bestuur/stuurgroep', old.bestuur?.stuurgroep, now.bestuur?.stuurgroep, 'steering-member-removed', 'steering-member-added', { nl: 'Stuurgroep', en: 'Steering group' });
  setChange(c, '/bewoners/betrokkenheid', old.bewoners?.betrokkenheid, now.bewoners?.betrokkenheid, 'involvement-removed', 'involvement-added', { nl: 'Bewonersbetrokkenheid', en: "Residents' involvement" });

  // Everything else the plan says: neutral, and placeholders filled or introduced.
  walk(c, old as unknown, now as unknown, '', '');
  return sortChanges(c.changes);
}

function deputy(c: Collector, pointer: string, before: string | undefined, after: string | undefined, who: { nl: string; en: string }): void {
  if (before && !after) c.add('deputy-removed', pointer, before, null, `De vervanger van de ${who.nl} (${before}) is weggehaald.`, `The deputy of the ${who.en} (${before}) was removed.`);
  else if (!before && after) c.add('deputy-added', pointer, null, after, `De ${who.nl} heeft nu een vervanger: ${after}.`, `The ${who.en} now has a deputy: ${after}.`);
}

/** Partner ids that own, lead, pay, steer or evaluate something. */
function carriers(plan: Plan): Set<string> {
  const out = new Set<string>();
  const add = (v: unknown) => typeof v === 'string' && out.add(v);
  for (const i of plan.interventies ?? []) {
    for (const o of i?.eigenaars ?? []) add(o);
    add(i?.trekker?.organisatie);
  }
  for (const b of plan.financiering?.bronnen ?? []) add(b?.partner);
  add(plan.financiering?.budgethouder);
  for (const s of plan.bestuur?.stuurgroep ?? []) add(s);
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
  const o = v as Item;
  return typeof o.id === 'string' ? o.id : '{…}';
}

function walk(c: Collector, a: unknown, b: unknown, pointer: string, oldPointer: string): void {
  if (c.explained.has(pointer)) return;
  if (a === undefined && b === undefined) return;
  if (isScalar(a) && isScalar(b)) {
    if (a === b) return;
    if (typeof a === 'string' && typeof b === 'string') {
      const pa = isPlaceholder(a);
      const pb = isPlaceholder(b);
      if (pa && !pb) return c.add('placeholder-filled', pointer, a, b, `Bij ${where(pointer)} staat nu tekst waar een placeholder stond.`, `At ${where(pointer, 'en')} text now stands where a placeholder stood.`);
      if (!pa && pb) return c.add('placeholder-introduced', pointer, a, b, `Bij ${where(pointer)} staat nu een placeholder waar tekst stond.`, `At ${where(pointer, 'en')} a placeholder now stands where text stood.`);
    }
    return c.add('value-changed', pointer, a, b, `${capital(where(pointer))} is veranderd: ${fmt(a)} → ${fmt(b)}.`, `${capital(where(pointer, 'en'))} changed: ${fmt(a)} → ${fmt(b)}.`);
  }
  if (a === undefined) return c.add('value-added', pointer, null, short(b), `${capital(where(pointer))} is toegevoegd.`, `${capital(where(pointer, 'en'))} was added.`);
  if (b === undefined) return c.add('value-removed', oldPointer, short(a), null, `${capital(where(oldPointer))} is weggehaald.`, `${capital(where(oldPointer, 'en'))} was removed.`, 'before');
  if (Array.isArray(a) && Array.isArray(b)) {
    for (const pair of match(a as Item[], b as Item[])) {
      const np = pair.nowIndex === undefined ? pointer : `${pointer}/${pair.nowIndex}`;
      const op = pair.oldIndex === undefined ? oldPointer : `${oldPointer}/${pair.oldIndex}`;
      if (isScalar(pair.old) || isScalar(pair.now)) {
        // A list of scalars: compare as a set of values, by position otherwise.
        continue;
      }
      walk(c, pair.old, pair.now, np, op);
    }
    if (a.every(isScalar) && b.every(isScalar)) {
      const sa = new Set(a);
      const sb = new Set(b);
      a.forEach((v, i) => !sb.has(v) && v !== undefined && c.add('value-removed', `${oldPointer}/${i}`, v, null, `${capital(where(pointer))}: ${fmt(v)} is weggehaald.`, `${capital(where(pointer, 'en'))}: ${fmt(v)} was removed.`, 'before'));
      b.forEach((v, i) => !sa.has(v) && v !== undefined && c.add('value-added', `${pointer}/${i}`, null, v, `${capital(where(pointer))}: ${fmt(v)} is toegevoegd.`, `${capital(where(pointer, 'en'))}: ${fmt(v)} was added.`));
    }
    return;
  }
  if (typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a as Item), ...Object.keys(b as Item)]);
    for (const k of keys) walk(c, (a as Item)[k], (b as Item)[k], `${pointer}/${esc(k)}`, `${oldPointer}/${esc(k)}`);
    return;
  }
  c.add('value-changed', pointer, short(a), short(b), `${capital(where(pointer))} is veranderd.`, `${capital(where(pointer, 'en'))} changed.`);
}

function esc(k: string): string {
  return k.replace(/~/g, '~0').replace(/\//g, '~1');
}

function fmt(v: unknown): string {
  const s = String(v);
  return s.length > 60 ? `‘${s.slice(0, 57)}…’` : `‘${s}’`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A place in plain words: keys joined, list positions as "nummer N" (no JSON pointers in messages). */
function where(pointer: string, lang: 'nl' | 'en' = 'nl'): string {
  const parts = pointer.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? (lang === 'nl' ? `nummer ${Number(p) + 1}` : `number ${Number(p) + 1}`) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
  return parts.length ? parts.join(' › ') : lang === 'nl' ? 'het plan' : 'the plan';
}

const EFFECT_ORDER: Record<Effect, number> = { weaker: 0, stronger: 1, neutral: 2 };

/** Weaker, then stronger, then neutral; each in document order (by pointer, list indices numerically). */
export function sortChanges(changes: Change[]): Change[] {
  const tokens = (p: string) => p.split('/').slice(1);
  const cmp = (a: string, b: string) => {
    const x = tokens(a);
    const y = tokens(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] === y[i]) continue;
      const nx = /^\d+$/.test(x[i]);
      const ny = /^\d+$/.test(y[i]);
      if (nx && ny) return Number(x[i]) - Number(y[i]);
      return 0;
    }
    return x.length - y.length;
  };
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => EFFECT_ORDER[a.change.effect] - EFFECT_ORDER[b.change.effect] || cmp(a.change.pointer, b.change.pointer) || a.index - b.index)
    .map((x) => x.change);
}
