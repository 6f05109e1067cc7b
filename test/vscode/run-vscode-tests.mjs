#!/usr/bin/env node
// Runs the extension's mocha suite in a real VS Code (code-server, offline) on a fresh copy of
// the test workspace plus the weak sample, so edits made by the tests never touch the repo.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addReviewRepository } from './review-repository.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkplan-vscode-ws-'));
fs.cpSync(path.join(here, 'workspace'), workspace, { recursive: true });
fs.copyFileSync(path.join(repo, 'samples', 'zwak.wijkplan.yaml'), path.join(workspace, 'zwak.wijkplan.yaml'));
addReviewRepository(workspace, repo);

const result = spawnSync(
  process.execPath,
  [path.join(here, 'run-code-server.mjs'), '--ext', repo, '--tests', path.join(repo, 'out', 'test', 'vscode', 'index.js'), '--workspace', workspace, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
fs.rmSync(workspace, { recursive: true, force: true });
process.exit(result.status ?? 1);
