/**
 * A varied BibTeX file for holding import's fast paths to the full parser
 * (test/bibliography/read-bibtex.test.ts): titles, abstracts, venues and keywords made of
 * the pieces real exports hold (braces, escapes, dashes, quotes, ties, comments, math,
 * accents, commands the parser knows and one it does not), and author lists in the
 * forms exporters write, corporate names, "others" and the odd malformed one included.
 * Deterministic for a seed.
 */
import { mulberry32 } from '../../src/shared/prng.ts';

const PIECES = [
  'word', 'Net', 'ü', 'é', '3.5', ' ', '  ', '\n', '\n\n', '\n  ', '\t', '\r\n', '-', '--', '---', "'", "''", '`', '``',
  '<', '>', '<<', '>>', '~', '\\&', '\\%', '\\_', '\\#', '\\$', '\\{', '\\}', '%', '% note\n', ' % c\n  ', '&', '#', '^', '_',
  '$x^2$', '$\\alpha$', '\\"u', '{\\"u}', "\\'e", '\\emph{x}', '\\textbf{B}', '{\\L}', '\\LaTeX', '\\TeX{}', '\\ss', '\\foo',
  ',', '.', ':', '(', ')', '"', '@', '/', 'and', ' and ', '\\\\', '\u00a0', '\\,', '\\-', '\\url{http://x.y/a_b}',
];
const GIVEN = ['Ada', 'J{\\"o}rg', "Mar{\\'\\i}a", '{\\L}ukasz', 'Fran\\c{c}ois', 'Emily M.', 'J.', 'Jean~Paul', '\\"Ozg\\"ur', 'Li', 'van', 'de la'];
const FAMILY = [
  'Smith', 'M{\\"u}ller', 'van der Maaten', '{OpenAI}', '{Barnes and Noble}', 'M\\"uller', "Garc{\\'\\i}a", 'others', 'Doe, Jr.',
  'family=Smith, given=John', 'AT\\&T', '{\\TeX} Users',
];

export function latexSample(entries: number, seed: number): string {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const value = (depth = 0): string => {
    let out = '';
    for (let i = 1 + Math.floor(random() * 12); i > 0; i--) out += random() < 0.12 && depth < 3 ? `{${value(depth + 1)}}` : pick(PIECES);
    return out;
  };
  const name = (): string => {
    const r = random();
    if (r < 0.4) return `${pick(FAMILY)}, ${pick(GIVEN)}`;
    if (r < 0.8) return `${pick(GIVEN)} ${pick(FAMILY)}`;
    return r < 0.9 ? pick(FAMILY) : value(1);
  };
  const out: string[] = [];
  for (let i = 0; i < entries; i++) {
    const authors = Array.from({ length: 1 + Math.floor(random() * 4) }, name).join(pick([' and ', ' AND ', '\n  and ', ' and\n    ']));
    out.push(`@inproceedings{k${i},\n  title = {T${value()}},\n  abstract = {${value()} ${value()}},\n  booktitle = {${value()}},\n  journal = {J ${value()}},\n  author = {${authors}},\n  keywords = {a, ${value()}},\n  year = 2020\n}\n`);
  }
  return out.join('\n');
}
