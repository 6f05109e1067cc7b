/** The file names a configuration can have, in the order they win within one folder. */
export const CONFIG_FILE_NAMES = ['.wijkplanrc.yaml', '.wijkplanrc.json'] as const;

/** What the lookup needs from a file system; the CLI passes node's, the server its own. */
export interface ConfigLookupHost {
  exists(path: string): boolean;
  dirname(path: string): string;
  join(a: string, b: string): string;
}

/**
 * Finds the configuration that governs a plan: the nearest `.wijkplanrc.yaml` or
 * `.wijkplanrc.json`, walking up from the plan's folder to the root; in one folder the
 * YAML one wins. Returns its path, or undefined when none applies. The editor and the
 * CLI call this same function, so they always agree.
 */
export function findConfig(planPath: string, host: ConfigLookupHost): string | undefined {
  for (const candidate of configCandidates(planPath, host)) if (host.exists(candidate)) return candidate;
  return undefined;
}

/**
 * The walk itself, for hosts that read asynchronously (the web worker asks the client): every
 * place a configuration could be, nearest first, YAML before JSON in each folder. `dirname`
 * returns its argument unchanged at the root ("/", "C:\\", or a URI's authority).
 */
export function* configCandidates(planPath: string, host: Pick<ConfigLookupHost, 'dirname' | 'join'>): Generator<string> {
  let folder = host.dirname(planPath);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) yield host.join(folder, name);
    const parent = host.dirname(folder);
    if (parent === folder || parent === '') return;
    folder = parent;
  }
}
