/** Which reader a file needs, from its content: exports are often saved as .txt or .json of any kind. */
import type { BibFormat } from './record.ts';

export function detectFormat(text: string): BibFormat | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (/^[[{]/.test(start)) return 'csl-json';
  // RIS: a TY line within the first lines (EndNote puts a blank line or two first)
  if (/^TY {2}-/m.test(start.slice(0, 2000))) return 'ris';
  if (/(^|\n)\s*@\s*[A-Za-z]+\s*[{(]/.test(start)) return 'bibtex';
  return undefined;
}
