import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import {
  FindFilesRequest,
  ReadFileRequest,
  type FindFilesParams,
  type FindFilesResult,
  type ReadFileParams,
  type ReadFileResult,
} from '../protocol';
import { configCandidates } from '../core/config-lookup';
import { uriDirname, type ConfigFile, type ServerHost } from './host';

/**
 * The host of the web worker: it has no disk, so every file goes through the client
 * (`wijkplan/readFile`, `wijkplan/findFiles`). A client without them answers MethodNotFound;
 * from then on the worker only sees the documents that are open.
 */
export function createBrowserHost(connection: Connection): ServerHost {
  let supported = true;
  async function ask<P, R>(method: string, params: P): Promise<R | undefined> {
    if (!supported) return undefined;
    try {
      return (await connection.sendRequest(method, params)) as R;
    } catch (error) {
      if (error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound) supported = false;
      return undefined;
    }
  }
  const readFile = async (uri: string): Promise<string | undefined> =>
    (await ask<ReadFileParams, ReadFileResult>(ReadFileRequest.method, { uri })) ?? undefined;
  return {
    readFile,
    async findPlanFiles(folderUri: string): Promise<string[]> {
      const params: FindFilesParams = { folderUri, include: '**/*.wijkplan.{yaml,yml}', exclude: '**/{node_modules,.*}/**' };
      return (await ask<FindFilesParams, FindFilesResult>(FindFilesRequest.method, params)) ?? [];
    },
    async findConfig(planUri: string): Promise<ConfigFile | undefined> {
      // The core's walk (core/config-lookup), over URIs and asynchronous reads; a folder URI
      // without a path below its authority is the root.
      const dirname = (uri: string) => (/^[a-z][\w+.-]*:\/\/[^/]*\/./i.test(uri) ? uriDirname(uri) : uri);
      for (const uri of configCandidates(planUri, { dirname, join: (folder, name) => `${folder}/${name}` })) {
        const text = await readFile(uri);
        if (text !== undefined) return { uri, text };
      }
      return undefined;
    },
  };
}
