import { describe, expect, it } from 'vitest';
import { authorSlug, authorValue, bibtexName, displayName, parseAuthor } from '../../src/content/authors.ts';

describe('author names', () => {
  it.each([
    ['Vaswani, Ashish', { family: 'Vaswani', given: 'Ashish' }, 'Ashish Vaswani'],
    ['Ashish Vaswani', { family: 'Vaswani', given: 'Ashish' }, 'Ashish Vaswani'],
    ['Ludwig van Beethoven', { family: 'van Beethoven', given: 'Ludwig' }, 'Ludwig van Beethoven'],
    ['King, Jr., Martin Luther', { family: 'King Jr.', given: 'Martin Luther' }, 'Martin Luther King Jr.'],
    ['{Google DeepMind}', { literal: 'Google DeepMind' }, 'Google DeepMind'],
    ['OpenAI', { literal: 'OpenAI' }, 'OpenAI'],
  ])('%s', (value, parsed, display) => {
    expect(parseAuthor(value)).toEqual(parsed);
    expect(displayName(parseAuthor(value))).toBe(display);
  });
  it('"Vaswani, Ashish" and "Ashish Vaswani" share one page; accents fold in the slug', () => {
    expect(authorSlug(parseAuthor('Vaswani, Ashish'))).toBe('ashish-vaswani');
    expect(authorSlug(parseAuthor('Ashish Vaswani'))).toBe('ashish-vaswani');
    expect(authorSlug(parseAuthor('Müller, Jörg'))).toBe('jorg-muller');
  });
  it('writes what it reads back, with an ORCID as an object', () => {
    for (const author of [{ family: 'Vaswani', given: 'Ashish' }, { literal: 'Google DeepMind' }, { literal: 'OpenAI' }, { family: 'Plato' }]) {
      expect(displayName(parseAuthor(authorValue(author)))).toBe(displayName(author));
    }
    expect(parseAuthor(authorValue({ family: 'Vaswani', given: 'Ashish' }))).toEqual({ family: 'Vaswani', given: 'Ashish' });
    expect(authorValue({ family: 'Kingma', given: 'Diederik P.', orcid: '0000-0002-1825-0097' })).toEqual({ name: 'Kingma, Diederik P.', orcid: '0000-0002-1825-0097' });
    expect(parseAuthor({ name: 'Kingma, Diederik P.', orcid: '0000-0002-1825-0097' })).toEqual({ family: 'Kingma', given: 'Diederik P.', orcid: '0000-0002-1825-0097' });
    expect(bibtexName({ literal: 'Google DeepMind' })).toBe('{Google DeepMind}');
  });
});
