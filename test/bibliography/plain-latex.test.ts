import { describe, expect, it } from 'vitest';
import { decodeFields, decodeLatex, decodePlain } from '../../src/bibliography/decode-latex.ts';
import { plainLatex } from '../../src/bibliography/plain-latex.ts';
import { allVon, splitNames } from '../../src/bibliography/split-names.ts';

/** The full parser's reading of one text field, as read-bibtex.ts asks for it. */
function full(value: string, field = 'title'): unknown {
  return decodeLatex([{ id: 'e0', fields: { [field]: value } }], () => {}).get('e0')?.[field];
}

describe('plainLatex: the text the full parser makes of a field without commands', () => {
  const cases: [string, string][] = [
    ['BERT: {Pre-training} of {{Deep}} Transformers', 'BERT: Pre-training of Deep Transformers'],
    ['pages 1--10, 2---3 and 4----5', 'pages 1–10, 2—3 and 4—-5'],
    ["``quoted'' and it's `single'", '“quoted” and it\'s `single\''],
    ["'''", "”'"],
    ['Fig.~3', 'Fig.\u00a03'],
    ['50\\% of R\\&D, a\\_b, \\#1, \\$5, \\{x\\}', '50% of R&D, a_b, #1, $5, {x}'],
    ['AT&T, #1, x^2 and a_b outside math', 'AT&T, #1, x^2 and a_b outside math'],
    ['a  b\n\tc\r\n\r\nd ', 'a b c d'],
    ['-{-}', '--'],
    ['{--}-', '–-'],
    ['50 % of the rest of the line\nnext', '50next'],
    ['one %\n   two', 'onetwo'],
    ['{ % comment\n}b', 'b'],
    ['end 100 %', 'end 100'],
    ['{}', ''],
  ];
  it.each(cases)('%j → %j', (value, text) => {
    expect(plainLatex(value)).toBe(text);
    expect(full(value)).toBe(text);
    expect(full(value, 'abstract')).toBe(text);
  });

  const declined = [
    'M{\\"u}ller', '\\emph{x}', '\\LaTeX', 'line\\\\break', '\\ ', 'a $ b', 'a {b', 'a } b', 'x\x0ey',
    'a %c\n\nb', 'a\n\n% c\nb', 'a % c\r\nb',
  ];
  it.each(declined)('declines %j, which needs the full parser', (value) => {
    expect(plainLatex(value)).toBeUndefined();
  });

  it('reads < and > as the parser does (OT1: ¡ ¿), which decoding never lets it see: fields keep them as written', () => {
    expect(plainLatex('a < b > c, <<guillemets>>')).toBe('a ¡ b ¿ c, «guillemets»');
    expect(decodePlain('a < b > c, <<guillemets>>')).toBe('a < b > c, <<guillemets>>');
    expect(full('a < b > c, <<guillemets>>')).toBe('a < b > c, <<guillemets>>');
    expect(full('\\emph{a} < b', 'abstract')).toBe('<i>a</i> < b');
    expect(decodePlain('zqltqz')).toBeUndefined();
  });

  it('keeps $…$ math as written, and declines a field that writes the placeholder itself', () => {
    expect(decodePlain('The $\\mu$P--transfer of $O(n^2)$ {BERT}')).toBe('The $\\mu$P–transfer of $O(n^2)$ BERT');
    expect(full('The $\\mu$P--transfer of $O(n^2)$ {BERT}')).toBe('The $\\mu$P–transfer of $O(n^2)$ BERT');
    expect(decodePlain('zqmath0qz')).toBeUndefined();
  });
});

describe('splitNames: an author list cut where the full parser cuts it', () => {
  it('cuts at "and" outside braces, in any case, across line breaks', () => {
    expect(splitNames('Vaswani, Ashish and M{\\"u}ller, J{\\"o}rg AND {Barnes and Noble} and\n    Li, Wei')).toEqual([
      'Vaswani, Ashish', 'M{\\"u}ller, J{\\"o}rg', '{Barnes and Noble}', 'Li, Wei',
    ]);
    expect(splitNames('Anderson, Sandy and others')).toEqual(['Anderson, Sandy', 'others']);
  });
  it('cuts after a command as BibTeX does, where the full parser would let the command swallow the space and the "and"', () => {
    expect(splitNames('C. V. Radhakrishnan and \\Thanh and Ross Moore')).toEqual(['C. V. Radhakrishnan', '\\Thanh', 'Ross Moore']);
    expect(splitNames('Smith, \\L and Doe')).toEqual(['Smith, \\L', 'Doe']);
    expect(splitNames('Booth, Wayne C.\\ and Colomb, Gregory G.\\ and Williams, Joseph')).toEqual(['Booth, Wayne C.', 'Colomb, Gregory G.', 'Williams, Joseph']);
    expect(splitNames('{Booth\\ and Colomb}')).toEqual(['{Booth\\ and Colomb}']);
  });
  it('leaves white space at either end of the list out of the names', () => {
    expect(splitNames(' Smith and Williams, Joseph\n    M. ')).toEqual(['Smith', 'Williams, Joseph\n    M.']);
  });
  it.each(['Smith and and Doe', 'and Smith', 'Smith and', 'Smith %c\n and Doe', 'Smith\r\nand Doe', 'Smith\n\nand Doe', '{Smith', 'Smith}'])(
    'declines %j, whose names may read otherwise alone',
    (list) => expect(splitNames(list)).toBeUndefined(),
  );
});

describe('allVon: a name with no First part, all von and Last, as BibTeX reads it', () => {
  it.each(['the {\\LaTeX{}} Project Team', 'the {\\LaTeX{} Project Team}', 'danah boyd', 'van~Gogh', "{\\'e}mile zola"])('%j', (name) => expect(allVon(name)).toBe(true));
  it.each(['Ludwig van Beethoven', 'Gogh, van', 'boyd', '{\\relax Ch}ristopher manning', '{van} Gogh', 'Jean-luc Doumont', '{IEEE} and', 'Vaswani'])('not %j', (name) => expect(allVon(name)).toBe(false));
});

describe('decodeFields: the same as one full-parser pass', () => {
  const jobs = [
    { text: { title: 'A {BERT}--style $x$ model', abstract: 'Uses \\emph{attention} and 50\\% less \\foo{}' }, author: 'M{\\"u}ller, J{\\"o}rg and Kaiser, {\\L}ukasz' },
    { text: { title: 'Second' }, author: 'Kaiser, {\\L}ukasz and Knuth, Donald \\foo{E.} and others' },
    { text: { keywords: 'b, a\\_c' }, author: 'Smith, \\L and Doe, Jane' },
    { text: {} },
  ];
  it('gives every field and every unknown command, in order, as the full parser does', () => {
    const fast = decodeFields(jobs);
    expect(fast).toEqual(decodeFields(jobs, { fullParse: true }));
    expect(fast.unknown).toEqual([['\\foo'], ['\\foo'], [], []]);
    // accents as combining marks: cleanText composes them later
    expect(fast.fields[0]!.author).toEqual([{ lastName: 'Mu\u0308ller', firstName: 'Jo\u0308rg' }, { lastName: 'Kaiser', firstName: 'Łukasz' }]);
  });
  it('parses everything in one pass when a field defines a command, as later fields may use it', () => {
    const defining = [{ text: { title: '\\newcommand{\\x}{X}T' }, author: 'A, B' }, { text: { title: 'Plain--text' }, author: '\\x, C' }];
    expect(decodeFields(defining)).toEqual(decodeFields(defining, { fullParse: true }));
  });
});
