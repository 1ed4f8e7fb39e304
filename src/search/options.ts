/**
 * How the catalog asks Pagefind to search: one set of options shared by the search
 * dialog, the /search/ page and `npm run bench:search`, so the benchmark measures
 * exactly what readers get.
 */

/**
 * The words of a search, carried to the opened page (`?highlight=…`) to be marked there.
 * The UI writes the words as typed (hyphens kept); Pagefind's own highlight option would
 * write them as it indexes them ("meta-learning" as "metalearning").
 */
export const HIGHLIGHT_PARAM = 'highlight';

/** Results whose text (title, excerpt, chips) is fetched at once; more load on demand. */
export const RESULTS_PER_PAGE = 5;

/** Options passed to `pagefind.options()` before the first search. */
export const PAGEFIND_OPTIONS = {
  /**
   * Search on the main thread: the index is small, and the worker would be one more
   * 12 KB script to download before the first result.
   */
  noWorker: true,
  excerptLength: 26,
  ranking: {
    /**
     * Boosts for query words found in a page's metadata (see src/search/components/SearchIndexFields.astro),
     * added to the BM25 score of its text. A title holding the query beats any abstract.
     * The names of a paper's main topics, and its topics' keys (which a query naming a
     * topic by an alias is also searched with, src/search/topic-aliases.ts), let "PEFT"
     * or "NeRF" find papers that never write the word; they weigh less than a title,
     * since they speak for every paper of a topic alike. A topic's name says more than
     * an alias (a main topic's key weighs as its aliases did), and a paper's lesser
     * topics say least. A topic page carries its own aliases. A topic page's name counts
     * twice (`title` and `topic_title`): "diffusion" offers the Diffusion models page before its papers.
     * A paper's authors (also in its byline, so in its text) weigh as its main topics: a
     * name searched for is a paper by that person before one whose abstract cites them.
     */
    metaWeights: { title: 6, topic_title: 6, ascii_title: 6, topics: 2, aliases: 1.5, topic_keys: 1.5, more_topic_keys: 0.5, authors: 2 },
  },
} as const;
