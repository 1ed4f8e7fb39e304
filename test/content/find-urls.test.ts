import { describe, expect, it } from 'vitest';
import { findUrls } from '../../src/content/find-urls.ts';

describe('findUrls', () => {
  it.each([
    ['Code at https://github.com/eleGAN23/HyperNets.', ['https://github.com/eleGAN23/HyperNets']],
    ['See https://step-law.github.io/', ['https://step-law.github.io/']],
    ['http://shahrukhathar.github.io/2024/07/22/Bridging.html{The project page}', ['http://shahrukhathar.github.io/2024/07/22/Bridging.html']],
    ['https://github.com/yfguo91/MPBN{MPBN}.', ['https://github.com/yfguo91/MPBN']],
    ['(see https://x.org/a_(b)), then', ['https://x.org/a_(b)']],
    ['(see https://x.org/path), then', ['https://x.org/path']],
    ['https://github.com/Wizardcoast/Linear_Alignment.git.', ['https://github.com/Wizardcoast/Linear_Alignment.git']],
    ['two: https://a.io/x, https://b.io/y;', ['https://a.io/x', 'https://b.io/y']],
    ['not a url: http:// or https://nodot', []],
    ['no urls at all', []],
  ])('%s', (text, urls) => {
    expect(findUrls(text).map((m) => m.url)).toEqual(urls);
  });

  it('reports where each URL sits in the text', () => {
    const text = 'x https://a.io/b. y';
    const [match] = findUrls(text);
    expect(text.slice(match!.start, match!.end)).toBe('https://a.io/b');
  });
});
