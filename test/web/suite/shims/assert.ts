// node:assert/strict for the web suite: the calls the extension tests make, with messages.
function fail(message: string | Error | undefined, fallback: string): never {
  if (message instanceof Error) throw message;
  const error = new Error(message ?? fallback);
  error.name = 'AssertionError';
  throw error;
}

function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) fail(message, `expected a truthy value, got ${String(value)}`);
}

function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message, `${JSON.stringify(actual)} !== ${JSON.stringify(expected)}`);
}

function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) fail(message, `${JSON.stringify(actual)} === ${JSON.stringify(expected)}`);
}

function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a !== b) fail(message, `${a} is not deep-equal to ${b}`);
}

function match(value: string, pattern: RegExp, message?: string | Error): void {
  if (!pattern.test(value)) fail(message, `${JSON.stringify(value)} does not match ${pattern}`);
}

function doesNotMatch(value: string, pattern: RegExp, message?: string | Error): void {
  if (pattern.test(value)) fail(message, `${JSON.stringify(value)} matches ${pattern}`);
}

const assert = Object.assign(ok, { ok, equal, strictEqual: equal, notEqual, notStrictEqual: notEqual, deepEqual, deepStrictEqual: deepEqual, match, doesNotMatch, fail: (message?: string) => fail(message, 'failed') });
export { ok, equal, equal as strictEqual, notEqual, deepEqual, deepEqual as deepStrictEqual, match, doesNotMatch };
export default assert;
