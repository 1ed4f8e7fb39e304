import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBibliography } from '../../src/bibliography/read-bibliography.ts';
import { readBibtex } from '../../src/bibliography/read-bibtex.ts';
import { formatProblem } from '../../src/content/content-error.ts';
import { readSeeds } from '../../src/ingest/read-seeds.ts';
import { syntheticBibtex } from '../../scripts/lib/synthetic-bibtex.ts';
import { syntheticCatalog } from '../../scripts/lib/synthetic-catalog.ts';
import { latexSample } from '../support/latex-sample.ts';

const FIXTURES = new URL('../fixtures/bibliography/', import.meta.url);
function read(name: string) {
  return readBibliography(readFileSync(new URL(name, FIXTURES), 'utf8'), `test/fixtures/bibliography/${name}`);
}
const byKey = (name: string) => new Map(read(name).records.map((r) => [r.key, r]));

describe('Zotero Better BibTeX (biblatex)', () => {
  const records = byKey('zotero-better-bibtex.bib');
  it('reads a conference paper with its date, venue, URL and keywords', () => {
    expect(records.get('vaswaniAttentionAllYou2017')).toEqual({
      key: 'vaswaniAttentionAllYou2017',
      line: 1,
      title: 'Attention Is All You Need',
      abstract: 'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks in an encoder-decoder configuration.',
      authors: [
        { family: 'Vaswani', given: 'Ashish' }, { family: 'Shazeer', given: 'Noam' }, { family: 'Parmar', given: 'Niki' },
        { family: 'Uszkoreit', given: 'Jakob' }, { family: 'Jones', given: 'Llion' }, { family: 'Gomez', given: 'Aidan N' },
        { family: 'Kaiser', given: 'Łukasz' }, { family: 'Polosukhin', given: 'Illia' },
      ],
      etAl: false,
      year: 2017,
      venue: 'Advances in Neural Information Processing Systems',
      venueType: 'conference',
      url: 'https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html',
      keywords: ['attention', 'transformers'],
    });
  });
  it('keeps $…$ math as written in title and abstract, and takes the arXiv ID from eprint + eprinttype', () => {
    const paper = records.get('yangTensorProgramsTuning2022')!;
    expect(paper.title).toBe('Tensor Programs V: Tuning Large Neural Networks via Zero-Shot Hyperparameter Transfer with $\\mu$P');
    expect(paper.abstract).toContain('Maximal Update Parametrization ($\\mu$P), many');
    expect(paper).toMatchObject({ arxiv: '2203.03466', doi: '10.48550/arXiv.2203.03466', year: 2022, month: 3 });
    expect(paper.keywords).toEqual(['Computer Science - Machine Learning', 'hyperparameter transfer']);
  });
  it('decodes LaTeX accents to Unicode and keeps a braced corporate author whole', () => {
    const paper = records.get('mullerGrossenSprachmodelle2023')!;
    expect(paper.title).toBe('Über die Größe von Sprachmodellen: Étude à la façon de München');
    expect(paper.authors).toEqual([{ family: 'Müller', given: 'Jörg' }, { family: 'García', given: 'María' }, { literal: 'OpenAI' }]);
    expect(paper).toMatchObject({ venue: 'Zeitschrift für Maschinelles Lernen', venueType: 'journal', year: 2023, month: 7, doi: '10.1000/zfml.2023.12' });
  });
});

describe('Google Scholar', () => {
  const records = byKey('google-scholar.bib');
  it('drops protective braces and reads "and others" as et al.', () => {
    expect(records.get('devlin2019bert')!.title).toBe('BERT: Pre-training of deep bidirectional transformers for language understanding');
    const lora = records.get('hu2021lora')!;
    expect(lora.etAl).toBe(true);
    expect(lora.authors.map((a) => a.family)).toEqual(['Hu', 'Shen', 'Wallis', 'Allen-Zhu', 'Li', 'Wang', 'Wang', 'Chen']);
  });
  it('reads an "arXiv preprint arXiv:…" journal as the arXiv ID, and keeps it as the venue BibTeX prints', () => {
    const lora = records.get('hu2021lora')!;
    expect(lora.arxiv).toBe('2106.09685');
    expect(lora).toMatchObject({ venue: 'arXiv preprint arXiv:2106.09685', venueType: 'journal' });
  });
  it('takes the venue as Scholar files it', () => {
    expect(records.get('vaswani2017attention')).toMatchObject({ venue: 'Advances in neural information processing systems', venueType: 'journal', year: 2017 });
    expect(records.get('devlin2019bert')!.venueType).toBe('conference');
  });
});

describe('arXiv', () => {
  const records = byKey('arxiv.bib');
  it('reads "Given Family" names, drops the version of the eprint', () => {
    const lora = records.get('hu2021loralowrankadaptationlarge')!;
    expect(lora.authors[0]).toEqual({ family: 'Hu', given: 'Edward J.' });
    expect(lora).toMatchObject({ arxiv: '2106.09685', year: 2021, url: 'https://arxiv.org/abs/2106.09685' });
  });
  it('reads old-style arXiv IDs and math in titles', () => {
    expect(records.get('witten1999')).toMatchObject({ arxiv: 'hep-th/9802150', title: 'Old-style identifiers: the $AdS_5 \\times S^5$ case' });
  });
});

describe('DBLP', () => {
  const records = byKey('dblp.bib');
  it('reads wrapped author lists and booktitles and ignores biburl and bibsource', () => {
    const paper = records.get('DBLP:conf/nips/VaswaniSPUJGKP17')!;
    expect(paper.authors).toHaveLength(8);
    expect(paper.authors[6]).toEqual({ family: 'Kaiser', given: 'Lukasz' });
    expect(paper.venue).toBe('Advances in Neural Information Processing Systems 30: Annual Conference on Neural Information Processing Systems 2017, December 4-9, 2017, Long Beach, CA, USA');
    expect(paper.venueType).toBe('conference');
    expect(Object.values(paper).join(' ')).not.toContain('dblp.org');
  });
  it('reads CoRR entries: eprinttype arXiv, and {-} in names', () => {
    const paper = records.get('DBLP:journals/corr/abs-2106-09685')!;
    expect(paper).toMatchObject({ arxiv: '2106.09685', venue: 'CoRR', venueType: 'journal' });
    expect(paper.authors[3]).toEqual({ family: 'Allen-Zhu', given: 'Zeyuan' });
  });
});

describe('ACM Digital Library', () => {
  const records = byKey('acm-dl.bib');
  it('reads DOI-keyed entries with abstracts, month macros and escaped percent signs', () => {
    expect(records.get('10.1145/3442188.3445922')).toMatchObject({
      doi: '10.1145/3442188.3445922', year: 2021, venueType: 'conference',
      venue: 'Proceedings of the 2021 ACM Conference on Fairness, Accountability, and Transparency',
    });
    const alexnet = records.get('10.1145/3065386')!;
    expect(alexnet).toMatchObject({ month: 5, venue: 'Commun. ACM', venueType: 'journal' });
    expect(alexnet.abstract).toContain('37.5% and 17.0%');
  });
});

describe('JabRef', () => {
  const result = read('jabref.bib');
  const records = new Map(result.records.map((r) => [r.key, r]));
  it('resolves @string macros, # concatenation and crossref, and skips @comment and the referenced proceedings', () => {
    expect([...records.keys()]).toEqual(['radford2021clip', 'openai2023gpt4', 'noabstract2020']);
    expect(records.get('radford2021clip')).toMatchObject({
      venue: 'Proceedings of the 38th International Conference on Machine Learning', venueType: 'conference', year: 2021, month: 7, etAl: true,
      keywords: ['contrastive learning', 'vision-language', 'zero-shot'],
    });
    expect(result.read).toBe(3);
  });
  it('keeps corporate authors whole and entries without an abstract', () => {
    expect(records.get('openai2023gpt4')!.authors).toEqual([{ literal: 'OpenAI' }]);
    const note = records.get('noabstract2020')!;
    expect(note.abstract).toBeUndefined();
    expect(note.authors).toEqual([{ family: 'Knuth', given: 'Donald E.' }, { literal: 'Google DeepMind' }]);
    expect(note.title).toBe('A Note Without an Abstract on $O(n \\log n)$ Sorting');
  });
});

describe('what real bibliographies hold (shapes from Nelson Beebe\'s TeX and typography bibliographies)', () => {
  const one = (bib: string) => readBibliography(bib, 'x.bib');
  it('writes the TeX family\'s logos as words, in titles and author names, with no warning', () => {
    const result = one('@book{a, author = {{\\LaTeX3} Project Team}, title = {The {\\TeX}book, \\LaTeX{} and \\BibTeX{} with {\\AmS}-\\LaTeX{} and \\METAFONT}, year = 1984}');
    expect(result.records[0]).toMatchObject({ title: 'The TeXbook, LaTeX and BibTeX with AMS-LaTeX and METAFONT', authors: [{ family: 'Team', given: 'LaTeX3 Project' }] });
    expect(result.warnings).toEqual([]);
  });
  it('reads \\emdash and \\endash as the dashes they name', () => {
    const result = one('@article{a, title = "{InScript}\\emdash{}a {C}-like preprocessor, 1985\\endash 1990", journal = "Soft{\\-}ware\\emdash Prac{\\-}tice and Experience", year = 1990}');
    expect(result.records[0]).toMatchObject({ title: 'InScript—a C-like preprocessor, 1985–1990', venue: 'Soft\u00adware—Prac\u00adtice and Experience' });
    expect(result.warnings).toEqual([]);
  });
  it('reads \\slash as a slash, with nothing invisible after it', () => {
    const result = one('@article{a, title = "Input\\slash Output, A\\slash{}B and $a\\slash b$", journal = "PC\\slash Computing", year = 1992}');
    expect(result.records[0]).toMatchObject({ title: 'Input/Output, A/B and $a\\slash b$', venue: 'PC/Computing' });
    expect(result.warnings).toEqual([]);
  });
  it('keeps a command it does not know as written, still ended where the file ends it, and the math after it', () => {
    const result = one('@article{a, title = "The \\VorTeX{}system and \\foo$x^2$ and \\qux", abstract = "A \\Xy pic, \\baz.", year = 1990}');
    // "\\VorTeXsystem" would be another command; a space ends a command as {} does
    expect(result.records[0]).toMatchObject({ title: 'The \\VorTeX system and \\foo$x^2$ and \\qux', abstract: 'A \\Xy pic, \\baz.' });
    expect(result.warnings.map((w) => w.found)).toEqual(['the command "\\\\VorTeX"', 'the command "\\\\foo"', 'the command "\\\\qux"', 'the command "\\\\Xy"', 'the command "\\\\baz"']);
  });
  it('takes a paper in proceedings at its booktitle, even beside a journal field', () => {
    const result = one('@inproceedings{a, title = {T}, journal = {Proceedings of SPIE}, booktitle = {Document Recognition}, year = 1994}');
    expect(result.records[0]).toMatchObject({ venue: 'Document Recognition', venueType: 'conference' });
  });
  it('keeps a year before 1900: history of printing reaches back centuries', () => {
    expect(one('@book{a, title = {A Scheme for Reducing the Science of Music}, year = {1785}}').records[0]!.year).toBe(1785);
  });  it('reads a year range, a year with a sort key and an unreadable date by the year the entry starts in', () => {
    const years = one([
      '@article{a, title = {A}, year = "1991--1992"}',
      '@article{b, title = {B}, year = {2007/2008}}',
      '@book{c, title = {C}, year = "{\\noopsort{1992b}}1992"}',
      '@article{d, title = {D}, year = "1975", date = "15/05/84"}',
    ].join('\n')).records.map((r) => r.year);
    expect(years).toEqual([1991, 2007, 1992, 1975]);
  });
  it('names every author BibTeX names: a command before "and" ends the name', () => {
    const result = one('@article{a, title = {T}, author = "C. V. Radhakrishnan and \\Thanh and Ross Moore"}');
    expect(result.records[0]!.authors).toEqual([{ family: 'Radhakrishnan', given: 'C. V.' }, { family: '\\Thanh' }, { family: 'Moore', given: 'Ross' }]);
  });
  it('reads a name whose first word is lower case as all von and Last, as BibTeX does', () => {
    const result = one('@article{a, title = {T}, author = "Frank Mittelbach and the {\\LaTeX{} Project Team} and danah boyd and Ludwig van Beethoven"}');
    expect(result.records[0]!.authors).toEqual([
      { family: 'Mittelbach', given: 'Frank' }, { family: 'the LaTeX Project Team' }, { family: 'danah boyd' }, { family: 'van Beethoven', given: 'Ludwig' },
    ]);
  });
  it('imports an entry with an undefined macro in a field read only for an arXiv ID, with a warning (IEEEexample.bib\'s howpublished = IEEE_M_SP)', () => {
    const result = one('@misc{a, title = {T}, howpublished = IEEE_M_SP, note = IEEE_M_X, volume = V}');
    expect(result.records).toHaveLength(1);
    expect(result.warnings.map((w) => w.field)).toEqual(['howpublished', 'note', 'volume']);
  });
  it('takes the arXiv ID and DOI from a list of URLs', () => {
    const result = one('@article{a, title = {T}, journal = {J}, URL = "https://arxiv.org/abs/2008.06537;\n    https://ieeexplore.ieee.org/document/9309406"}');
    expect(result.records[0]).toMatchObject({ arxiv: '2008.06537', url: 'https://arxiv.org/abs/2008.06537' });
    expect(one('@article{a, title = {T}, url = "http://example.org/a; https://doi.org/10.1000/xyz"}').records[0]).toMatchObject({ doi: '10.1000/xyz', url: 'http://example.org/a' });
  });
});

describe('biblatex (Zotero Better BibLaTeX, JabRef in biblatex mode, biblatex-examples.bib)', () => {
  const one = (bib: string) => readBibliography(bib, 'x.bib').records;
  it('takes year and month from a date biber can read, before the year field', () => {
    expect(one('@article{a, title = {T}, date = {2019-06-01}, year = {2018}, month = {jan}}')[0]).toMatchObject({ year: 2019, month: 6 });
    expect(one('@article{a, title = {T}, date = {1988/2009}}')[0]).toMatchObject({ year: 1988 });
    expect(one('@article{a, title = {T}, date = {2017}, month = {mar}}')[0]).toMatchObject({ year: 2017, month: 3 });
    expect(one('@article{a, title = {T}, date = {2017-06-12/2017-06-16}}')[0]).toMatchObject({ year: 2017, month: 6 });
  });
  it('writes a title with its subtitle, and a venue with the book\'s or journal\'s subtitle', () => {
    const [paper, article] = one([
      '@inproceedings{a, title = {Weak and Electromagnetic Interactions}, subtitle = {A Talk}, booktitle = {Elementary particle theory}, booksubtitle = {Relativistic groups and analyticity}, date = 1968}',
      '@article{b, title = {Why?}, subtitle = {Because}, journaltitle = {Journal}, journalsubtitle = {Of Things}, date = 2000}',
    ].join('\n'));
    expect(paper).toMatchObject({ title: 'Weak and Electromagnetic Interactions: A Talk', venue: 'Elementary particle theory: Relativistic groups and analyticity', venueType: 'conference' });
    expect(article).toMatchObject({ title: 'Why? Because', venue: 'Journal: Of Things', venueType: 'journal' });
  });
  it('takes a volume of a multi-volume work at that work, when it is in no book or journal', () => {
    const [book, chapter] = one([
      '@book{a, title = {The {\\TeX book}}, maintitle = {Computers \\& Typesetting}, volume = {A}, date = 1984}',
      '@inbook{b, title = {Chapter}, booktitle = {The Volume}, maintitle = {The Works}, date = 1984}',
    ].join('\n'));
    expect(book).toMatchObject({ venue: 'Computers & Typesetting' });
    expect(book!.venueType).toBeUndefined();
    expect(chapter).toMatchObject({ venue: 'The Volume' });
  });
  it('inherits through crossref as biber does: the parent\'s title as booktitle with its subtitle, its date only where the child has none', () => {
    const records = one([
      '@inproceedings{own, title = {Own}, crossref = {proc}, date = {2019}}',
      '@inproceedings{none, title = {None}, crossref = {proc}}',
      '@proceedings{proc, title = {Proceedings}, subtitle = {Of Things}, date = {2018-01}, doi = {10.1000/volume}, abstract = {About the volume}, publisher = {P}}',
    ].join('\n'));
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ year: 2019, venue: 'Proceedings: Of Things' });
    expect(records[0]!.month).toBeUndefined();
    expect(records[1]).toMatchObject({ year: 2018, month: 1, venue: 'Proceedings: Of Things' });
    expect(records.map((r) => [r.doi, r.abstract])).toEqual([[undefined, undefined], [undefined, undefined]]);
    const preprints = one([
      '@article{a, title = {A}, crossref = {j}}',
      '@periodical{j, title = {ArXiv}, journal = {ArXiv}, volume = {abs/2106.09685}, note = {arXiv:1706.03762}, year = 2021}',
    ].join('\n'));
    expect(preprints.find((r) => r.key === 'a')).toMatchObject({ venue: 'ArXiv' });
    expect(preprints.find((r) => r.key === 'a')!.arxiv).toBeUndefined();
  });
  it('follows a chain of crossrefs: a chapter, its volume, the multi-volume work', () => {
    const records = one([
      '@inbook{ch, title = {Chapter}, crossref = {vol}}',
      '@book{vol, title = {Volume Two}, crossref = {mv}}',
      '@mvbook{mv, title = {Works}, date = {1988/2009}, author = {Kant, Immanuel}}',
    ].join('\n'));
    expect(records[0]).toMatchObject({ key: 'ch', venue: 'Volume Two', year: 1988, authors: [{ family: 'Kant', given: 'Immanuel' }] });
  });
});

describe('< and > as written', () => {
  // The LaTeX parser reads them as the OT1 encoding does (¡ and ¿); no bibliography means that.
  const bib = [
    '@article{plain, title = {Error {$<$} 1\\% when p < 0.05 and n > 10}, abstract = {Bounds {<} 1 -- and >= 2}, keywords = {a < b, c > d}}',
    '@article{latex, title = {The \\emph{k} < n regime}, abstract = {With \\"{u}ber-fast x<y and z>w, <<quoted>>.}}',
  ].join('\n');
  const records = new Map(readBibtex(bib, 'angles.bib').records.map((r) => [r.key, r]));
  it('keep them in a field the fast path reads', () => {
    expect(records.get('plain')).toMatchObject({ title: 'Error $<$ 1% when p < 0.05 and n > 10', abstract: 'Bounds < 1 – and >= 2', keywords: ['a < b', 'c > d'] });
  });
  it('keep them in a field with LaTeX commands, which the full parser reads', () => {
    expect(records.get('latex')).toMatchObject({ title: 'The k < n regime', abstract: 'With über-fast x<y and z>w, <<quoted>>.' });
  });
});

describe('bad BibTeX', () => {
  const messages = (name: string) => read(`bad/${name}`).problems.map(formatProblem);
  it('an unclosed brace names the entry and its line, and the entries around it still read', () => {
    const result = read('bad/unclosed-brace.bib');
    expect(result.records.map((r) => r.key)).toEqual(['good2020', 'after2022']);
    expect(messages('unclosed-brace.bib')).toEqual([
      'test/fixtures/bibliography/bad/unclosed-brace.bib, line 6, entry "broken2021": expected a closing brace "}" for every "{" in the entry, found a "{" that is still open where the entry should end.\n' +
        '  Hint: count the braces of this entry: every "{" needs its "}", and the entry itself ends with "}"',
    ]);
    expect(result.read).toBe(3);
  });
  it('an unknown entry type', () => {
    expect(messages('unknown-type.bib')).toEqual([
      'test/fixtures/bibliography/bad/unknown-type.bib, line 2, entry "typo2021": expected a BibTeX or biblatex entry type such as @article, @inproceedings or @misc, found @artcle.\n' +
        '  Hint: fix the spelling of the type, or use @misc for anything else',
    ]);
  });
  it('a missing title', () => {
    expect(messages('missing-title.bib')).toEqual([
      'test/fixtures/bibliography/bad/missing-title.bib, line 3, entry "untitled2021", field "title": expected a title, found no title field.\n  Hint: add title = {…} to the entry',
    ]);
  });
  it('an undefined @string macro: read as empty, as BibTeX does, with a warning naming entry and field; the entry is imported', () => {
    const result = read('bad/undefined-string.bib');
    expect(result.records.map((r) => [r.key, r.venue ?? null, r.year])).toEqual([['Knuth:1989:TS', 'TUGboat', 1989], ['Beebe:1990:BS', null, 1990]]);
    expect(result.read).toBe(2);
    expect(messages('undefined-string.bib')).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([
      'test/fixtures/bibliography/bad/undefined-string.bib, line 3, entry "Knuth:1989:TS", field "acknowledgement": expected a value in braces or quotes, or a macro defined by @string, found the undefined @string macro "ack-nhfb".\n' +
        '  Hint: import does not read the field acknowledgement, so nothing is lost; define it above its first use, @string{ack-nhfb = {…}}, import it together with the file that defines it (npm run import -- abbreviations.bib test/fixtures/bibliography/bad/undefined-string.bib), or write the value itself in braces',
      'test/fixtures/bibliography/bad/undefined-string.bib, line 11, entry "Beebe:1990:BS", field "journal": expected a value in braces or quotes, or a macro defined by @string, found the undefined @string macro "j-TUGboat-typo".\n' +
        '  Hint: import reads it as empty, as BibTeX does, and fills the field when you import again with the macro defined; define it above its first use, @string{j-TUGboat-typo = {…}}, import it together with the file that defines it (npm run import -- abbreviations.bib test/fixtures/bibliography/bad/undefined-string.bib), or write the value itself in braces',
    ]);
  });
  it('an undefined macro inside a concatenation leaves the rest of the value; in a title it refuses the entry, naming the macro', () => {
    const result = readBibliography('@article{a, title = {T}, journal = J_PRE # { Letters}, year = 2001}\n@article{b, title = T_MACRO, year = 2002}', 'x.bib');
    expect(result.records.map((r) => [r.key, r.venue])).toEqual([['a', 'Letters']]);
    expect(result.problems.map((p) => [p.entry, p.field, p.found])).toEqual([['b', 'title', 'the undefined @string macro "T_MACRO"']]);
  });
  it('a malformed DOI and a malformed arXiv ID: each paper comes in without it, with a warning', () => {
    const result = read('bad/bad-ids.bib');
    expect(result.problems).toEqual([]);
    expect(result.records.map((r) => [r.key, r.title, r.doi, r.arxiv, r.year])).toEqual([
      ['baddoi', 'Bad DOI', undefined, undefined, 2020],
      ['badarxiv', 'Bad arXiv', undefined, undefined, 2017],
    ]);
    expect(result.warnings.map(formatProblem)).toEqual([
      'test/fixtures/bibliography/bad/bad-ids.bib, line 1, entry "baddoi", field "doi": expected a DOI such as "10.1000/xyz123", found "doi.org/10.1000".\n' +
        '  Hint: a DOI starts with "10.", a number, "/" and a suffix; copy it from the paper\'s doi.org link; the paper was imported without it, so no link leads to another paper; fix it in the file and import again, which fills the empty field',
      'test/fixtures/bibliography/bad/bad-ids.bib, line 2, entry "badarxiv", field "eprint": expected an arXiv ID such as "2106.09685" or "hep-th/9901001", found "1706.037".\n' +
        '  Hint: copy the ID from the paper\'s arxiv.org/abs/ link; the paper was imported without it, so no link leads to another paper; fix it in the file and import again, which fills the empty field',
    ]);
  });
});

describe('the fast path for plain fields', () => {
  it('gives what the full parser gives, for any field without LaTeX', async () => {
    const fc = (await import('fast-check')).default;
    const { parse } = await import('@retorquere/bibtex-parser');
    const { readBibtex } = await import('../../src/bibliography/read-bibtex.ts');
    const plain = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,.:;!?()'"/+=*@-]{0,60}[A-Za-z0-9.)]$/).filter((s) => !/--|''/.test(s));
    fc.assert(
      fc.property(plain, plain, (title, venue) => {
        const bib = `@inproceedings{k, title = {${title}}, booktitle = {${venue}}, year = 2020}`;
        const full = parse(bib, { sentenceCase: false, caseProtection: false, english: false }).entries[0]!.fields;
        const ours = readBibtex(bib, 'x.bib').records[0]!;
        expect(ours.title).toBe(full.title);
        expect(ours.venue).toBe(full.booktitle);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the fast paths (plain fields, names decoded once) give what the full parser gives', () => {
  /** Everything readBibtex says of a file, read with the fast paths and with every field through the full parser. */
  const both = (text: string, name: string) => [readBibtex(text, name), readBibtex(text, name, undefined, { fullParse: true })] as const;
  const fixtures = fileURLToPath(FIXTURES);
  const names = [...readdirSync(fixtures).filter((n) => n.endsWith('.bib')), ...readdirSync(new URL('bad/', FIXTURES)).filter((n) => n.endsWith('.bib')).map((n) => `bad/${n}`)];

  it.each(names)('in the fixture %s: records, warnings and problems', (name) => {
    const [fast, full] = both(readFileSync(new URL(name, FIXTURES), 'utf8'), name);
    expect(fast).toEqual(full);
  });
  it('in the benchmark\'s synthetic file (1,000 entries in the five exporters\' shapes)', () => {
    const seeds = readSeeds(fileURLToPath(new URL('../../seeds/', import.meta.url))).map(({ title, abstract }) => ({ title, abstract }));
    const [fast, full] = both(syntheticBibtex(syntheticCatalog(seeds, 1000)), 'synthetic.bib');
    expect(fast.records).toHaveLength(1000);
    expect(fast).toEqual(full);
  });
  it.each([1, 2, 3])('in a varied sample of braces, escapes, comments, math, commands and names (seed %i)', (seed) => {
    const [fast, full] = both(latexSample(400, seed), 'sample.bib');
    expect(fast.records.length).toBeGreaterThan(350);
    expect(fast.warnings.length).toBeGreaterThan(100);
    expect(fast).toEqual(full);
  });
});
