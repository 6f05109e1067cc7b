export { diffPlans, sortChanges, CHANGE_KINDS } from './diff';
export type { Change, Effect } from './diff';
export { hasUnacceptedWeaker, reviewChanges } from './reviewed';
export type { ReviewedChange } from './reviewed';
