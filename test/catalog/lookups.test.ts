import { describe, expect, it } from 'vitest';
import { directLinks, lookups, searchLinks } from '../../src/catalog/lookups.ts';

const title = 'CondConv: Conditionally Parameterized Convolutions for Efficient Inference';

describe('searchLinks', () => {
  it('searches the four places for the title when no ID is known', () => {
    expect(searchLinks({ title })).toEqual([
      { label: 'Hugging Face', kind: 'search', url: 'https://huggingface.co/papers?q=CondConv%3A%20Conditionally%20Parameterized%20Convolutions%20for%20Efficient%20Inference' },
      { label: 'Semantic Scholar', kind: 'search', url: 'https://www.semanticscholar.org/search?q=CondConv%3A%20Conditionally%20Parameterized%20Convolutions%20for%20Efficient%20Inference' },
      { label: 'Google Scholar', kind: 'search', url: 'https://scholar.google.com/scholar?q=%22CondConv%3A%20Conditionally%20Parameterized%20Convolutions%20for%20Efficient%20Inference%22' },
      { label: 'arXiv', kind: 'search', url: 'https://arxiv.org/search/?query=CondConv%3A%20Conditionally%20Parameterized%20Convolutions%20for%20Efficient%20Inference&searchtype=title' },
    ]);
  });

  it('encodes what a title may hold: ampersands, quotes, slashes, math source', () => {
    const [hf, , scholar] = searchLinks({ title: 'A & B: "1/n" \\mathcal O  spaces' });
    expect(hf!.url).toBe('https://huggingface.co/papers?q=A%20%26%20B%3A%20%221%2Fn%22%20%5Cmathcal%20O%20spaces');
    // Scholar gets the title as one quoted phrase, inner quotes dropped
    expect(scholar!.url).toBe('https://scholar.google.com/scholar?q=%22A%20%26%20B%3A%201%2Fn%20%5Cmathcal%20O%20spaces%22');
  });

  it('goes straight to the paper on Hugging Face and Semantic Scholar when the arXiv ID is known', () => {
    expect(searchLinks({ title, arxiv: '1904.04971v3' }).map((l) => [l.label, l.kind, l.url])).toEqual([
      ['Hugging Face', 'direct', 'https://huggingface.co/papers/1904.04971'],
      ['Semantic Scholar', 'direct', 'https://www.semanticscholar.org/arxiv/1904.04971'],
      ['Google Scholar', 'search', expect.stringContaining('scholar.google.com')],
    ]);
  });
});

describe('directLinks', () => {
  it('is empty without IDs', () => {
    expect(directLinks({ title })).toEqual([]);
  });

  it('links the arXiv abstract and PDF, and the DOI resolver', () => {
    expect(directLinks({ title, arxiv: '1904.04971', doi: '10.5555/3454287.3454381' })).toEqual([
      { label: 'arXiv abstract', kind: 'direct', opens: 'abstract', url: 'https://arxiv.org/abs/1904.04971' },
      { label: 'arXiv PDF', kind: 'direct', opens: 'pdf', url: 'https://arxiv.org/pdf/1904.04971' },
      { label: 'Publisher (DOI)', kind: 'direct', opens: 'publisher', url: 'https://doi.org/10.5555/3454287.3454381' },
    ]);
  });

  it('keeps old-style arXiv IDs and encodes DOI characters that URLs reserve', () => {
    expect(directLinks({ title, arxiv: 'hep-th/9901001' })[1]!.url).toBe('https://arxiv.org/pdf/hep-th/9901001');
    expect(directLinks({ title, doi: '10.1002/(SICI)1097#x' })[0]!.url).toBe('https://doi.org/10.1002/(SICI)1097%23x');
  });
});

describe('lookups', () => {
  it('puts direct links before searches', () => {
    expect(lookups({ title, arxiv: '1904.04971' }).map((l) => l.kind)).toEqual(['direct', 'direct', 'direct', 'direct', 'search']);
  });
});
