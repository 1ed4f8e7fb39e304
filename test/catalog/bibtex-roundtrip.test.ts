import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBibtex } from '../../src/bibliography/read-bibtex.ts';
import { bibtexEntry, bibtexFile } from '../../src/catalog/bibtex.ts';
import { authorValue, displayName, parseAuthor, type AuthorName } from '../../src/content/authors.ts';

const word = fc.stringMatching(/^[A-Za-zäöüéèçñÄÖÜÉ][a-zäöüéèçñA-Z0-9]{0,8}$/);
const token = fc.oneof({ weight: 6, arbitrary: word }, fc.constantFrom('&', '50%', 'a_b', 'C#', 'Part:', 'one-shot', '$O(n^2)$', '(LoRA)'));
const text = (max: number) => fc.array(token, { minLength: 1, maxLength: max }).map((t) => t.join(' '));
const person = fc.record({ family: fc.array(word, { minLength: 1, maxLength: 2 }).map((w) => w.join('-')), given: fc.array(word, { minLength: 1, maxLength: 2 }).map((w) => w.join(' ')) });
const corporate = fc.array(word, { minLength: 1, maxLength: 3 }).map((w): AuthorName => ({ literal: w.join(' ') }));
const author = fc.oneof({ weight: 4, arbitrary: person as fc.Arbitrary<AuthorName> }, corporate);
const paper = fc.record({
  title: text(10),
  authors: fc.array(author, { maxLength: 6 }),
  etAl: fc.boolean(),
  year: fc.option(fc.integer({ min: 1000, max: 2100 }), { nil: undefined }),
  month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  venue: fc.option(text(8), { nil: undefined }),
  venueType: fc.option(fc.constantFrom('journal' as const, 'conference' as const), { nil: undefined }),
  doi: fc.option(fc.tuple(fc.integer({ min: 1000, max: 99999 }), fc.stringMatching(/^[a-z0-9.]{1,10}$/)).map(([r, s]) => `10.${r}/${s}`), { nil: undefined }),
  arxiv: fc.option(fc.tuple(fc.integer({ min: 1501, max: 2512 }), fc.integer({ min: 10000, max: 99999 })).map(([a, b]) => `${a}.${b}`), { nil: undefined }),
  abstract: fc.option(text(30), { nil: undefined }),
});

describe('BibTeX export → import', () => {
  it('gives back the same fields, for random entries', () => {
    fc.assert(
      fc.property(fc.array(paper, { minLength: 1, maxLength: 5 }), (papers) => {
        const inputs = papers.map((p, i) => ({ ...p, slug: `paper-${i}`, authors: p.authors.map(authorValue), etAl: p.etAl && p.authors.length > 0 }));
        const { records, problems } = readBibtex(bibtexFile(inputs, 'Round trip'), 'round-trip.bib');
        expect(problems).toEqual([]);
        expect(records).toHaveLength(papers.length);
        records.forEach((record, i) => {
          const sent = inputs[i]!;
          expect(record.key).toBe(sent.slug);
          expect(record.title).toBe(sent.title);
          expect(record.authors.map(displayName)).toEqual(papers[i]!.authors.map(displayName));
          expect(record.authors.map((a) => displayName(parseAuthor(authorValue(a))))).toEqual(sent.authors.map((a) => displayName(parseAuthor(a))));
          expect(record.etAl).toBe(sent.etAl);
          expect(record.year).toBe(sent.year);
          expect(record.month).toBe(sent.month);
          // a venue without a type is written as howpublished, which names no venue on the way back
          expect(record.venue).toBe(sent.venue && sent.venueType ? sent.venue : undefined);
          expect(record.venueType).toBe(sent.venue ? sent.venueType : undefined);
          expect(record.doi).toBe(sent.doi);
          expect(record.arxiv).toBe(sent.arxiv);
          expect(record.abstract).toBe(sent.abstract);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('writes @article or @inproceedings when the venue says which, with BibTeX month macros and "and others"', () => {
    expect(bibtexEntry({ slug: 'x', title: 'X', authors: ['Vaswani, Ashish', '{Google Brain}'], etAl: true, year: 2017, month: 12, venue: 'NeurIPS', venueType: 'conference' })).toBe(
      '@inproceedings{x,\n  title     = {X},\n  author    = {Vaswani, Ashish and {Google Brain} and others},\n  booktitle = {{NeurIPS}},\n  year      = {2017},\n  month     = dec\n}\n',
    );
  });
});
