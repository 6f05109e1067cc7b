// `wijkplan diff OLD NEW --format html` (review.md): the review page, written with --output or
// to standard output, in the chosen language, next to other formats, and refused where it does
// not belong (check).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertOneLineError, requireBuild, ROOT, run, tempDir } from './helpers';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'review');
const BASE = readFileSync(join(FIXTURES, 'base.wijkplan.yaml'), 'utf8');
const WEAKENED = readFileSync(join(FIXTURES, 'weakened.wijkplan.yaml'), 'utf8');

/** A temp folder with the two versions of the plan as oud/nieuw. */
function planPair(): { dir: string; cleanup: () => void } {
  const temp = tempDir('wijkplan-review-html-');
  writeFileSync(join(temp.dir, 'oud.wijkplan.yaml'), BASE);
  writeFileSync(join(temp.dir, 'nieuw.wijkplan.yaml'), WEAKENED);
  return temp;
}

describe('CLI: diff --format html (the review page)', () => {
  before(requireBuild);

  it('writes one self-contained page to --output, with the change list and the old values', () => {
    const { dir, cleanup } = planPair();
    try {
      const result = run(['diff', 'oud.wijkplan.yaml', 'nieuw.wijkplan.yaml', '--format', 'html', '--output', 'review.html'], { cwd: dir });
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout, '', 'the page went to the file, not to standard output');
      const page = readFileSync(join(dir, 'review.html'), 'utf8');
      assert.match(page, /^<!DOCTYPE html>\n<html lang="nl">/);
      assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
      assert.doesNotMatch(page, /<script|<link|src=/i);
      assert.ok(page.includes('<h2 id="wp-changes-h">Wat is er veranderd</h2>'));
      assert.ok(page.includes('Deze pagina vergelijkt oud.wijkplan.yaml (vorige versie) met nieuw.wijkplan.yaml (deze versie).'));
      assert.ok(page.includes('Bron F-gemeente: € 600.000 → € 450.000 per jaar (−25%).'));
      // The line of each change in its file, and the acceptance written in the plan.
      const line = WEAKENED.split('\n').findIndex((text) => text.includes('bedrag: 450000')) + 1;
      assert.ok(page.includes(`regel ${line} in nieuw.wijkplan.yaml`), `line ${line}`);
      assert.ok(page.includes('Zwakker, geaccepteerd'));
      assert.ok(page.includes('Totaal vorige versie'));
      assert.ok(page.includes('Einddatums: vorige versie en deze versie'));
      assert.ok(page.includes('vorige versie: 31 dec 2044'));
    } finally {
      cleanup();
    }
  });

  it('without --output writes the same page to standard output; --lang en speaks English', () => {
    const { dir, cleanup } = planPair();
    try {
      const toFile = run(['diff', 'oud.wijkplan.yaml', 'nieuw.wijkplan.yaml', '--format', 'html', '-o', 'review.html'], { cwd: dir });
      assert.equal(toFile.code, 0, toFile.stderr);
      const toStdout = run(['diff', 'oud.wijkplan.yaml', 'nieuw.wijkplan.yaml', '--format', 'html'], { cwd: dir });
      assert.equal(toStdout.code, 0, toStdout.stderr);
      assert.equal(toStdout.stdout, readFileSync(join(dir, 'review.html'), 'utf8'));
      const english = run(['diff', 'oud.wijkplan.yaml', 'nieuw.wijkplan.yaml', '--format', 'html', '--lang', 'en'], { cwd: dir });
      assert.equal(english.code, 0, english.stderr);
      assert.match(english.stdout, /<html lang="en">/);
      assert.ok(english.stdout.includes('<h2 id="wp-changes-h">What changed</h2>'));
      assert.ok(english.stdout.includes('Source F-gemeente: €600,000 → €450,000 a year (−25%).'));
      assert.ok(english.stdout.includes('Weaker, accepted'));
    } finally {
      cleanup();
    }
  });

  it('goes beside other formats, and --fail-on-weaker still fails after writing it', () => {
    const { dir, cleanup } = planPair();
    try {
      const result = run(['diff', 'oud.wijkplan.yaml', 'nieuw.wijkplan.yaml', '--format', 'json', '--output', 'diff.json', '--format', 'html', '--output', 'review.html', '--fail-on-weaker'], { cwd: dir });
      assert.equal(result.code, 1, result.stderr);
      const json = JSON.parse(readFileSync(join(dir, 'diff.json'), 'utf8')) as { changes: Array<{ message: string }> };
      const page = readFileSync(join(dir, 'review.html'), 'utf8');
      const count = [...page.matchAll(/<li id="wp-change-\d+"/g)].length;
      assert.equal(count, json.changes.length, 'the page lists every change the JSON has');
      assert.ok(json.changes.length >= 8);
    } finally {
      cleanup();
    }
  });

  it('is refused for check, and a missing output folder is said before any work (exit 2)', () => {
    const { dir, cleanup } = planPair();
    try {
      const check = run(['check', 'nieuw.wijkplan.yaml', '--format', 'html'], { cwd: dir });
      assert.equal(check.code, 2);
      assertOneLineError(check, 'html', '--format');
      const missing = run(['diff', 'oud.wijkplan.yaml', 'nieuw.wijkplan.yaml', '--format', 'html', '--output', 'nergens/review.html'], { cwd: dir });
      assert.equal(missing.code, 2);
      assertOneLineError(missing, 'nergens');
      assert.ok(!existsSync(join(dir, 'nergens')));
    } finally {
      cleanup();
    }
  });

  it('--help names the review page, in Dutch and in English', () => {
    assert.match(run(['--help']).stdout, /--format stylish\|json\|markdown\|junit\|html/);
    assert.match(run(['--help']).stdout, /wijkplan diff OUD NIEUW --format html --output review\.html/);
    assert.match(run(['diff', '--help', '--lang', 'en']).stdout, /the changes as one HTML page/);
  });
});
