/** What the memo compares of a paper (induction's PaperText and tagging's TagInput both are one). */
interface PaperText {
  id: string;
  title: string;
  abstract: string;
  keywords?: readonly string[];
}

/**
 * What was last computed from one catalog, kept for the next step that reads the same
 * catalog: ingest and the build induce the topics and then tag the same papers, and both
 * read every text, index its phrases and find each paper's neighbours. The catalog's text
 * is copied and compared field by field, so a changed paper (or a paper edited in place)
 * is read afresh. One catalog per memo; `forgetCatalogs()` drops them all once tagging is done.
 */
export class LastCatalog<T> {
  #ids: string[] = [];
  #titles: string[] = [];
  #abstracts: string[] = [];
  #keywords: (string[] | undefined)[] = [];
  #value: T | undefined;

  constructor() {
    memos.add(this as LastCatalog<unknown>);
  }

  /** The value kept for a catalog with the same ids, titles, abstracts and keywords, in the same order. */
  get(papers: readonly PaperText[]): T | undefined {
    return this.#value !== undefined && this.#holds(papers) ? this.#value : undefined;
  }

  set(papers: readonly PaperText[], value: T): void {
    this.#ids = papers.map((p) => p.id);
    this.#titles = papers.map((p) => p.title);
    this.#abstracts = papers.map((p) => p.abstract);
    this.#keywords = papers.map((p) => (p.keywords === undefined ? undefined : [...p.keywords]));
    this.#value = value;
  }

  clear(): void {
    this.#ids = [];
    this.#titles = [];
    this.#abstracts = [];
    this.#keywords = [];
    this.#value = undefined;
  }

  #holds(papers: readonly PaperText[]): boolean {
    if (papers.length !== this.#ids.length) return false;
    for (let i = 0; i < papers.length; i++) {
      const p = papers[i]!;
      if (p.id !== this.#ids[i] || p.title !== this.#titles[i] || p.abstract !== this.#abstracts[i]) return false;
      const kept = this.#keywords[i];
      const keywords = p.keywords;
      if (kept === undefined || keywords === undefined) {
        if (kept !== keywords) return false;
        continue;
      }
      if (kept.length !== keywords.length || kept.some((k, j) => k !== keywords[j])) return false;
    }
    return true;
  }
}

const memos = new Set<LastCatalog<unknown>>();

/** Drops every kept catalog: what induction leaves for tagging is not held past it. */
export function forgetCatalogs(): void {
  for (const memo of memos) memo.clear();
}
