/**
 * The LaTeX of most fields is not much LaTeX: protective braces (`{BERT}`), escaped
 * specials (`\&`, `\%`, `\_`), dashes and quotes (`--`, ``` `` ```, `''`), a tie (`~`), a
 * `%` comment. The full parser (a PEG grammar over the field, see decode-latex.ts) spent
 * most of an import on such fields. This module turns them into exactly the text the full
 * parser gives, and declines (undefined) anything else: a command, an accent, an
 * unescaped `$`, an unbalanced brace, a comment next to a paragraph break.
 *
 * What it mirrors: the parser's grammar makes each of ``- ' ` < > ~`` a token of its own,
 * and white space ([ \t\r\n]) one token per run; it then replaces up to three adjacent
 * tokens by their ligature, longest first, within one brace group (braces, white space, an
 * escape, a comment and any other character end a run). An escape becomes its character,
 * white space one space, a group its content; `%` to the end of its line is a comment,
 * which swallows the white space before it and the line break and indentation after it;
 * `&`, `#`, `^` and `_` are plain characters outside math. The field is trimmed.
 * test/bibliography/plain-latex.test.ts holds all this against the full parser.
 */

/** Text-mode ligatures of the parser's table (unicode2latex): OT1 reads `<` as ¡ and `>` as ¿. */
const LIGATURES: Readonly<Record<string, string>> = {
  '---': '—', '--': '–', '``': '“', "''": '”', '<<': '«', '>>': '»', '<': '¡', '>': '¿', '~': '\u00a0',
};
const LIGATURE_CHARS = /[-'`<>~]/;
/** Characters that may follow a backslash, and what the parser makes of them. */
const ESCAPES: Readonly<Record<string, string>> = { '&': '&', '%': '%', '_': '_', '#': '#', $: '$', '{': '{', '}': '}' };
/** An unescaped `$`, and the control characters the parser marks its markup with, need the full parser. */
const DECLINE = new Set(['$', '\x0e', '\x0f']);
const SPACE = /[ \t\r\n]/;

/** The longest-first ligature reading of a run of ligature characters, as the parser reads it. */
function ligatures(run: string): string {
  let out = '';
  let at = 0;
  while (at < run.length) {
    const three = run.slice(at, at + 3);
    const match = [three, three.slice(0, 2), three.slice(0, 1)].find((piece) => piece.length > 0 && LIGATURES[piece] !== undefined);
    if (match === undefined) {
      out += run[at];
      at += 1;
    } else {
      out += LIGATURES[match];
      at += match.length;
    }
  }
  return out;
}

/**
 * The text the full parser makes of `value` (a field as BibTeX wrote it, `$…$` math already
 * set aside), or undefined when `value` holds LaTeX only the full parser reads.
 */
export function plainLatex(value: string): string | undefined {
  let out = '';
  let run = '';
  let depth = 0;
  /** Where the white space that `out` ends with starts in `value`, or -1 when `out` ends otherwise. */
  let space = -1;
  const flush = () => {
    if (run) out += ligatures(run);
    run = '';
  };
  for (let at = 0; at < value.length; at++) {
    const ch = value[at]!;
    if (LIGATURE_CHARS.test(ch)) {
      run += ch;
      space = -1;
      continue;
    }
    flush();
    if (SPACE.test(ch)) {
      space = at;
      while (SPACE.test(value[at + 1] ?? '')) at += 1;
      out += ' ';
      continue;
    }
    if (ch === '%') {
      if (space >= 0) {
        // white space before a comment is the comment's, unless it is a paragraph break
        const before = value.slice(space, at);
        if (before.includes('\r') || before.indexOf('\n') !== before.lastIndexOf('\n')) return undefined;
        out = out.slice(0, -1);
      }
      const end = value.indexOf('\n', at);
      if (value.slice(at, end < 0 ? undefined : end).includes('\r')) return undefined;
      if (end < 0) break;
      // so are the line break and the next line's indentation, unless a blank line follows
      at = end;
      while (value[at + 1] === ' ' || value[at + 1] === '\t') at += 1;
      if (value[at + 1] === '\n' || value[at + 1] === '\r') return undefined;
      space = -1;
      continue;
    }
    space = -1;
    if (ch === '\\') {
      const escaped = ESCAPES[value[at + 1] ?? ''];
      if (escaped === undefined) return undefined;
      out += escaped;
      at += 1;
    } else if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (depth < 0) return undefined;
    } else if (DECLINE.has(ch)) return undefined;
    else out += ch;
  }
  flush();
  return depth === 0 ? out.trim() : undefined;
}
