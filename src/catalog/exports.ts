import type { BibtexInput } from './bibtex.ts';
import type { FeedPaper } from './feed.ts';
import { abstractOf, type Paper } from './load.ts';
import { plainTitle } from './render-title.ts';
import { displayName, parseAuthor } from '../content/authors.ts';

/** What the RSS feeds and `.bib` files read of an entry; `name` gives a topic's display name. */
export function feedPaper(paper: Paper, name: (slug: string) => string): FeedPaper {
  return {
    slug: paper.id,
    title: plainTitle(paper.data.title),
    abstract: abstractOf(paper),
    topics: paper.data.tags.map(name),
    authors: paper.data.authors.map((a) => displayName(parseAuthor(a))),
    added: paper.data.added,
  };
}

export function bibtexPaper(paper: Paper, name: (slug: string) => string): BibtexInput {
  const { title, authors, etAl, year, month, venue, venueType, url, arxiv, doi, tags } = paper.data;
  return { slug: paper.id, title, authors, etAl, year, month, venue, venueType, url, arxiv, doi, keywords: tags.map(name), abstract: abstractOf(paper) };
}
