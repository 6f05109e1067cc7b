/**
 * Periods, with the one rule for an intervention's dates that rules and preview share
 * (rules.md): an intervention without `looptijd` runs for the plan's; a `looptijd` that is
 * reversed (WP005) counts as absent, so the plan's applies; a date that is broken (WP002)
 * is unknown, and whoever needs it stays silent rather than guess the plan's.
 */
import { compareDates, parseDate, type CalendarDate, type DateRange } from '../dates';
import type { Interventie, Periode, Plan } from '../model';

/** A periode's dates when both are valid and in order; otherwise it counts as absent. */
export function validPeriod(period: Periode | undefined): DateRange | undefined {
  if (!period) return undefined;
  const start = parseDate(period.start);
  const end = parseDate(period.eind);
  if (!start || !end || compareDates(start, end) > 0) return undefined;
  return { start, end };
}

/** The plan's period, when valid. */
export function planPeriod(plan: Plan): DateRange | undefined {
  return validPeriod(plan.looptijd);
}

/** An intervention's dates by the one rule; `inherited` when they are the plan's. */
export interface InterventionDates {
  start: CalendarDate | undefined;
  end: CalendarDate | undefined;
  inherited: boolean;
}

export function interventionDates(plan: Plan, intervention: Interventie): InterventionDates {
  const own = intervention.looptijd;
  const inherit = (): InterventionDates => {
    const period = planPeriod(plan);
    return { start: period?.start, end: period?.end, inherited: true };
  };
  if (own === undefined || own === null || typeof own !== 'object') return inherit();
  const start = parseDate(own.start);
  const end = parseDate(own.eind);
  if (start && end && compareDates(start, end) > 0) return inherit();
  return { start, end, inherited: false };
}

/** The last day of an intervention (see the rule above); undefined when that date is broken. */
export function interventionEnd(plan: Plan, intervention: Interventie): CalendarDate | undefined {
  return interventionDates(plan, intervention).end;
}

/** An intervention's whole period, when both of its dates are known. */
export function interventionPeriod(plan: Plan, intervention: Interventie): DateRange | undefined {
  const { start, end } = interventionDates(plan, intervention);
  return start && end ? { start, end } : undefined;
}
