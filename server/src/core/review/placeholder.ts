/** format.md "Placeholders (1.1)": a `tekst` that still holds template text. Pure; to be unified with core/placeholder.ts. */
const PAIRS: Array<[string, string]> = [['{{', '}}'], ['(', ')'], ['<', '>'], ['[', ']']];
const PHRASES = ['nog in te vullen', 'in te vullen', 'nog invullen', 'nader te bepalen', 'nog te bepalen', 'n.t.b.', 'ntb', 'n.n.b.', 'nnb', 'todo', 'tbd', 'fixme', 'lorem ipsum'];

function enclosed(text: string): boolean {
  for (const [open, close] of PAIRS) {
    if (!text.startsWith(open) || !text.endsWith(close) || text.length < open.length + close.length) continue;
    let depth = 0;
    for (let i = 0; i < text.length; ) {
      if (text.startsWith(open, i)) {
        depth++;
        i += open.length;
      } else if (text.startsWith(close, i)) {
        depth--;
        i += close.length;
        if (depth === 0) return i === text.length;
      } else i++;
    }
  }
  return false;
}

export function isPlaceholder(value: string): boolean {
  const text = value.trim();
  if (text === '') return false;
  const lower = text.toLowerCase();
  if (enclosed(text)) return true;
  for (const phrase of PHRASES) {
    if (lower.startsWith(phrase) && (lower.length === phrase.length || !/[\p{L}\p{N}]/u.test(lower.charAt(phrase.length)))) return true;
  }
  if (/(^|[^\p{L}\p{N}])(xxx|todo|tbd|fixme)(?![\p{L}\p{N}])/u.test(lower)) return true;
  if (lower === 'pm' || lower === 'p.m.') return true;
  return /^[.…?\-_*/\s]+$/.test(text);
}
