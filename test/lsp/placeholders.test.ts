// Placeholders over the protocol (issue 12): hovering a placeholder in the built server
// (dist/server.js, over stdio) says it is still to write and what belongs there; a client
// without snippet support gets the skeletons as plain text. Build first: `node esbuild.js`.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { InsertTextFormat, type CompletionList, type Hover } from 'vscode-languageserver-protocol';
import { SKELETONS } from '../../server/src/core/skeletons';
import { PLAN_TEMPLATE } from '../../server/src/core/template';
import { FIXTURES, FULL_CAPABILITIES, fileUri, LspClient, positionOf } from './client';

const URI = fileUri(join(FIXTURES, 'nieuw.wijkplan.yaml'));

function hoverText(hover: Hover | null): string {
  assert.ok(hover, 'no hover');
  return (hover.contents as { value: string }).value;
}

describe('placeholders over stdio', function () {
  this.timeout(60_000);

  it('hover on a placeholder says it is still to write, with the schema description and the skeleton question', async () => {
    const client = await LspClient.start({ locale: 'nl' });
    try {
      const published = await client.open(URI, PLAN_TEMPLATE);
      assert.ok(published.diagnostics.some((d) => d.code === 'WP801'));
      const value = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(PLAN_TEMPLATE, '(naam van de wijk)', 3) }));
      assert.match(value, /\*\*Nog in te vullen:\*\* `naam`/);
      assert.match(value, /Wat hier hoort: Naam van de wijk of buurten\./);
      assert.ok(value.includes(`Vraag om te beantwoorden: ${SKELETONS['/wijk/naam'].text}`), value);
      // A text that is written is no placeholder: no such section.
      const written = PLAN_TEMPLATE.replace('(naam van de wijk)', 'Oost');
      await client.change(URI, written);
      const plain = await client.request<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(written, 'Oost', 1) });
      assert.ok(!plain || !hoverText(plain).includes('Nog in te vullen'));
    } finally {
      await client.stop();
    }
  });

  it('completion gives a client without snippet support the skeleton as plain text', async () => {
    const capabilities = { ...FULL_CAPABILITIES, textDocument: { ...FULL_CAPABILITIES.textDocument, completion: { completionItem: { snippetSupport: false } } } };
    const client = await LspClient.start({ locale: 'nl', capabilities });
    try {
      const text = 'wijkplan: 1\nwijk:\n  naam: Oost\n  \n';
      await client.open(URI, text);
      const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: URI }, position: { line: 3, character: 2 } });
      const gemeente = list.items.find((item) => item.label === 'gemeente');
      assert.ok(gemeente, list.items.map((item) => item.label).join(', '));
      assert.equal(gemeente.insertTextFormat, InsertTextFormat.PlainText);
      assert.equal((gemeente.textEdit as { newText: string }).newText, `gemeente: ${SKELETONS['/wijk/gemeente'].text}`);
    } finally {
      await client.stop();
    }
  });
});
