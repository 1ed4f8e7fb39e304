/**
 * What the catalog keeps of one bibliography entry, whatever file it came from. Every
 * reader (BibTeX, CSL-JSON, RIS) produces this shape, so import and the tests see one
 * record type.
 */

/** One author: a person (family, given) or a name kept whole (`OpenAI`, a consortium). */
export interface BibAuthor {
  /** Family name with its particle, e.g. `van Beethoven`. */
  family?: string;
  given?: string;
  /** A corporate or single name, kept whole. */
  literal?: string;
  /** ORCID iD as `0000-0002-1825-0097`, when the file gives one. */
  orcid?: string;
}

export type VenueType = 'journal' | 'conference';

export interface BibRecord {
  /** The entry's key in the file (BibTeX key, CSL `id`, RIS `ID`), or `#n` when it has none. */
  key: string;
  /** 1-based line where the entry starts. */
  line: number;
  /** Title for display: LaTeX decoded, protective braces dropped, `$…$` math kept. */
  title: string;
  abstract?: string;
  /** Authors in citation order, `and others` removed (see `etAl`). */
  authors: BibAuthor[];
  /** The author list ends in "and others": more authors than listed. */
  etAl: boolean;
  year?: number;
  /** 1–12. */
  month?: number;
  /** Journal, proceedings or other container title. */
  venue?: string;
  venueType?: VenueType;
  /** Bare DOI, e.g. `10.5555/3295222.3295349`. */
  doi?: string;
  /** Bare arXiv ID without version, e.g. `1706.03762`. */
  arxiv?: string;
  url?: string;
  /** The authors' own keywords, in file order, duplicates removed. */
  keywords: string[];
}

/** Formats the readers understand. */
export type BibFormat = 'bibtex' | 'csl-json' | 'ris';

/** What a reader makes of one file. */
export interface ReadResult {
  format: BibFormat;
  /** Entries seen, good or bad (containers referenced by `crossref` not counted). */
  read: number;
  /** The entries that can be imported, in file order. */
  records: BibRecord[];
  /** Entries that cannot be imported, each named. */
  problems: import('../content/content-error.ts').ContentProblem[];
  /** Entries imported all the same, with something worth knowing. */
  warnings: import('../content/content-error.ts').ContentProblem[];
}
