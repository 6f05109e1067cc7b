import type { ReviewedChange } from '../core/review/reviewed';
import type { Lang } from '../core/types';

export { hasUnacceptedWeaker, reviewChanges, type ReviewedChange } from '../core/review/reviewed';

/** A change as the JSON output gives it (review.md's fields, plus line, column and accepted). */
export function changeJson(change: ReviewedChange, lang: Lang) {
  return {
    kind: change.kind,
    effect: change.effect,
    pointer: change.pointer,
    side: change.side,
    before: change.before ?? null,
    after: change.after ?? null,
    message: change.message[lang],
    line: change.line,
    column: change.column,
    accepted: change.accepted,
  };
}
