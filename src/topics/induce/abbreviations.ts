import { isFunctionWord } from './function-words.ts';

/** A short form defined in the text with its long form: "state space models (SSMs)". */
export interface Abbreviation {
  /** The short form as written, e.g. `SSMs`. */
  short: string;
  /** The long form as written, e.g. `state space models`. */
  long: string;
}

/** A parenthesised short form: 2-10 characters, a letter first, at least one capital. */
const DEFINITION = /\(([A-Za-z][A-Za-z0-9-]{0,8}[A-Za-z0-9])\)/g;

/** A capital and four lower-case letters or more, nothing else: an ordinary word written with a capital. */
const CAPITALISED_WORD = /^[A-Z][a-z]{4,}$/;

/**
 * Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation definitions
 * in biomedical text": the shortest run of words before the parenthesis whose characters
 * contain the short form's letters in order, the first letter starting a word.
 */
export function longFormFor(short: string, before: string): string | undefined {
  let s = short.length - 1;
  let l = before.length - 1;
  while (s >= 0) {
    const c = short[s]!.toLowerCase();
    if (!/[a-z0-9]/.test(c)) {
      s--;
      continue;
    }
    while ((l >= 0 && before[l]!.toLowerCase() !== c) || (s === 0 && l > 0 && /[A-Za-z0-9]/.test(before[l - 1]!))) l--;
    if (l < 0) return undefined;
    l--;
    s--;
  }
  const start = before.lastIndexOf(' ', l) + 1;
  return before.slice(start).trim();
}

/**
 * Every abbreviation the text defines. The long form has two words or more (a single
 * word defines nothing a reader needs expanded), does not start or end with a function
 * word, and is no longer than the short form allows (Schwartz & Hearst's min(|A|+5, 2|A|)).
 */
export function findAbbreviations(text: string): Abbreviation[] {
  const found: Abbreviation[] = [];
  DEFINITION.lastIndex = 0;
  for (let m = DEFINITION.exec(text); m !== null; m = DEFINITION.exec(text)) {
    const short = m[1]!;
    if (!/[A-Z]/.test(short) || short.replace(/[^A-Za-z]/g, '').length < 2) continue;
    // a capitalised word ("(Invariance)", "(Figure)") is a word, not a short form
    if (CAPITALISED_WORD.test(short)) continue;
    const sentence = text.slice(0, m.index).split(/[.;:!?()[\]]/).pop() ?? '';
    const words = sentence.trim().split(/\s+/);
    const letters = short.replace(/[^A-Za-z0-9]/g, '').length;
    const window = words.slice(-Math.min(letters + 5, letters * 2)).join(' ');
    const long = longFormFor(short, window);
    if (long === undefined) continue;
    const longWords = long.split(/[\s-]+/).filter(Boolean);
    if (longWords.length < 2) continue;
    // A hyphenated compound may start or end with a function word: "out-of-distribution (OOD)", "in-context learning (ICL)".
    const spaced = long.split(/\s+/).filter(Boolean);
    const first = spaced[0]!.toLowerCase();
    const last = spaced[spaced.length - 1]!.toLowerCase();
    if (isFunctionWord(first) || isFunctionWord(last)) continue;
    if (long.toLowerCase() === short.toLowerCase()) continue;
    found.push({ short, long });
  }
  return found;
}
