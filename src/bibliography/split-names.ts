/**
 * An author list split into its names as BibTeX splits it: at an `and` with white space on
 * both sides, outside braces (`{Barnes and Noble}` is one name), whatever comes before it
 * (`\Thanh and Ross Moore` is two names to BibTeX, one to the full parser, which lets the
 * command swallow the space). Import then decodes each distinct name once
 * (decode-latex.ts), since a bibliography names the same people again and again. This
 * declines (undefined) a list where the split is not plain: a comment or a paragraph break
 * (the parser's tokens differ), an empty name or one that starts or ends with the word
 * "and". White space at either end of the list is no part of a name (`{… Joseph\n M. }`).
 */
const SEPARATOR = /[ \t\n]+and[ \t\n]+/iy;

export function splitNames(field: string): string[] | undefined {
  const list = field.trim();
  if (list.includes('%') || list.includes('\r') || /\n[ \t]*\n/.test(list)) return undefined;
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at < list.length; at++) {
    const ch = list[at]!;
    if (ch === '\\') {
      // a control space before "and" (`Wayne C.\ and`) ends the name, as the space does to BibTeX
      SEPARATOR.lastIndex = at + 1;
      if (depth === 0 && /[ \t\n]/.test(list[at + 1] ?? '') && SEPARATOR.test(list)) {
        names.push(list.slice(start, at));
        start = SEPARATOR.lastIndex;
        at = start - 1;
      } else at += 1;
    } else if (ch === '{') depth += 1;
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
  const plain = (name: string) => name.trim() !== '' && !/^and(?:[ \t\n]|$)/i.test(name) && !/(?:^|[ \t\n])and$/i.test(name);
  return names.every(plain) ? names : undefined;
}

/** Whether a word of a name starts with a lower-case letter, as BibTeX tells a von part: `{\'e}mile` does, `{\relax Ch}` and `{van}` do not. */
function lowerCase(word: string): boolean {
  let at = 0;
  while (word[at] === '{' && word[at + 1] !== '\\') {
    // a group that is no accent is skipped, as BibTeX skips it
    let depth = 0;
    for (; at < word.length; at++) {
      if (word[at] === '{') depth++;
      else if (word[at] === '}' && --depth === 0) break;
    }
    at++;
  }
  const rest = word.slice(at).replace(/^\{\\(?:[A-Za-z]+|.)\s*/, '');
  const letter = /[A-Za-z\u00c0-\u024f]/.exec(rest)?.[0];
  return letter !== undefined && letter === letter.toLowerCase() && letter !== letter.toUpperCase();
}

/**
 * Whether a name written "First von Last" (no comma) has no First: its first word starts
 * in lower case, so to BibTeX the name is all von and Last ("the {\LaTeX} Project Team",
 * "danah boyd"), where the full parser makes the lower-case words the given name.
 */
export function allVon(name: string): boolean {
  const words: string[] = [];
  let depth = 0;
  let word = '';
  for (const ch of name.trim()) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    if (depth === 0 && ch === ',') return false;
    if (depth === 0 && /[\s~]/.test(ch)) {
      if (word) words.push(word);
      word = '';
    } else word += ch;
  }
  if (word) words.push(word);
  return words.length > 1 && lowerCase(words[0]!);
}
