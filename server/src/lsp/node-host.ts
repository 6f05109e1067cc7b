import { existsSync, promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { findConfig } from '../core/config-lookup';
import type { ConfigFile, ServerHost } from './host';
import { PLAN_FILE_NAME } from '../core/plan-files';

/** The most plan files one workspace folder is searched for; beyond it the rest is skipped. */
const MAX_FILES = 10_000;
const PLAN_FILE = PLAN_FILE_NAME;

function toPath(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? parsed.fsPath : undefined;
  } catch {
    return undefined;
  }
}

function isFile(file: string): boolean {
  try {
    return existsSync(file) && statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The host of the Node server: the disk, through node:fs. */
export function createNodeHost(): ServerHost {
  const readFile = async (uri: string): Promise<string | undefined> => {
    const file = toPath(uri);
    if (!file) return undefined;
    try {
      return await fs.readFile(file, 'utf8');
    } catch {
      return undefined;
    }
  };
  return {
    readFile,
    async findPlanFiles(folderUri: string): Promise<string[]> {
      const root = toPath(folderUri);
      if (!root) return [];
      const found: string[] = [];
      // Symbolic links are not followed (a Dirent of a link is neither file nor folder here),
      // so a link loop cannot make the walk endless.
      const walk = async (folder: string): Promise<void> => {
        let entries;
        try {
          entries = await fs.readdir(folder, { withFileTypes: true });
        } catch {
          return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
          if (found.length >= MAX_FILES) return;
          if (entry.isDirectory()) {
            if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
            await walk(path.join(folder, entry.name));
          } else if (entry.isFile() && PLAN_FILE.test(entry.name)) {
            found.push(URI.file(path.join(folder, entry.name)).toString());
          }
        }
      };
      await walk(root);
      return found;
    },
    async findConfig(planUri: string): Promise<ConfigFile | undefined> {
      const plan = toPath(planUri);
      if (!plan) return undefined;
      const found = findConfig(plan, { exists: isFile, dirname: path.dirname, join: path.join });
      if (!found) return undefined;
      const uri = URI.file(found).toString();
      const text = await readFile(uri);
      return text === undefined ? undefined : { uri, text };
    },
  };
}
