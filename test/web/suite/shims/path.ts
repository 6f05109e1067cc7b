// node:path for the web suite: POSIX join, all the tests use.
export function join(...parts: string[]): string {
  return parts.join('/').replace(/\/+/g, '/');
}
