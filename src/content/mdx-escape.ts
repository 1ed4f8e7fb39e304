/**
 * Abstracts are plain text, but an MDX body is code: `{` starts an expression, `<`
 * a JSX tag, `$` math, `*` and `_` emphasis, `#` a heading, `\` an escape, `&` an
 * entity. Escaping turns each such character back into itself, so every character
 * of the abstract reaches the page unchanged while the body stays readable.
 */

/** Characters with a meaning anywhere in a line, escaped with a backslash. */
const ALWAYS = /[\\{}<>$*_`[\]#|~]/g;
/** `&name;` and `&#123;` would be decoded as character references. */
const ENTITY = /&(?=#?[a-zA-Z0-9]+;)/g;
/** Constructs that only count at the start of a line: lists, quotes, headings, breaks. */
const LINE_START = /^([ \t]*)(?:([-+=>:])|(\d+)([.)]))/gm;
/**
 * A line starting with the word `import` or `export` is ESM in MDX. Its first letter
 * has no backslash escape, so it becomes a character reference (`&#105;mport`).
 */
const ESM_START = /^([ \t]*)([ie])(?=(mport|xport)\b)/gm;

export function escapeMdxText(text: string): string {
  return text
    .replace(ALWAYS, (ch) => `\\${ch}`)
    .replace(ENTITY, '\\&')
    .replace(LINE_START, (_m, indent: string, mark?: string, digits?: string, delimiter?: string) =>
      mark ? `${indent}\\${mark}` : `${indent}${digits}\\${delimiter}`,
    )
    .replace(ESM_START, (_m, indent: string, letter: string) => `${indent}&#${letter.codePointAt(0)};`);
}

/** Reverses `escapeMdxText` for bodies written by ingest (and plain hand-written ones). */
export function unescapeMdxText(text: string): string {
  // one left-to-right pass, so an escaped `\&#105;` stays the literal text `&#105;`
  return text.replace(/\\([!-/:-@[-`{-~])|&#(\d+);/g, (_m, escaped?: string, code?: string) => escaped ?? String.fromCodePoint(Number(code)));
}
