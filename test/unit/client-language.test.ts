// The client's texts follow the language the server announces (client/src/texts.ts): one
// decision, made by the server; the client's first guess uses the server's own rule.
import assert from 'node:assert/strict';
import { ClientLanguage } from '../../client/src/texts';

describe('the client follows the server language', () => {
  it('guesses as the server decides: English for en…, Dutch for every other locale', () => {
    for (const [locale, lang] of [['nl', 'nl'], ['nl-BE', 'nl'], ['en', 'en'], ['en-GB', 'en'], ['de', 'nl'], ['fr', 'nl'], ['EN-us', 'en']] as const) {
      assert.equal(new ClientLanguage(locale).lang, lang, locale);
    }
  });

  it('switches when the server says so, tells its listeners once, ignores what is no language', () => {
    const language = new ClientLanguage('de');
    const heard: string[] = [];
    language.onChange((lang) => heard.push(lang));
    language.set('en');
    language.set('en');
    language.set('xx' as never);
    assert.deepEqual(heard, ['en']);
    assert.equal(language.t('scoreOf', 72), 'Borging score 72 of 100.');
    language.set('nl');
    assert.equal(language.t('scoreOf', 72), 'Borgingsscore 72 van 100.');
    assert.deepEqual(heard, ['en', 'nl']);
  });
});
