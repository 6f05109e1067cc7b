// scripts/pr-comment.mjs against a fake GitHub API on localhost: it creates the one marked
// comment, updates it on a later push, leaves other comments alone, follows the pages of the
// comment list, fails with one clear line on an API error, and skips what is no pull request.
// Also: action.yml calls the script where the action ships it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, tempDir } from './helpers';

const SCRIPT = join(ROOT, 'scripts', 'pr-comment.mjs');
const MARKER = '<!-- wijkplan-review -->';
const TOKEN = 'test-token';
const REPO = 'gemeente/plannen';
const PR = 7;

interface Comment {
  id: number;
  body: string;
  user: string;
}

interface Request {
  method: string;
  url: string;
  body?: { body?: string };
}

/** A fake of the part of GitHub's REST API the script uses, with its comments in memory. */
class FakeGitHub {
  comments: Comment[] = [];
  requests: Request[] = [];
  pageSize = 100;
  failWith?: { status: number; message: string };
  private server?: Server;
  private nextId = 1000;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', this.url);
      const body = raw ? JSON.parse(raw) : undefined;
      this.requests.push({ method: req.method ?? '', url: `${url.pathname}${url.search}`, body });
      const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(data));
      };
      if (req.headers.authorization !== `Bearer ${TOKEN}`) return send(401, { message: 'Bad credentials' });
      if (this.failWith) return send(this.failWith.status, { message: this.failWith.message });
      const list = `/repos/${REPO}/issues/${PR}/comments`;
      if (req.method === 'GET' && url.pathname === list) {
        const page = Number(url.searchParams.get('page') ?? '1');
        const start = (page - 1) * this.pageSize;
        const pages = Math.max(1, Math.ceil(this.comments.length / this.pageSize));
        const headers: Record<string, string> = {};
        if (page < pages) headers.link = `<${this.url}${list}?per_page=100&page=${page + 1}>; rel="next", <${this.url}${list}?per_page=100&page=${pages}>; rel="last"`;
        return send(200, this.comments.slice(start, start + this.pageSize).map((c) => ({ id: c.id, body: c.body, user: { login: c.user } })), headers);
      }
      if (req.method === 'POST' && url.pathname === list) {
        const comment = { id: this.nextId++, body: body.body, user: 'github-actions[bot]' };
        this.comments.push(comment);
        return send(201, { id: comment.id, body: comment.body, html_url: `https://github.example/${REPO}/pull/${PR}#issuecomment-${comment.id}` });
      }
      const patch = new RegExp(`^/repos/${REPO}/issues/comments/(\\d+)$`).exec(url.pathname);
      if (req.method === 'PATCH' && patch) {
        const comment = this.comments.find((c) => c.id === Number(patch[1]));
        if (!comment) return send(404, { message: 'Not Found' });
        comment.body = body.body;
        return send(200, { id: comment.id, body: comment.body, html_url: `https://github.example/${REPO}/pull/${PR}#issuecomment-${comment.id}` });
      }
      send(404, { message: 'Not Found' });
    });
  }
}

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the script as action.yml does, asynchronously, so the fake server in this process can answer. */
function post(api: string, dir: string, report: string, event: unknown, env: Record<string, string> = {}): Promise<Outcome> {
  writeFileSync(join(dir, 'event.json'), JSON.stringify(event));
  writeFileSync(join(dir, 'review.md'), report);
  const childEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_API_URL: api, GITHUB_REPOSITORY: REPO, GITHUB_EVENT_PATH: join(dir, 'event.json'), GITHUB_EVENT_NAME: 'pull_request', GITHUB_TOKEN: TOKEN, ...env };
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT, join(dir, 'review.md')], { env: childEnv, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

const PULL_REQUEST = { action: 'synchronize', number: PR, pull_request: { number: PR } };
const REPORT = '## Wijkplan: borgingscontrole\n\n### Wat is er veranderd: oost.wijkplan.yaml\n\n| 🔻 zwakker | oost.wijkplan.yaml:12 | Bron F-gemeente: € 400.000 → € 300.000 per jaar (−25%). | `source-amount-lowered` |\n';

describe('pull-request comment (scripts/pr-comment.mjs)', () => {
  let github: FakeGitHub;
  let dir: string;
  let cleanup: () => void;

  beforeEach(async () => {
    github = new FakeGitHub();
    await github.start();
    ({ dir, cleanup } = tempDir('wijkplan-comment-'));
  });

  afterEach(async () => {
    await github.stop();
    cleanup();
  });

  it('creates one comment with the hidden marker when the pull request has none, leaving other comments alone', async () => {
    github.comments.push({ id: 1, body: 'Mooi plan!', user: 'wethouder' }, { id: 2, body: 'wijkplan-review zonder marker', user: 'bot' });
    const result = await post(github.url, dir, REPORT, PULL_REQUEST);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Reactie geplaatst: https:\/\/github\.example\/gemeente\/plannen\/pull\/7#issuecomment-1000/);
    assert.deepEqual(github.requests.map((r) => `${r.method} ${r.url}`), [`GET /repos/${REPO}/issues/${PR}/comments?per_page=100`, `POST /repos/${REPO}/issues/${PR}/comments`]);
    assert.equal(github.comments.length, 3);
    const [first, second, ours] = github.comments;
    assert.equal(first.body, 'Mooi plan!');
    assert.equal(second.body, 'wijkplan-review zonder marker');
    assert.ok(ours.body.startsWith(`${MARKER}\n## Wijkplan: borgingscontrole`), ours.body);
    assert.ok(ours.body.includes('€ 400.000 → € 300.000 per jaar (−25%)'));
  });

  it('updates the marked comment on a later push instead of adding one', async () => {
    github.comments.push({ id: 1, body: 'Eerst een vraag.', user: 'wethouder' }, { id: 42, body: `${MARKER}\noud rapport`, user: 'github-actions[bot]' }, { id: 43, body: 'Daarna nog iets.', user: 'wethouder' });
    const result = await post(github.url, dir, REPORT, PULL_REQUEST);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Reactie bijgewerkt: .*issuecomment-42/);
    assert.deepEqual(github.requests.map((r) => r.method), ['GET', 'PATCH']);
    assert.equal(github.requests[1].url, `/repos/${REPO}/issues/comments/42`);
    assert.equal(github.comments.length, 3, 'no new comment');
    assert.equal(github.comments[1].body, `${MARKER}\n${REPORT}`);
    assert.equal(github.comments[0].body, 'Eerst een vraag.');
    assert.equal(github.comments[2].body, 'Daarna nog iets.');

    const again = await post(github.url, dir, `${REPORT}\nNog een wijziging.\n`, PULL_REQUEST);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(github.comments.length, 3, 'still one marked comment after the next push');
    assert.match(github.comments[1].body, /Nog een wijziging\.\n$/);
  });

  it('follows the pages of the comment list to find the marked comment', async () => {
    github.pageSize = 2;
    for (let id = 1; id <= 4; id++) github.comments.push({ id, body: `reactie ${id}`, user: 'bewoner' });
    github.comments.push({ id: 5, body: `${MARKER}\noud`, user: 'github-actions[bot]' });
    const result = await post(github.url, dir, REPORT, PULL_REQUEST);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(
      github.requests.map((r) => `${r.method} ${r.url}`),
      [
        `GET /repos/${REPO}/issues/${PR}/comments?per_page=100`,
        `GET /repos/${REPO}/issues/${PR}/comments?per_page=100&page=2`,
        `GET /repos/${REPO}/issues/${PR}/comments?per_page=100&page=3`,
        `PATCH /repos/${REPO}/issues/comments/5`,
      ],
    );
    assert.equal(github.comments.length, 5);
  });

  it('reads every page before it decides to create', async () => {
    github.pageSize = 2;
    for (let id = 1; id <= 3; id++) github.comments.push({ id, body: `reactie ${id}`, user: 'bewoner' });
    const result = await post(github.url, dir, REPORT, PULL_REQUEST);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(github.requests.map((r) => r.method), ['GET', 'GET', 'POST']);
  });

  it('an API error: exit 1 with one clear line that names the status, GitHub\'s message and the permission', async () => {
    github.failWith = { status: 403, message: 'Resource not accessible by integration' };
    const result = await post(github.url, dir, REPORT, PULL_REQUEST);
    assert.equal(result.code, 1);
    const lines = result.stderr.split('\n').filter((line) => line.trim() !== '');
    assert.equal(lines.length, 1, result.stderr);
    assert.match(lines[0], /^wijkplan: GitHub weigerde GET .*\/issues\/7\/comments\?per_page=100: 403 Resource not accessible by integration\. .*pull-requests: write/);
    assert.doesNotMatch(result.stderr, new RegExp(TOKEN), 'the token never shows');
    assert.deepEqual(github.requests.map((r) => r.method), ['GET'], 'nothing is posted after the error');

    const inActions = await post(github.url, dir, REPORT, PULL_REQUEST, { GITHUB_ACTIONS: 'true', WIJKPLAN_LANG: 'en' });
    assert.equal(inActions.code, 1);
    assert.match(inActions.stderr, /^::error title=wijkplan::GitHub refused GET .*: 403 Resource not accessible by integration\. Give the workflow "permissions: pull-requests: write"/);
  });

  it('a server that cannot be reached, or a missing token: exit 1 with a clear line', async () => {
    const unreachable = await post('http://127.0.0.1:9', dir, REPORT, PULL_REQUEST);
    assert.equal(unreachable.code, 1);
    assert.match(unreachable.stderr, /^wijkplan: GitHub is niet bereikbaar \(GET http:\/\/127\.0\.0\.1:9\//);
    const noToken = await post(github.url, dir, REPORT, PULL_REQUEST, { GITHUB_TOKEN: '' });
    assert.equal(noToken.code, 1);
    assert.match(noToken.stderr, /^wijkplan: GITHUB_TOKEN ontbreekt in de omgeving\.\n$/);
    assert.equal(github.requests.length, 0);
  });

  it('not a pull-request event: skips with a notice and exit 0, without calling the API', async () => {
    const result = await post(github.url, dir, REPORT, { ref: 'refs/heads/main', commits: [] }, { GITHUB_EVENT_NAME: 'push' });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^::notice title=wijkplan::Geen pull request \(event push\): er wordt geen reactie geplaatst\./);
    assert.equal(github.requests.length, 0);
  });

  it('a comment on a pull request (issue_comment) finds the pull request through the issue', async () => {
    const result = await post(github.url, dir, REPORT, { issue: { number: PR, pull_request: { url: 'x' } } }, { GITHUB_EVENT_NAME: 'issue_comment' });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(github.comments.length, 1);
  });

  it('a report over 65,000 characters is cut at a line end, its open <details> closed, with a note', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `| oost.wijkplan.yaml:${i + 1} | waarschuwing | [WP101 missing-continuation](https://example.org) | Een lange melding die de regel uitlegt, nummer ${i + 1}. |`);
    const report = `## Wijkplan: borgingscontrole\n\n<details>\n<summary><strong>WP1 continuïteit</strong>: veel</summary>\n\n${rows.join('\n')}\n\n</details>\n`;
    assert.ok(report.length > 65_000);
    const result = await post(github.url, dir, report, PULL_REQUEST);
    assert.equal(result.code, 0, result.stderr);
    const body = github.comments[0].body;
    assert.ok(body.length <= 65_000, `${body.length} characters`);
    assert.ok(body.startsWith(MARKER));
    assert.match(body, /Dit rapport is ingekort/);
    assert.equal((body.match(/<details>/g) ?? []).length, (body.match(/<\/details>/g) ?? []).length, 'every <details> is closed');
    const lastRow = body.split('\n').filter((line) => line.startsWith('| oost')).at(-1)!;
    assert.match(lastRow, /nummer \d+\. \|$/, 'no row is cut in half');
  });
});

describe('action.yml: the comment input', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { steps: Array<{ name: string; if?: string; env?: Record<string, string>; run: string }> };
  };

  it('has comment (off by default) and github-token (the workflow token by default)', () => {
    assert.equal(action.inputs.comment.default, 'false');
    assert.equal(action.inputs['github-token'].default, '${{ github.token }}');
  });

  it('writes the Markdown in the check run and posts it with the script that ships beside action.yml', () => {
    const [check, comment] = action.runs.steps;
    assert.match(check.run, /--format markdown --output "\$RUNNER_TEMP\/wijkplan-review\.md"/);
    assert.match(comment.if ?? '', /inputs\.comment == 'true'/);
    assert.match(comment.if ?? '', /!cancelled\(\)/, 'also after a check that found something');
    assert.equal(comment.env?.GITHUB_TOKEN, '${{ inputs.github-token }}');
    const script = /node "\$GITHUB_ACTION_PATH\/([^"]+)" "\$RUNNER_TEMP\/wijkplan-review\.md"/.exec(comment.run);
    assert.ok(script, comment.run);
    assert.ok(existsSync(join(ROOT, script[1])), `${script[1]} is in the repository beside action.yml`);
    assert.ok(!readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n').some((line) => line.trim() === 'scripts' || line.trim() === 'scripts/'), 'scripts/ is not ignored, so the action ships it');
  });
});
