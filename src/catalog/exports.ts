import { bibtexEntry, type BibtexInput } from './bibtex.ts';
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

function bibtexPaper(paper: Paper, name: (slug: string) => string): BibtexInput {
  const { title, authors, etAl, year, month, venue, venueType, url, arxiv, doi, tags } = paper.data;
  return { slug: paper.id, title, authors, etAl, year, month, venue, venueType, url, arxiv, doi, keywords: tags.map(name), abstract: abstractOf(paper) };
}

/** Entries written so far, per catalog load (its `describe`) and paper. */
const written = new WeakMap<(slug: string) => { name: string }, WeakMap<Paper, string>>();

/**
 * A paper's BibTeX entry, written once per catalog load (`describe` names its topics): the
 * catalog's `.bib` and the file of every topic that lists the paper hold the same text (at
 * 10,000 papers each entry was written four times over).
 */
export function paperBibtex(paper: Paper, describe: (slug: string) => { name: string }): string {
  let entries = written.get(describe);
  if (entries === undefined) written.set(describe, (entries = new WeakMap()));
  let entry = entries.get(paper);
  if (entry === undefined) entries.set(paper, (entry = bibtexEntry(bibtexPaper(paper, (tag) => describe(tag).name))));
  return entry;
}
