import { canEndKeyphrase, canStartKeyphrase, isContentWord, MAX_PHRASE_WORDS } from './keyphrases.ts';
import type { AnalyzedText, Token } from './normalize.ts';

/** A phrase of the tree `count` walks, one word a level; `wanted` marks the end of a phrase asked for. */
interface PhraseNode {
  next: Map<number, PhraseNode> | undefined;
  wanted: boolean;
  papers: number;
  /** The last paper counted, so a phrase counts once a paper. */
  last: number;
}

/** Marks the end of a paper's text in `KeyphraseCounter`'s word lists, and the end of each run. */
const BREAK = -1;

/**
 * How many papers of a catalog hold a keyphrase (its document frequency), for the
 * keyphrases asked for once every paper is in. Tagging needs the counts of the few
 * papers' phrases the fallback serves; counting all phrases of all papers (strings of
 * one to three words, hashed) was half of tagging's time at 30,000 papers. So each paper
 * is kept as the numbers of its content words, and `count` reads only the phrases asked for.
 * The phrases are those of `extractKeyphrases`, by the same rules.
 */
export class KeyphraseCounter {
  /** Word key → number. */
  readonly #ids = new Map<string, number>();
  /** Word as written → its key's number, or `BREAK` for a word no keyphrase holds: one lookup a word. */
  readonly #written = new Map<string, number>();
  /** By word number: may it start, may it end a keyphrase. */
  readonly #starts: boolean[] = [];
  readonly #ends: boolean[] = [];
  /** Per paper, its content-word runs as word numbers, each run followed by `BREAK`. */
  readonly #papers: Int32Array[] = [];

  /** Papers added so far. */
  get size(): number {
    return this.#papers.length;
  }

  /** Adds one paper: its title and abstract, cleaned and split. */
  add(texts: readonly AnalyzedText[]): void {
    const words: number[] = [];
    // The runs of `contentRuns`: content words in one segment, each run closed by `BREAK`.
    for (const { tokens } of texts) {
      let segment = -1;
      let open = false;
      for (const token of tokens) {
        const word = this.#word(token);
        if (word === BREAK) {
          if (open) words.push(BREAK);
          open = false;
          continue;
        }
        if (open && token.segment !== segment) words.push(BREAK);
        words.push(word);
        open = true;
        segment = token.segment;
      }
      if (open) words.push(BREAK);
    }
    this.#papers.push(Int32Array.from(words));
  }

  /** How many papers hold each of `keys` (keyphrase keys: canonical words joined by spaces). */
  count(keys: Iterable<string>): Map<string, number> {
    const root = new Map<number, PhraseNode>();
    const none: PhraseNode = { next: undefined, wanted: false, papers: 0, last: -1 };
    const nodes = new Map<string, PhraseNode>();
    for (const key of keys) nodes.set(key, this.#insert(root, key) ?? none);
    this.#papers.forEach((words, paper) => {
      for (let i = 0; i < words.length; i++) {
        const first = words[i]!;
        if (first === BREAK || !this.#starts[first]) continue;
        let level: Map<number, PhraseNode> | undefined = root;
        for (let n = 0; n < MAX_PHRASE_WORDS && level !== undefined; n++) {
          const word = words[i + n]!;
          if (word === BREAK) break;
          const node: PhraseNode | undefined = level.get(word);
          if (node === undefined) break;
          if (node.wanted && this.#ends[word] && node.last !== paper) {
            node.last = paper;
            node.papers++;
          }
          level = node.next;
        }
      }
    });
    return new Map([...nodes].map(([key, node]) => [key, node.papers]));
  }

  #word(token: Token): number {
    let word = this.#written.get(token.raw);
    if (word === undefined) {
      word = isContentWord(token) ? this.#id(token.key) : BREAK;
      this.#written.set(token.raw, word);
    }
    return word;
  }

  #id(key: string): number {
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.#ids.size;
      this.#ids.set(key, id);
      this.#starts.push(canStartKeyphrase(key));
      this.#ends.push(canEndKeyphrase(key));
    }
    return id;
  }

  /** Adds a phrase to the tree; undefined when no paper has one of its words (then no paper holds it). */
  #insert(root: Map<number, PhraseNode>, key: string): PhraseNode | undefined {
    let level = root;
    let node: PhraseNode | undefined;
    for (const word of key.split(' ')) {
      const id = this.#ids.get(word);
      if (id === undefined) return undefined;
      if (node !== undefined) level = node.next ??= new Map();
      node = level.get(id);
      if (node === undefined) level.set(id, (node = { next: undefined, wanted: false, papers: 0, last: -1 }));
    }
    if (node !== undefined) node.wanted = true;
    return node;
  }
}
