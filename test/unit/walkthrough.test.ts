// The first-run walkthrough (contributes.walkthroughs): five steps from a first plan to the
// score, in Dutch and English (package.nls*.json), with media that ship in the extension and
// need no network (so it works offline and in the web extension), and command links that exist.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const nls: Record<string, Record<string, string>> = {
  en: JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')),
  nl: JSON.parse(readFileSync(join(ROOT, 'package.nls.nl.json'), 'utf8')),
};

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string };
}

const key = (value: string) => /^%(.+)%$/.exec(value)?.[1];

describe('the walkthrough', () => {
  const walkthroughs = pkg.contributes.walkthroughs as Array<{ id: string; title: string; description: string; steps: Step[] }>;
  const contributed = new Set((pkg.contributes.commands as Array<{ command: string }>).map((c) => c.command));

  it('is contributed with the five steps of a first run', () => {
    assert.equal(walkthroughs.length, 1);
    assert.deepEqual(walkthroughs[0].steps.map((step) => step.id), ['open', 'findings', 'preview', 'quickfix', 'score']);
  });

  for (const lang of ['nl', 'en']) {
    it(`has every title and description in ${lang}`, () => {
      const texts = [walkthroughs[0].title, walkthroughs[0].description, ...walkthroughs[0].steps.flatMap((step) => [step.title, step.description])];
      for (const text of texts) {
        const name = key(text);
        assert.ok(name, `${text} is a localised string`);
        assert.ok(nls[lang][name]?.trim(), `${name} in package.nls${lang === 'nl' ? '.nl' : ''}.json`);
      }
    });
  }

  it('links only commands that exist, and media that ship and load nothing from outside', () => {
    for (const step of walkthroughs[0].steps) {
      for (const lang of ['nl', 'en']) {
        for (const [, command] of nls[lang][key(step.description)!].matchAll(/\(command:([\w.]+)\)/g)) {
          assert.ok(contributed.has(command) || command.startsWith('workbench.'), `${step.id}: ${command}`);
        }
      }
      const media = step.media.markdown ?? step.media.image;
      assert.ok(media && existsSync(join(ROOT, media)), `${step.id}: ${media}`);
      assert.ok((pkg.files as string[]).some((entry) => media.startsWith(entry)), `${media} is in the files allowlist`);
      assert.doesNotMatch(readFileSync(join(ROOT, media), 'utf8'), /https?:\/\//, `${media} loads nothing from the network`);
    }
  });
});
