/**
 * `n` and `word`, with an English plural `s` unless `n` is 1: `1 paper`, `3 papers`.
 * The site's one way to count things in text, for pages, scripts and commands alike.
 * Isomorphic: no Node, no DOM.
 */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
