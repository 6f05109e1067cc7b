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
  let folder = host.dirname(planPath);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = host.join(folder, name);
      if (host.exists(candidate)) return candidate;
    }
    const parent = host.dirname(folder);
    // At the root dirname returns its argument unchanged ("/" or "C:\\").
    if (parent === folder || parent === '') return undefined;
    folder = parent;
  }
}
