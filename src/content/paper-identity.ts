/**
 * Whether two entries with one title are one paper. A title alone is weak evidence:
 * journals print an "Editorial", "Letters" or "Errata" in every issue, and a real
 * bibliography holds hundreds of such items that share a title and nothing else. Import
 * (which must never drop a paper) and `npm run check` (which must still catch a paper
 * added twice) ask the same question here, so the two always agree.
 */
import { parseAuthor, type AuthorValue } from './authors.ts';
import { titleKey } from './title-key.ts';

/** What a paper is known by besides its title. Every field may be missing (seed entries have none). */
export interface PaperFacts {
  doi?: string | undefined;
  arxiv?: string | undefined;
  year?: number | undefined;
  authors?: readonly AuthorValue[] | undefined;
}

/** arXiv's own DOIs name the preprint: a preprint and its published version carry different DOIs. */
const ARXIV_DOI = /^10\.48550\/arxiv\./i;

const bareArxiv = (id: string) => id.toLowerCase().replace(/v\d+$/, '');

function families(authors: readonly AuthorValue[]): Set<string> {
  return new Set(authors.map((a) => parseAuthor(a)).map((a) => titleKey(a.family ?? a.literal ?? '')).filter((k) => k !== ''));
}

/**
 * Why two entries that share a title are still two papers, or undefined when nothing
 * tells them apart (then they are one). They are two when:
 * - both have DOIs and the DOIs differ (an arXiv DOI beside a publisher's is one paper's two versions);
 * - both have arXiv IDs and these differ (versions `v2` aside);
 * - both list authors and share no family name;
 * - both have years, the years differ, and neither is an arXiv preprint (a preprint is
 *   often a year older than its publication).
 */
export function whyDistinct(a: PaperFacts, b: PaperFacts): string | undefined {
  if (a.doi && b.doi && a.doi.toLowerCase() !== b.doi.toLowerCase() && !ARXIV_DOI.test(a.doi) && !ARXIV_DOI.test(b.doi)) {
    return `different DOIs (${a.doi}, ${b.doi})`;
  }
  if (a.arxiv && b.arxiv && bareArxiv(a.arxiv) !== bareArxiv(b.arxiv)) return `different arXiv IDs (${a.arxiv}, ${b.arxiv})`;
  if (a.authors && b.authors && a.authors.length > 0 && b.authors.length > 0) {
    const theirs = families(b.authors);
    const ours = families(a.authors);
    if (ours.size > 0 && theirs.size > 0 && ![...ours].some((f) => theirs.has(f))) return 'no author in common';
  }
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year && !a.arxiv && !b.arxiv) return `different years (${a.year}, ${b.year})`;
  return undefined;
}
