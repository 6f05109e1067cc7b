import { SUPPRESSIONS_FILE_NAME } from '../core/bulk-suppressions';
import { PLAN_FILE_NAME } from '../core/plan-files';
/**
 * What differs between the Node server and the web worker: how files are read, how plan
 * files in a workspace folder are found, and how the configuration of a plan is looked up.
 * Everything is by URI, so the server itself never touches a disk.
 */
export interface ConfigFile {
  uri: string;
  text: string;
}

export interface ServerHost {
  /** A file's text, or undefined when it does not exist or cannot be read. */
  readFile(uri: string): Promise<string | undefined>;
  /** Plan files (`*.wijkplan.yaml` / `.yml`) below a folder, dot-folders and node_modules skipped. */
  findPlanFiles(folderUri: string): Promise<string[]>;
  /** The nearest `.wijkplanrc.yaml` (or `.json`) walking up from the plan's folder, or undefined. */
  findConfig(planUri: string): Promise<ConfigFile | undefined>;
}

/** The names a configuration file can have, in the order they win within one folder. */

const PLAN_NAME = PLAN_FILE_NAME;
const CONFIG_NAME = /(^|\/)\.wijkplanrc\.(yaml|json)$/;

/** The last path segment of a URI, decoded. */
export function uriBasename(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

export function isPlanFileName(uri: string): boolean {
  return PLAN_NAME.test(uriBasename(uri));
}

export function isConfigFileName(uri: string): boolean {
  return CONFIG_NAME.test(uriBasename(uri));
}

/** True for `wijkplan-suppressions.json` (the name the CLI writes when no location is given). */
export function isSuppressionsFileName(uri: string): boolean {
  return uriBasename(uri) === SUPPRESSIONS_FILE_NAME;
}

/** The URI of a file's folder (string form; the scheme and authority are kept). */
export function uriDirname(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const cut = path.lastIndexOf('/');
  return cut < 0 ? path : path.slice(0, cut);
}
