import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/content-error.ts';
import { parseSeed } from '../../src/ingest/parse-seed.ts';

const SEED = '000_3e2e2a5540f5c922.txt';
const ABSTRACT_A = 'We study the first thing. It works well in practice. Results hold across many settings and tasks, as shown in extensive experiments on several benchmarks. Code and data are released for others to build upon.';
const ABSTRACT_B = 'We study the second thing. It also works. Our analysis explains why the method generalises and where it fails, with proofs and ablations on standard datasets. Code and data are released for others to build upon.';
const HEADER = 'Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\n';

function messageOf(text: string): string {
  try {
    parseSeed(text, 'seeds/broken.txt');
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('expected the parser to reject this seed');
}

describe('parseSeed on the first seed', () => {
  const papers = parseSeed(readFileSync(`seeds/${SEED}`, 'utf8'), SEED);

  it('yields every paper, in order, with its position and lines', () => {
    expect(papers).toHaveLength(219);
    expect(papers[0]!.title).toBe('One-shot Video Imitation via Parameterized Symbolic Abstraction Graphs');
    expect(papers[0]).toMatchObject({ position: 1, titleLine: 3, abstractLine: 4 });
    expect(papers.at(-1)!.title).toBe('Backprop as Functor: A compositional perspective on supervised learning');
    expect(papers.at(-1)).toMatchObject({ position: 219, titleLine: 439, abstractLine: 440 });
  });

  it('keeps every abstract character (μ, °, braces, angle brackets)', () => {
    const lines = readFileSync(`seeds/${SEED}`, 'utf8').split('\n');
    for (const paper of papers) expect(paper.abstract).toBe(lines[paper.abstractLine - 1]!.trim());
  });
});

describe('parseSeed copes with the shapes real files come in', () => {
  const plain = `${HEADER}SubscribeFirst Paper\n${ABSTRACT_A}\nSecond Paper\n${ABSTRACT_B}`;
  const expected = [
    { title: 'First Paper', abstract: ABSTRACT_A, position: 1 },
    { title: 'Second Paper', abstract: ABSTRACT_B, position: 2 },
  ];

  it.each([
    ['LF, no final newline', plain],
    ['CRLF line ends', plain.replace(/\n/g, '\r\n')],
    ['a UTF-8 byte order mark', `\uFEFF${plain}`],
    ['trailing spaces and tabs', plain.replace(/\n/g, '  \t\n')],
    ['blank lines between entries', plain.replace(`${ABSTRACT_A}\n`, `${ABSTRACT_A}\n\n\n`)],
    ['a final newline', `${plain}\n`],
    ['no boilerplate at all', `First Paper\n${ABSTRACT_A}\nSecond Paper\n${ABSTRACT_B}\n`],
  ])('%s', (_name, text) => {
    expect(parseSeed(text, 'seeds/x.txt')).toMatchObject(expected);
  });

  it('removes "Subscribe" only where the page glued it to the first title', () => {
    const papers = parseSeed(`SubscribeFirst Paper\n${ABSTRACT_A}\nSubscribers and Markets\n${ABSTRACT_B}`, 'x.txt');
    expect(papers.map((p) => p.title)).toEqual(['First Paper', 'Subscribers and Markets']);
  });
});

describe('parseSeed refuses broken structure with the place, the expectation and the finding', () => {
  it('a title with no abstract at the end of the file', () => {
    expect(messageOf(`${HEADER}First Paper\n${ABSTRACT_A}\nOrphan Title`)).toMatchInlineSnapshot(`
      "seeds/broken.txt, line 5: expected an abstract line after this title, found the end of the file.
        Hint: add the abstract on the next line, or remove the title"
    `);
  });

  it('an abstract where a title is expected', () => {
    expect(messageOf(`First Paper\n${ABSTRACT_A}\n${ABSTRACT_B}\nSecond Paper`)).toMatchInlineSnapshot(`
      "seeds/broken.txt, line 3: expected a paper title (one short line), found what looks like an abstract: "We study the second thing. It also works. Our analysis explains why the method …".
        Hint: the paper above (line 1) may have an abstract split over two lines, or a title is missing before this line; each paper is exactly one title line followed by one abstract line"
    `);
  });

  it('a title where its abstract is expected', () => {
    expect(messageOf(`First Paper\nSecond Paper\n${ABSTRACT_B}`)).toMatchInlineSnapshot(`
      "seeds/broken.txt, line 2: expected the abstract of "First Paper" (line 1), found what looks like another title: "Second Paper".
        Hint: add the abstract of line 1 on the line after it, or remove that title"
    `);
  });

  it('the same title twice, whatever its case and punctuation', () => {
    expect(messageOf(`First Paper\n${ABSTRACT_A}\nFIRST paper.\n${ABSTRACT_B}`)).toMatchInlineSnapshot(`
      "seeds/broken.txt, line 3: expected a title not already listed, found the same title as line 1: "FIRST paper.".
        Hint: remove one of the two entries (title and abstract lines), or fix the title if they are different papers"
    `);
  });

  it('an abstract first, where the file should start with a title', () => {
    expect(messageOf(`${HEADER}${ABSTRACT_A}\nFirst Paper`)).toContain('line 3: expected a paper title (one short line), found what looks like an abstract');
  });

  it('an abstract split over two lines, even when the stray half is long', () => {
    const half = 'Further results follow. We show more. The second half of the abstract carries on for a while, with enough words to read like prose and more than one sentence in it.';
    expect(messageOf(`First Paper\n${ABSTRACT_A}\n${half}\nSecond Paper\n${ABSTRACT_B}`)).toContain('line 3: expected a paper title (one short line), found what looks like an abstract');
  });
});

describe('parseSeed on long titles', () => {
  // The shape of a real arXiv listing: a 170-character title that reads like prose.
  const LONG = 'Extended Comment on "One-Range Addition Theorems for Coulomb Interaction Potential and Its Derivatives" by I. I. Guseinov (Chem. Phys. Vol. 309 (2005), pp. 209-213)';
  const ABSTRACT = `${ABSTRACT_A} ${ABSTRACT_B}`;

  it('takes a long, sentence-like line for a title when an abstract follows it', () => {
    const papers = parseSeed(`First Paper\n${ABSTRACT_A}\n${LONG}\n${ABSTRACT}\nThird Paper\n${ABSTRACT_B}`, 'seeds/long.txt');
    expect(papers.map((p) => p.title)).toEqual(['First Paper', LONG, 'Third Paper']);
    expect(papers[1]).toMatchObject({ abstract: ABSTRACT, titleLine: 3, abstractLine: 4 });
  });

  it('still stops where a long line has no abstract after it', () => {
    expect(messageOf(`First Paper\n${ABSTRACT_A}\n${LONG}. More words follow here. And more.\nThird Paper`)).toContain('line 3: expected a paper title');
  });
});

