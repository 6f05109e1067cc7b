// Reads every tag of the renderer's output, for the tests that prove no plan text became
// markup (the preview, the review page). The renderer always double-quotes attribute values
// and escapes `<` and `"` in them, so a strict pattern can read it; anything that does not fit
// (a `<` from plan text, an unquoted attribute, a tag outside `tags`) fails the test.
import assert from 'node:assert/strict';

export interface Tag {
  name: string;
  /** Lower-cased names; the value is undefined for an attribute written without one. */
  attributes: Array<[string, string | undefined]>;
}

export function scanTags(markup: string, options: { tags: ReadonlySet<string>; valuelessAttributes?: boolean }): Tag[] {
  const tags: Tag[] = [];
  const withoutStyle = markup.replace(/<style( nonce="[^"]*")?>[^<]*<\/style>/g, '<style></style>');
  const attribute = options.valuelessAttributes ? '[a-zA-Z][a-zA-Z0-9-]*(?:="[^"<>]*")?' : '[a-zA-Z][a-zA-Z0-9-]*="[^"<>]*"';
  const openTag = new RegExp(`^<([a-zA-Z][a-zA-Z0-9]*)((?:\\s+${attribute})*)\\s*\\/?>`);
  let index = 0;
  while ((index = withoutStyle.indexOf('<', index)) !== -1) {
    const rest = withoutStyle.slice(index);
    if (rest.startsWith('<!DOCTYPE html>')) {
      index += 15;
      continue;
    }
    const close = /^<\/([a-z][a-z0-9]*)>/.exec(rest);
    if (close) {
      assert.ok(options.tags.has(close[1]), `unexpected closing tag ${close[0]}`);
      index += close[0].length;
      continue;
    }
    const open = openTag.exec(rest);
    assert.ok(open, `a "<" that starts no known tag: ${JSON.stringify(rest.slice(0, 80))}`);
    const name = open[1].toLowerCase();
    assert.ok(options.tags.has(name), `unexpected tag <${name}>`);
    const attributes = [...open[2].matchAll(/([a-zA-Z][a-zA-Z0-9-]*)(?:="([^"]*)")?/g)].map((m) => [m[1].toLowerCase(), m[2]] as [string, string | undefined]);
    tags.push({ name, attributes });
    index += open[0].length;
  }
  return tags;
}
