// The language is decided once, by the server, from `wijkplan.language` and the client's
// locale (issue: a German VS Code got Dutch diagnostics and an English preview). Every text
// the server gives out (diagnostics, the score notification, the preview page, the rule
// list) and the announcement the client follows must agree, for every locale × setting.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { lint } from '../../server/src/core/lint';
import type { Lang } from '../../server/src/core/types';
import { PreviewRequest, RuleListRequest, type PreviewResult, type RuleListResult } from '../../server/src/protocol';
import { FIXTURES, fileUri, fixtureText, LspClient } from './client';

const ZWAK = fileUri(join(FIXTURES, 'zwak.wijkplan.yaml'));
/** A diagnostic's message as text (the protocol allows markup; the server sends plain text). */
const textOf = (d: { message: string | { value: string } }): string => (typeof d.message === 'string' ? d.message : d.message.value);

const SHELL = { nonce: 'a'.repeat(24), cspSource: 'vscode-webview://test', scriptUri: 'vscode-webview://test/preview.js' };

/** What the server must choose: the setting, else English for an `en…` locale and Dutch for any other. */
function expected(locale: string, setting: 'auto' | Lang): Lang {
  if (setting !== 'auto') return setting;
  return locale.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

describe('the language is decided once, by the server', function () {
  this.timeout(60000);
  const text = fixtureText('zwak.wijkplan.yaml');
  const findings = lint(text).findings;
  const messages: Record<Lang, Set<string>> = { nl: new Set(findings.map((f) => f.message.nl)), en: new Set(findings.map((f) => f.message.en)) };

  it('the fixture has findings whose Dutch and English messages differ (so the matrix can tell)', () => {
    assert.ok(findings.length > 0);
    assert.ok(findings.some((f) => f.message.nl !== f.message.en));
  });

  for (const locale of ['nl', 'en-US', 'de', 'fr-BE']) {
    for (const setting of ['auto', 'nl', 'en'] as const) {
      const lang = expected(locale, setting);
      const other: Lang = lang === 'nl' ? 'en' : 'nl';
      it(`locale ${locale} × wijkplan.language ${setting}: everything in ${lang}`, async () => {
        const client = await LspClient.start({ locale, settings: { language: setting } });
        try {
          const announced = await client.announcedLanguage();
          assert.equal(announced.lang, lang, 'the language the client is told to follow');
          assert.equal(announced.categoryNames.WP8, lang === 'nl' ? 'Inhoud' : 'Substance');
          const published = await client.open(ZWAK, text);
          assert.ok(published.diagnostics.length > 0);
          for (const diagnostic of published.diagnostics) {
            assert.ok(messages[lang].has(textOf(diagnostic)), `${diagnostic.code}: "${textOf(diagnostic)}" is not a ${lang} message`);
          }
          assert.ok(published.diagnostics.some((d) => !messages[other].has(textOf(d))), `some message differs from its ${other} text`);
          const score = client.scores.filter((s) => s.uri === ZWAK).at(-1) ?? (await client.nextScore(ZWAK));
          assert.equal(score.lang, lang, 'the score notification carries the language');
          const preview = await client.request<PreviewResult>(PreviewRequest.method, { uri: ZWAK, shell: SHELL });
          assert.ok(preview && preview.page);
          assert.equal(preview.lang, lang);
          assert.match(preview.page, new RegExp(`<html lang="${lang}">`));
          const rules = await client.request<RuleListResult>(RuleListRequest.method, {});
          assert.ok(rules && rules.length > 40);
        } finally {
          await client.stop();
        }
      });
    }
  }

  it('a changed setting is announced again, and diagnostics and the preview follow it', async () => {
    const client = await LspClient.start({ locale: 'de', settings: { language: 'auto' } });
    try {
      assert.equal((await client.announcedLanguage()).lang, 'nl');
      await client.open(ZWAK, text);
      const next = client.nextDiagnostics(ZWAK, (p) => p.diagnostics.some((d) => messages.en.has(textOf(d)) && !messages.nl.has(textOf(d))));
      await client.changeSettings({ language: 'en' });
      assert.equal((await client.announcedLanguage((p) => p.lang === 'en')).lang, 'en');
      await next;
      const preview = await client.request<PreviewResult>(PreviewRequest.method, { uri: ZWAK });
      assert.equal(preview?.lang, 'en');
      assert.equal(preview?.page, undefined, 'no shell asked, no page');
      const announcements = client.languages.map((l) => l.lang);
      assert.deepEqual(announcements, ['nl', 'en'], 'told once per language, not on every change');
    } finally {
      await client.stop();
    }
  });
});
