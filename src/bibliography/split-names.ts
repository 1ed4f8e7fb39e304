/**
 * An author list split into its names where the full parser splits it: at an `and` with
 * white space on both sides, outside braces (`{Barnes and Noble}` is one name). Import
 * decodes each distinct name once (decode-latex.ts), since a bibliography names the
 * same people again and again. A name read alone must read as it does in its list, so
 * this declines (undefined) any list where that is not plain: a comment or a paragraph
 * break (the parser's tokens differ), white space at either end, an empty name or one
 * that starts or ends with the word "and", and a name ending in a command, which could
 * take the next word as its argument or swallow the space before `and`.
 */
const SEPARATOR = /[ \t\n]+and[ \t\n]+/iy;

export function splitNames(list: string): string[] | undefined {
  if (list !== list.trim() || list.includes('%') || list.includes('\r') || /\n[ \t]*\n/.test(list)) return undefined;
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at < list.length; at++) {
    const ch = list[at]!;
    if (ch === '\\') at += 1;
    else if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (depth < 0) return undefined;
    } else if (depth === 0 && (ch === ' ' || ch === '\t' || ch === '\n')) {
      SEPARATOR.lastIndex = at;
      if (SEPARATOR.test(list)) {
        names.push(list.slice(start, at));
        start = SEPARATOR.lastIndex;
        at = start - 1;
      }
    }
  }
  if (depth !== 0) return undefined;
  names.push(list.slice(start));
  const plain = (name: string) => name.trim() !== '' && !/^and(?:[ \t\n]|$)/i.test(name) && !/(?:^|[ \t\n])and$/i.test(name) && !/\\[^ \t\n{}]*$/.test(name);
  return names.every(plain) ? names : undefined;
}
