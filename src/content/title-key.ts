/**
 * Two titles name the same paper when they agree after normalising case, punctuation,
 * spacing, LaTeX and Unicode: `u-μP`, `u-$\mu$P` and `U-MuP` all give `umup`.
 */
import { flattenMath, LATIN_SPELLINGS } from '../shared/latin-letters.ts';

/** The comparison key of a title: lower-case ASCII letters and digits only. */
export function titleKey(title: string): string {
  return flattenMath(title)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{ASCII}]/gu, (ch) => LATIN_SPELLINGS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
