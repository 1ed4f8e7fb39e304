/**
 * "Find this paper elsewhere": the seed lists titles only, so most lookups are searches
 * built from the title; an arXiv ID or DOI in the frontmatter gives direct links instead.
 */

export interface Lookup {
  /** Button text, e.g. `arXiv PDF`. */
  label: string;
  url: string;
  /** `direct` links go to this paper; `search` links to a search for its title. */
  kind: 'direct' | 'search';
  /** What a direct link of `directLinks` opens: the abstract page, the PDF, or the publisher's page. */
  opens?: 'abstract' | 'pdf' | 'publisher';
}

export interface LookupInput {
  /** Plain-text title (math as its TeX source, see `plainTitle`). */
  title: string;
  arxiv?: string | undefined;
  doi?: string | undefined;
}

/** The paper's pages on arXiv, Hugging Face, Semantic Scholar and its publisher, when IDs are known. */
export function directLinks({ arxiv, doi }: LookupInput): Lookup[] {
  const links: Lookup[] = [];
  if (arxiv) {
    links.push(
      { label: 'arXiv abstract', url: `https://arxiv.org/abs/${arxiv}`, kind: 'direct', opens: 'abstract' },
      { label: 'arXiv PDF', url: `https://arxiv.org/pdf/${arxiv}`, kind: 'direct', opens: 'pdf' },
    );
  }
  if (doi) links.push({ label: 'Publisher (DOI)', url: `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`, kind: 'direct', opens: 'publisher' });
  return links;
}

/** Searches for the title on the four places researchers look a paper up. */
export function searchLinks({ title, arxiv }: LookupInput): Lookup[] {
  const q = encodeURIComponent(title.replace(/\s+/g, ' ').trim());
  const quoted = encodeURIComponent(`"${title.replace(/\s+/g, ' ').trim().replace(/"/g, '')}"`);
  const bare = arxiv?.replace(/v\d+$/, '');
  return [
    arxiv
      ? { label: 'Hugging Face', url: `https://huggingface.co/papers/${bare}`, kind: 'direct' }
      : { label: 'Hugging Face', url: `https://huggingface.co/papers?q=${q}`, kind: 'search' },
    arxiv
      ? { label: 'Semantic Scholar', url: `https://www.semanticscholar.org/arxiv/${bare}`, kind: 'direct' }
      : { label: 'Semantic Scholar', url: `https://www.semanticscholar.org/search?q=${q}`, kind: 'search' },
    { label: 'Google Scholar', url: `https://scholar.google.com/scholar?q=${quoted}`, kind: 'search' },
    ...(arxiv ? [] : [{ label: 'arXiv', url: `https://arxiv.org/search/?query=${q}&searchtype=title`, kind: 'search' as const }]),
  ];
}

/** Direct links first, then searches: everything the "Find this paper" box shows. */
export function lookups(paper: LookupInput): Lookup[] {
  return [...directLinks(paper), ...searchLinks(paper)];
}
