export { diffPlans, sortChanges, CHANGE_KINDS } from './diff';
export type { Change, Effect } from './diff';
