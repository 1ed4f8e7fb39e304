import { buildTopics, type CatalogPaper } from '../../src/catalog/topics.ts';
import type { Topic } from '../../src/topics/types.ts';

/**
 * Five papers with known co-occurrences. Topics a and d have four papers, b and c three,
 * e two (too few for a page, so it is no node and its links are no edges).
 *
 *        a  b  c  d  e
 *   p1   •  •  •
 *   p2   •  •     •
 *   p3   •  •     •
 *   p4         •  •  •
 *   p5   •     •  •  •
 *
 * Shared papers: a–b 3, a–c 2, a–d 3, b–c 1, b–d 2, c–d 2 (and c–e 2, d–e 2, a–e 1,
 * which must not show).
 */
export const FIVE_PAPERS: CatalogPaper[] = [
  { slug: 'p1', title: 'Paper one', tags: ['a', 'b', 'c'], added: new Date('2024-01-01') },
  { slug: 'p2', title: 'Paper two', tags: ['a', 'b', 'd'], added: new Date('2024-01-02') },
  { slug: 'p3', title: 'Paper three', tags: ['a', 'b', 'd'], added: new Date('2024-01-03') },
  { slug: 'p4', title: 'Paper four', tags: ['c', 'd', 'e'], added: new Date('2024-01-04') },
  { slug: 'p5', title: 'Paper five', tags: ['c', 'd', 'e', 'a'], added: new Date('2024-01-05') },
];

const describeTopic = (slug: string): Topic => ({ slug, name: `Topic ${slug.toUpperCase()}`, description: `About ${slug}.`, aliases: [], patterns: [] });

export const fiveTopics = () => buildTopics(FIVE_PAPERS, describeTopic);
