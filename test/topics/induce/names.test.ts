import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../src/topics/induce/catalog-text.ts';
import { indexPhrases } from '../../../src/topics/induce/phrase-index.ts';
import { nameWords, topicName, type NameContext } from '../../../src/topics/induce/names.ts';

function named(papers: { id: string; title: string; abstract: string }[], key: string): string {
  const catalog = readCatalog(papers);
  const index = indexPhrases(catalog.papers);
  const context: NameContext = { shortForms: catalog.shortForms, longForms: catalog.longForms, names: nameWords(catalog.papers.map((p) => p.asRead.abstract)) };
  return topicName(key, index, context);
}

describe('nameWords', () => {
  it('takes a word the abstracts write capitalised mid-sentence for a name, and not a sentence’s first word or a title’s capitals', () => {
    const papers = [
      { id: 'a', title: 'Spectral Clustering in Hilbert Spaces', abstract: 'We embed data in a Hilbert space. Clustering follows.' },
      { id: 'b', title: 'Kernels', abstract: 'A reproducing kernel Hilbert space gives spectral clustering a metric.' },
      { id: 'c', title: 'More kernels', abstract: 'Each Hilbert space here is separable. Spectral methods cluster.' },
    ];
    const names = nameWords(readCatalog(papers).papers.map((p) => p.asRead.abstract));
    expect(names.has('hilbert')).toBe(true);
    expect(names.has('spectral')).toBe(false);
    expect(names.has('clustering')).toBe(false);
  });
});

describe('topicName', () => {
  it('lowers what only titles and definitions capitalise, and keeps the names running text capitalises', () => {
    const papers = [
      { id: 'a', title: 'Spectral Clustering of Graphs', abstract: 'We revisit spectral clustering on graphs in a Hilbert space.' },
      { id: 'b', title: 'Fast Spectral Clustering', abstract: 'Spectral clustering is slow; we use a Hilbert space embedding.' },
      { id: 'c', title: 'Robust Spectral Clustering', abstract: 'Noise breaks spectral clustering in every Hilbert space we tried.' },
      { id: 'd', title: 'Kernel methods', abstract: 'A Reproducing Kernel Hilbert Space (RKHS) is a Hilbert space of functions; the RKHS norm bounds error.' },
      { id: 'e', title: 'RKHS bounds', abstract: 'Every RKHS embeds in a reproducing kernel Hilbert space of larger rank.' },
      { id: 'f', title: 'Operators', abstract: 'Operators on a reproducing kernel Hilbert space and its RKHS norm.' },
    ];
    expect(named(papers, 'spectral clustering')).toBe('Spectral clustering');
    // definitions capitalise the letters they take; running text does not
    const defined = [
      { id: 'a', title: 'Stable training', abstract: 'We train Generative Adversarial Networks (GANs) with a new loss.' },
      { id: 'b', title: 'Faster training', abstract: 'Generative Adversarial Networks (GANs) are unstable; we fix it.' },
      { id: 'c', title: 'Evaluating samplers', abstract: 'GANs sample fast.' },
    ];
    expect(named(defined, 'generative adversarial network')).toBe('Generative adversarial networks (GANs)');
    expect(named(papers, 'reproducing kernel hilbert space')).toBe('Reproducing kernel Hilbert space (RKHS)');
  });

  it('names a phrase papers write only as its short form by the long form its definitions write, hyphens kept', () => {
    const papers = [
      { id: 'a', title: 'CLIP features', abstract: 'We study Contrastive Language-Image Pre-training (CLIP) for retrieval.' },
      { id: 'b', title: 'CLIP for video', abstract: 'CLIP transfers to video.' },
      { id: 'c', title: 'Probing CLIP', abstract: 'We probe CLIP and its contrastive language-image pre-training (CLIP) objective.' },
    ];
    expect(named(papers, 'contrastive language image pre training')).toBe('Contrastive language-image pre-training (CLIP)');
  });

  it('lowers a hyphenated word that a title capitalises piece by piece', () => {
    const papers = [
      { id: 'a', title: 'Out-of-Distribution Detection', abstract: 'We score inputs.' },
      { id: 'b', title: 'Out-of-Distribution Detection at Scale', abstract: 'We score more inputs.' },
      { id: 'c', title: 'Faster detectors', abstract: 'Out-of-distribution detection needs calibrated scores.' },
    ];
    expect(named(papers, 'out of distribution detection')).toBe('Out-of-distribution detection');
  });
});
