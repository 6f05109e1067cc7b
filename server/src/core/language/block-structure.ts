/**
 * A tolerant reading of block YAML by indentation, for the editor: while a user types, the
 * text is often not valid YAML, yet the path of the line being typed is plain from its
 * indentation. Only block style is followed; flow collections are read by the parser.
 */

/** How one line looks: its list dashes, and its key when it has one. */
export interface LineShape {
  /** Blank, a comment, or a document marker. */
  blank: boolean;
  /** Column of the first character that is not a space. */
  contentCol: number;
  /** Columns of the `- ` markers at the start of the line. */
  dashes: number[];
  /** Column where the content after the dashes starts. */
  itemCol: number;
  key?: string;
  keyCol?: number;
  /** The text after `key:`, comment excluded, trimmed. */
  afterKey?: string;
}

const KEY = /^([A-Za-z_][\w-]*|"[^"]*"|'[^']*')[ \t]*:(?=\s|$)/;

export function shapeOf(line: string): LineShape {
  const indent = /^[ \t]*/.exec(line)![0].length;
  const rest = line.slice(indent);
  if (rest === '' || rest.startsWith('#') || rest === '---' || rest === '...') {
    return { blank: true, contentCol: indent, dashes: [], itemCol: indent };
  }
  const dashes: number[] = [];
  let col = indent;
  for (;;) {
    const dash = /^-(?:[ \t]+|$)/.exec(line.slice(col));
    if (!dash) break;
    dashes.push(col);
    col += dash[0].length;
    if (col >= line.length) break;
  }
  const shape: LineShape = { blank: false, contentCol: indent, dashes, itemCol: col };
  const key = KEY.exec(line.slice(col));
  if (key) {
    shape.key = unquote(key[1]);
    shape.keyCol = col;
    shape.afterKey = stripComment(line.slice(col + key[0].length)).trim();
  }
  return shape;
}

function unquote(key: string): string {
  if (key.startsWith('"') || key.startsWith("'")) return key.slice(1, -1);
  return key;
}

function stripComment(text: string): string {
  const match = /(^|\s)#/.exec(text);
  return match ? text.slice(0, match.index) : text;
}

/** True when a key's own value is a block below it (nothing after the colon but maybe `>`/`|` or a comment). */
function opensBlock(shape: LineShape): boolean {
  return shape.afterKey === '';
}

/**
 * The path (keys, and list indices) of the mapping whose keys sit at `column` on line
 * `lineNo`, read upwards by indentation. `itemDashes` are the dash columns of line `lineNo`
 * when that line starts a new list item. A list nested right in a list (`- - a`), which the
 * format never has, gets `*` for its inner indices. Undefined when the indentation does not make sense.
 */
export function blockPath(lines: readonly string[], lineNo: number, column: number, itemDashes: readonly number[] = []): string[] | undefined {
  const tokens: Array<{ value: string }> = [];
  let mode: 'map' | 'seq' = 'map';
  let col = column;
  /** The token of the list being climbed (its index is counted from the sibling items above). */
  let listToken: { value: string } | undefined;
  let siblings = 0;
  const enterList = (dashes: readonly number[]) => {
    for (let i = 0; i < dashes.length; i++) tokens.unshift({ value: '*' });
    listToken = tokens[0];
    siblings = 0;
    mode = 'seq';
    col = dashes[0];
  };
  const leaveList = () => {
    if (listToken) listToken.value = String(siblings);
    listToken = undefined;
  };
  if (itemDashes.length > 0) enterList(itemDashes);
  for (let l = lineNo - 1; l >= 0; l--) {
    const shape = shapeOf(lines[l]);
    if (shape.blank) continue;
    if (mode === 'map') {
      if (shape.dashes.length > 0 && shape.itemCol === col) {
        enterList(shape.dashes);
        continue;
      }
      if (shape.contentCol >= col) continue;
      if (shape.key === undefined || shape.keyCol! >= col || !opensBlock(shape)) return undefined;
      tokens.unshift({ value: shape.key });
      col = shape.keyCol!;
      if (shape.dashes.length > 0) enterList(shape.dashes);
    } else {
      if (shape.dashes.length > 0 && shape.dashes[0] === col) {
        siblings++;
        continue;
      }
      if (shape.contentCol > col) continue;
      if (shape.key === undefined || shape.keyCol! > col || !opensBlock(shape)) return undefined;
      leaveList();
      tokens.unshift({ value: shape.key });
      col = shape.keyCol!;
      mode = 'map';
      if (shape.dashes.length > 0) enterList(shape.dashes);
    }
  }
  if (mode !== 'map') return undefined;
  return tokens.map((token) => token.value);
}

/**
 * The keys already present in the block mapping whose keys sit at `column`, around line
 * `lineNo` (which is left out: it is the one being typed). `startsItem` is true when line
 * `lineNo` itself starts a list item, so nothing above belongs to its mapping.
 */
export function siblingKeys(lines: readonly string[], lineNo: number, column: number, startsItem: boolean): string[] {
  const keys: string[] = [];
  if (!startsItem) {
    for (let l = lineNo - 1; l >= 0; l--) {
      const shape = shapeOf(lines[l]);
      if (shape.blank) continue;
      if (shape.dashes.length > 0 && shape.itemCol === column) {
        if (shape.key !== undefined) keys.push(shape.key);
        break;
      }
      if (shape.contentCol < column) break;
      if (shape.contentCol === column && shape.dashes.length === 0 && shape.key !== undefined) keys.push(shape.key);
    }
  }
  for (let l = lineNo + 1; l < lines.length; l++) {
    const shape = shapeOf(lines[l]);
    if (shape.blank) continue;
    if (shape.contentCol < column) break;
    if (shape.contentCol === column && shape.dashes.length === 0 && shape.key !== undefined) keys.push(shape.key);
  }
  return keys;
}

/** The scalar items of the block list whose dashes sit at `dashCol`, around line `lineNo`. */
export function siblingItems(lines: readonly string[], lineNo: number, dashCol: number): string[] {
  const items: string[] = [];
  const take = (l: number): boolean => {
    const shape = shapeOf(lines[l]);
    if (shape.blank) return true;
    if (shape.dashes.length > 0 && shape.dashes[0] === dashCol) {
      const value = stripComment(lines[l].slice(shape.itemCol)).trim();
      if (value && shape.key === undefined) items.push(value.replace(/^["']|["']$/g, ''));
      return true;
    }
    return shape.contentCol > dashCol;
  };
  for (let l = lineNo - 1; l >= 0 && take(l); l--);
  for (let l = lineNo + 1; l < lines.length && take(l); l++);
  return items;
}

/**
 * The ids of the plan's items found by indentation (block `- id: x` and flow `- { id: x }`),
 * with the path of their item, for when the text does not parse at all.
 */
export function scanIds(lines: readonly string[]): Array<{ path: string[]; id: string }> {
  const found: Array<{ path: string[]; id: string }> = [];
  lines.forEach((line, lineNo) => {
    const shape = shapeOf(line);
    if (shape.blank) return;
    if (shape.key === 'id' && shape.afterKey && /^[A-Za-z][\w-]*$/.test(shape.afterKey)) {
      const path = blockPath(lines, lineNo, shape.keyCol!, shape.dashes);
      if (path) found.push({ path, id: shape.afterKey });
      return;
    }
    const flow = /^\{.*?(?:^|[{,\s])id:\s*([A-Za-z][\w-]*)/.exec(line.slice(shape.itemCol));
    if (flow && shape.dashes.length > 0) {
      const path = blockPath(lines, lineNo, shape.itemCol, shape.dashes);
      if (path) found.push({ path, id: flow[1] });
    }
  });
  return found;
}
