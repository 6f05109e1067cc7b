export { diffPlans, sortChanges, CHANGE_KINDS, euroText, toCents } from './diff';
export type { Change, Effect } from './diff';
