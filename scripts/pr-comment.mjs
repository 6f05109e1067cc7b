#!/usr/bin/env node
// Posts the review Markdown as one comment on the pull request, and updates that same comment
// on every later push instead of adding a new one (review.md, "The pull-request comment").
// The comment is found by a hidden marker. Run by action.yml; no dependencies, Node 20+ fetch.
//
//   node scripts/pr-comment.mjs REPORT.md
//
// Reads GITHUB_TOKEN, GITHUB_API_URL (default https://api.github.com), GITHUB_REPOSITORY
// (owner/name), GITHUB_EVENT_PATH (the event's JSON, for the pull request's number) and
// WIJKPLAN_LANG (nl or en). Exit 0 when the comment is posted or there is no pull request to
// post on; exit 1 with one clear line when it cannot be posted.
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MARKER = '<!-- wijkplan-review -->';
/** GitHub refuses a comment over 65,536 characters; this leaves room for the marker and the note. */
export const MAX_BODY = 65_000;

const lang = process.env.WIJKPLAN_LANG === 'en' ? 'en' : 'nl';
const say = (text) => text[lang];

class Failure extends Error {}

/** The comment's body: the marker, then the report, shortened at a line end when too long. */
export function commentBody(markdown, language = 'nl') {
  const note =
    language === 'nl'
      ? '\n\n> [!NOTE]\n> Dit rapport is ingekort: het was te lang voor een reactie. Het volledige rapport staat in de samenvatting van de job.'
      : '\n\n> [!NOTE]\n> This report was shortened: it was too long for a comment. The full report is in the job summary.';
  const whole = `${MARKER}\n${markdown.replace(/\s+$/, '')}\n`;
  if (whole.length <= MAX_BODY) return whole;
  // Room for the note and for closing every <details> the cut leaves open.
  let kept = whole.slice(0, MAX_BODY - note.length - 300);
  const lastLine = kept.lastIndexOf('\n');
  if (lastLine > MARKER.length) kept = kept.slice(0, lastLine);
  const open = (kept.match(/<details>/g) ?? []).length - (kept.match(/<\/details>/g) ?? []).length;
  const closing = open > 0 ? `\n\n${'</details>\n'.repeat(Math.min(open, 20)).trimEnd()}` : '';
  return `${kept}${closing}${note}\n`;
}

/** The pull request's number from the event, or undefined when the event is not about one. */
export function pullRequestNumber(event) {
  if (event && typeof event.pull_request?.number === 'number') return event.pull_request.number;
  if (event && event.issue?.pull_request && typeof event.issue.number === 'number') return event.issue.number;
  return undefined;
}

function env(name, required = true) {
  const value = process.env[name];
  if (required && (value === undefined || value.trim() === '')) {
    throw new Failure(say({ nl: `${name} ontbreekt in de omgeving.`, en: `${name} is missing from the environment.` }));
  }
  return value;
}

/** The URL of the next page from a Link header, or undefined on the last page. */
function nextPage(link) {
  for (const part of (link ?? '').split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match) return match[1];
  }
  return undefined;
}

async function call(method, url, token, body) {
  let response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${token}`,
        'user-agent': 'wijkplan-pr-comment',
        'x-github-api-version': '2022-11-28',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new Failure(say({ nl: `GitHub is niet bereikbaar (${method} ${url}): ${error.cause?.message ?? error.message}`, en: `GitHub cannot be reached (${method} ${url}): ${error.cause?.message ?? error.message}` }));
  }
  const text = await response.text();
  if (!response.ok) {
    let detail = text.slice(0, 300);
    try {
      detail = JSON.parse(text).message ?? detail;
    } catch {
      // Not JSON: the start of the text says enough.
    }
    const hint =
      response.status === 401 || response.status === 403 || response.status === 404
        ? say({
            nl: ' Geef de workflow "permissions: pull-requests: write" (een pull request uit een fork krijgt die rechten niet).',
            en: ' Give the workflow "permissions: pull-requests: write" (a pull request from a fork does not get it).',
          })
        : '';
    throw new Failure(say({ nl: `GitHub weigerde ${method} ${url}: ${response.status} ${detail}.${hint}`, en: `GitHub refused ${method} ${url}: ${response.status} ${detail}.${hint}` }));
  }
  try {
    return { data: text === '' ? null : JSON.parse(text), link: response.headers.get('link') };
  } catch {
    throw new Failure(say({ nl: `GitHub gaf geen JSON terug op ${method} ${url}.`, en: `GitHub returned no JSON for ${method} ${url}.` }));
  }
}

/** The first comment that carries the marker, over every page of the list. */
async function findMarked(firstPage, token) {
  for (let url = firstPage; url; ) {
    const { data, link } = await call('GET', url, token);
    if (!Array.isArray(data)) throw new Failure(say({ nl: `GitHub gaf geen lijst van reacties terug op ${url}.`, en: `GitHub returned no list of comments for ${url}.` }));
    const found = data.find((comment) => typeof comment?.body === 'string' && comment.body.includes(MARKER));
    if (found) return found;
    url = nextPage(link);
  }
  return undefined;
}

async function main(argv) {
  const file = argv[0];
  if (!file) throw new Failure(say({ nl: 'Gebruik: node scripts/pr-comment.mjs RAPPORT.md', en: 'Usage: node scripts/pr-comment.mjs REPORT.md' }));
  const eventPath = env('GITHUB_EVENT_PATH');
  let event;
  try {
    event = JSON.parse(readFileSync(eventPath, 'utf8'));
  } catch (error) {
    throw new Failure(say({ nl: `Het event ${eventPath} is niet te lezen: ${error.message}`, en: `The event ${eventPath} cannot be read: ${error.message}` }));
  }
  const number = pullRequestNumber(event);
  if (number === undefined) {
    const name = process.env.GITHUB_EVENT_NAME ?? '?';
    console.log(`::notice title=wijkplan::${say({ nl: `Geen pull request (event ${name}): er wordt geen reactie geplaatst.`, en: `No pull request (event ${name}): no comment is posted.` })}`);
    return;
  }
  let markdown;
  try {
    markdown = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Failure(say({ nl: `Het rapport ${file} is niet te lezen: ${error.message}`, en: `The report ${file} cannot be read: ${error.message}` }));
  }
  const token = env('GITHUB_TOKEN');
  const repository = env('GITHUB_REPOSITORY');
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) throw new Failure(say({ nl: `GITHUB_REPOSITORY is geen eigenaar/naam: ${repository}`, en: `GITHUB_REPOSITORY is not owner/name: ${repository}` }));
  const api = (env('GITHUB_API_URL', false) || 'https://api.github.com').replace(/\/+$/, '');
  const body = commentBody(markdown, lang);
  const existing = await findMarked(`${api}/repos/${repository}/issues/${number}/comments?per_page=100`, token);
  if (existing) {
    const { data } = await call('PATCH', `${api}/repos/${repository}/issues/comments/${existing.id}`, token, { body });
    console.log(say({ nl: `Reactie bijgewerkt: ${data?.html_url ?? existing.id}`, en: `Comment updated: ${data?.html_url ?? existing.id}` }));
  } else {
    const { data } = await call('POST', `${api}/repos/${repository}/issues/${number}/comments`, token, { body });
    console.log(say({ nl: `Reactie geplaatst: ${data?.html_url ?? ''}`, en: `Comment posted: ${data?.html_url ?? ''}` }));
  }
}

// Run only as a script, so a test can import the pure helpers.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  main(process.argv.slice(2)).catch((error) => {
    const message = error instanceof Failure ? error.message : String(error?.stack ?? error);
    console.error(`${process.env.GITHUB_ACTIONS === 'true' ? '::error title=wijkplan::' : 'wijkplan: '}${message}`);
    process.exitCode = 1;
  });
}
