// The pure language service (server/src/core/language) on its own: the cases that are hard to
// reach through the protocol, above all text that is not valid YAML while the user types.
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { parseText } from '../../server/src/core/parse';
import { blockPath, siblingKeys } from '../../server/src/core/language/block-structure';
import { complete, fixAll, foldingRanges, hover, quickFixes, renameAt, RenameError } from '../../server/src/core/language/index';
import type { Finding } from '../../server/src/core/types';
import { fixtureText } from './client';

/** Text with a `|` where the cursor is. */
function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

function labels(marked: string): string[] {
  const { text, offset } = cursor(marked);
  return complete({ text, offset, lang: 'nl', today: '2026-05-04' }).map((entry) => entry.label);
}

describe('language service', () => {
  describe('block structure by indentation', () => {
    const lines = ['interventies:', '  - id: a', '    voortzetting:', '      strategie: stoppen', '  - id: b', '    naam: B', '    ', 'partners:', '- id: p'];

    it('reads the path of a line from the lines above it, list indices counted', () => {
      assert.deepEqual(blockPath(lines, 3, 6), ['interventies', '0', 'voortzetting']);
      assert.deepEqual(blockPath(lines, 6, 4), ['interventies', '1']);
      assert.deepEqual(blockPath(lines, 8, 2, [0]), ['partners', '0']);
      assert.deepEqual(blockPath(lines, 7, 0), []);
    });

    it('gives up where the indentation makes no sense', () => {
      assert.equal(blockPath(['visie: >', '  lange tekst'], 1, 2), undefined);
    });

    it('finds the keys already in a mapping', () => {
      assert.deepEqual(siblingKeys(lines, 6, 4, false).sort(), ['id', 'naam']);
    });
  });

  describe('completion while the text is not valid YAML', () => {
    const plan = fixtureText('zwak.wijkplan.yaml');

    it('still offers the keys of an intervention for a half-typed key', () => {
      const marked = plan.replace('    eigenaars: [gemeente, wonstad]\n', '    eigenaars: [gemeente, wonstad]\n    voo|\n');
      assert.ok(parseText(cursor(marked).text).syntaxProblems.length > 0, 'the fixture must be invalid YAML');
      const found = labels(marked);
      assert.ok(found.includes('voortzetting'));
      assert.ok(!found.includes('naam'));
    });

    it('still offers the plan\'s ids for a ref typed on a broken line', () => {
      const marked = plan.replace('    eigenaars: [gemeente, wonstad]\n', '    eigenaars:\n      - |\n    naam: [\n');
      assert.deepEqual(labels(marked).sort(), ['gemeente', 'woonstad']);
    });

    it('does not take a lone dash for a key', () => {
      assert.deepEqual(labels(plan.replace('  - id: D1\n', '  -|\n  - id: D1\n')), []);
    });

    it('offers nothing inside free text', () => {
      assert.deepEqual(labels(plan.replace('visie: Een wijk', 'visie: Een |wijk')), []);
    });

    it('offers a whole new plan in an empty file', () => {
      const { text, offset } = cursor('|');
      const [entry] = complete({ text, offset, lang: 'nl', today: '2026-05-04' });
      assert.equal(entry.kind, 'section');
      assert.ok(entry.insertText.startsWith('# Nieuw wijkplan'));
      assert.deepEqual(lint(entry.insertText).findings.filter((f) => f.code === 'WP001' || f.code === 'WP002'), []);
    });

    it('offers a new list item as a snippet under a list key', () => {
      const found = complete({ ...cursor(plan.replace('doelen:\n  - id: D1', 'doelen:\n  |\n  - id: D1')), lang: 'nl', today: '2026-05-04' });
      const item = found.find((entry) => entry.kind === 'item');
      assert.ok(item);
      assert.match(item.insertText, /^- id: \$\{1:D-doel\}\n {4}titel: /);
    });
  });

  describe('fix all', () => {
    it('applies every safe fix, in passes, never two that add the same key at one place', () => {
      const result = lint(fixtureText('zwak.wijkplan.yaml'));
      const action = fixAll(result, 'nl')!;
      const safe = result.findings.filter((f) => f.fix?.safe);
      // In this plan several safe fixes add the same section (bestuur, evaluatie): one pass
      // could not take them all.
      const sections = safe.map((f) => /^[\s,]*([\w-]+):/.exec(f.fix!.edits[0].newText)?.[1]);
      assert.ok(sections.length > new Set(sections).size, 'some safe fixes add the same key');
      assert.deepEqual(action.findings, safe);
      for (const edit of action.edits) assert.deepEqual(edit.range.start, edit.range.end, 'fix all only inserts');
      let text = result.parsed.text;
      const lines = text.split('\n');
      const offsets = action.edits.map((edit) => {
        let offset = edit.range.start.character;
        for (let line = 0; line < edit.range.start.line; line++) offset += lines[line].length + 1;
        return { offset, newText: edit.newText };
      });
      for (const edit of [...offsets].reverse()) text = text.slice(0, edit.offset) + edit.newText + text.slice(edit.offset);
      const after = lint(text);
      assert.deepEqual(after.findings.filter((f) => f.code === 'WP006' || f.code === 'WP001'), [], 'no duplicate key, still YAML');
      const left = new Set(after.findings.map((f) => `${f.code} ${f.pointer}`));
      // Honest fixes (rules.md, Substance 1.1): a fix that inserts text for the user to write
      // inserts a placeholder, which still counts as missing; WP801 then marks it inside the node.
      const placeholders = after.findings.filter((f) => f.code === 'WP801').map((f) => f.pointer);
      const markedUnder = (pointer: string) => placeholders.some((p) => pointer === '' || p.startsWith(`${pointer}/`));
      for (const fixed of action.findings) {
        assert.ok(!left.has(`${fixed.code} ${fixed.pointer}`) || markedUnder(fixed.pointer), `${fixed.code} is still there and no WP801 marks what its fix inserted`);
      }
      assert.deepEqual(after.findings.filter((f) => f.fix?.safe).map((f) => f.code), [], 'nothing safe is left to fix');
    });

    it('offers nothing when no fix is safe', () => {
      assert.equal(fixAll(lint(fixtureText('oost.wijkplan.yaml')), 'nl'), undefined);
    });
  });

  describe('quick fixes', () => {
    it('offers no suppression for findings that cannot be suppressed', () => {
      const result = lint('wijkplan: 1\n  bad: [\n');
      const syntax = result.findings.filter((f: Finding) => f.code === 'WP001');
      assert.equal(syntax.length, 1);
      assert.deepEqual(quickFixes(result, syntax, 'nl'), []);
    });
  });

  describe('rename', () => {
    it('refuses an id that another kind already uses', () => {
      const { parsed } = lint(fixtureText('oost.wijkplan.yaml'));
      const offset = parsed.text.indexOf('- id: gemeente') + 7;
      assert.throws(() => renameAt(parsed, offset, 'gezinslab'), (error: unknown) => error instanceof RenameError && /interventie/.test(error.reason.nl));
    });
  });

  describe('folding', () => {
    it('folds by indentation while the text is not valid YAML', () => {
      const ranges = foldingRanges(parseText('partners:\n  - id: a\n    naam: [\nvisie: x\n'));
      assert.ok(ranges.some((range) => range.startLine === 0 && range.endLine === 2));
    });
  });

  describe('hover', () => {
    it('explains an enum value with the values allowed', () => {
      const result = lint(fixtureText('oost.wijkplan.yaml'));
      const offset = result.parsed.text.indexOf('strategie: inbedden') + 13;
      const found = hover({ result, offset, lang: 'en', docsUrl: (code) => `docs/${code}` });
      assert.ok(found);
      assert.match(found.contents, /Values: `inbedden`, `overdragen`, `opschalen`, `afbouwen`, `stoppen`/);
    });
  });
});
