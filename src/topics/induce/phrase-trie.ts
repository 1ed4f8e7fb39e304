/**
 * Phrases as numbers: a tree of words in flat arrays, where each phrase (a run of words)
 * is a node and one more word is one step down. The phrase index walks millions of
 * phrases at 30,000 papers; building each as a joined string and hashing it was most of
 * its time. A node's key, as the string index once used (words joined by spaces), is
 * built only when asked, once.
 */
export class PhraseTrie {
  /** Word → id; words never hold a space. */
  readonly #wordIds = new Map<string, number>();
  readonly #words: string[] = [];
  /** Node → its parent (the phrase without its last word; -1 for the root), last word and length in words. */
  #parent = new Int32Array(1024).fill(-1);
  #last = new Int32Array(1024).fill(-1);
  #depth = new Int32Array(1024);
  #size = 1;
  /** Open addressing on (parent, word) → child; 0 is an empty slot (the root is nobody's child). */
  #slotParent = new Int32Array(1 << 12);
  #slotWord = new Int32Array(1 << 12);
  #slotChild = new Int32Array(1 << 12);
  #used = 0;
  readonly #keys: (string | undefined)[] = [''];

  /** The root: the empty phrase. */
  static readonly ROOT = 0;

  /** Number of nodes, the root included: node ids are below it. */
  get size(): number {
    return this.#size;
  }

  /** The id of a word, given one if new. */
  wordId(word: string): number {
    let id = this.#wordIds.get(word);
    if (id === undefined) {
      id = this.#words.length;
      this.#wordIds.set(word, id);
      this.#words.push(word);
    }
    return id;
  }

  /** The id of a word, or -1 for a word no phrase holds. */
  findWord(word: string): number {
    return this.#wordIds.get(word) ?? -1;
  }

  /** The node one word below `node`, made if new. */
  child(node: number, word: number): number {
    const found = this.find(node, word);
    if (found >= 0) return found;
    if (this.#size === this.#parent.length) this.#growNodes();
    const id = this.#size++;
    this.#parent[id] = node;
    this.#last[id] = word;
    this.#depth[id] = this.#depth[node]! + 1;
    if (2 * (this.#used + 1) > this.#slotChild.length) this.#growSlots();
    this.#place(node, word, id);
    this.#used++;
    return id;
  }

  /** The node one word below `node`, or -1 when no phrase goes on so. */
  find(node: number, word: number): number {
    const mask = this.#slotChild.length - 1;
    for (let at = hash(node, word) & mask; ; at = (at + 1) & mask) {
      const child = this.#slotChild[at]!;
      if (child === 0) return -1;
      if (this.#slotParent[at] === node && this.#slotWord[at] === word) return child;
    }
  }

  /** The node of a key (words joined by single spaces), made if new. */
  add(key: string): number {
    let node = PhraseTrie.ROOT;
    for (const word of key.split(' ')) node = this.child(node, this.wordId(word));
    return node;
  }

  /** The node of a key, or -1 when the trie does not hold it. */
  lookup(key: string): number {
    let node = PhraseTrie.ROOT;
    for (const word of key.split(' ')) {
      const w = this.findWord(word);
      node = w < 0 ? -1 : this.find(node, w);
      if (node < 0) return -1;
    }
    return node;
  }

  parent(node: number): number {
    return this.#parent[node]!;
  }

  /** The node's last word (its id); -1 for the root. */
  lastWord(node: number): number {
    return this.#last[node]!;
  }

  /** Words in the phrase. */
  depth(node: number): number {
    return this.#depth[node]!;
  }

  word(id: number): string {
    return this.#words[id]!;
  }

  /** The phrase's words, first to last. */
  wordsOf(node: number): number[] {
    const out: number[] = [];
    for (let at = node; at > 0; at = this.#parent[at]!) out.push(this.#last[at]!);
    return out.reverse();
  }

  /** The phrase as a key: its words joined by spaces. */
  key(node: number): string {
    let key = this.#keys[node];
    if (key === undefined) {
      const parent = this.#parent[node]!;
      const last = this.#words[this.#last[node]!]!;
      key = parent === PhraseTrie.ROOT ? last : `${this.key(parent)} ${last}`;
      this.#keys[node] = key;
    }
    return key;
  }

  #place(node: number, word: number, child: number): void {
    const mask = this.#slotChild.length - 1;
    let at = hash(node, word) & mask;
    while (this.#slotChild[at] !== 0) at = (at + 1) & mask;
    this.#slotParent[at] = node;
    this.#slotWord[at] = word;
    this.#slotChild[at] = child;
  }

  #growNodes(): void {
    const size = this.#parent.length * 2;
    const grow = (a: Int32Array, fill: number) => {
      const b = new Int32Array(size).fill(fill);
      b.set(a);
      return b;
    };
    this.#parent = grow(this.#parent, -1);
    this.#last = grow(this.#last, -1);
    this.#depth = grow(this.#depth, 0);
  }

  #growSlots(): void {
    const parents = this.#slotParent;
    const words = this.#slotWord;
    const children = this.#slotChild;
    this.#slotParent = new Int32Array(children.length * 2);
    this.#slotWord = new Int32Array(children.length * 2);
    this.#slotChild = new Int32Array(children.length * 2);
    for (let at = 0; at < children.length; at++) if (children[at] !== 0) this.#place(parents[at]!, words[at]!, children[at]!);
  }
}

/** MurmurHash3's finaliser over the pair: slots are taken by the low bits, which it mixes from all. */
function hash(node: number, word: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ word;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
