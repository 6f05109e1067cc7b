// The small edits of the benchmark: typing one character into a text value, at places spread
// over the document, the same for the core and for every server.

const VALUE_LINE = /^( *)(- )?(naam|titel|rol|toelichting|beschrijving|onderwerp): [A-Za-z]/;

/**
 * `count` edits, each inserting one character at the start of a text value; line k is looked
 * for from (k + 0.5) / count of the way down. Each edit applies to the text the previous ones
 * produced (one character before it never moves a later line). Returns the texts too.
 */
export function plannedEdits(text, count = 20) {
  const lines = text.split('\n');
  const edits = [];
  let current = text;
  for (let k = 0; k < count; k++) {
    let line = Math.floor(((k + 0.5) / count) * lines.length);
    while (line < lines.length && !VALUE_LINE.test(lines[line])) line++;
    if (line >= lines.length) {
      line = Math.floor(((k + 0.5) / count) * lines.length);
      while (line > 0 && !VALUE_LINE.test(lines[line])) line--;
    }
    const match = VALUE_LINE.exec(lines[line]);
    const character = match ? match[0].length - 1 : 0;
    const insert = 'abcdefghijklmnopqrstuvwxyz'[k % 26];
    lines[line] = lines[line].slice(0, character) + insert + lines[line].slice(character);
    let offset = 0;
    for (let i = 0; i < line; i++) offset += lines[i].length + 1;
    offset += character;
    current = current.slice(0, offset) + insert + current.slice(offset);
    edits.push({ position: { line, character }, offset, text: insert, after: current });
  }
  return edits;
}
