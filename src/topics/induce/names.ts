import { phraseKeys } from '../normalize.ts';
import type { Field } from './catalog-text.ts';
import type { PhraseIndex } from './phrase-index.ts';

/** What naming reads of the catalog besides the phrase index. */
export interface NameContext {
  /** Long-form key → the short form papers define for it (`SSMs`). */
  shortForms: ReadonlyMap<string, string>;
  /** Long-form key → its long forms as definitions write them. */
  longForms: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Keys of the words the catalog writes as names (`hilbert`, `markov`), see nameWords. */
  names: ReadonlySet<string>;
}

/** A word is a name when running text writes it capitalised this often: the catalog's, mid-sentence, or the phrase's own papers'. */
export const NAME_SHARE = 0.8;
/** Mid-sentence mentions a word needs before its case says it is a name. */
export const MIN_NAME_MENTIONS = 3;

/**
 * The words the catalog writes as names: capitalised (a capital, then lower case) in
 * `NAME_SHARE` of their mid-sentence mentions in abstracts, as "Hilbert", "Langevin" and
 * "Monte Carlo" are and "clustering" is not. Titles capitalise every word and a sentence's
 * first word tells nothing, so only words after the first in a sentence count. One pass
 * over the catalog's units.
 */
export function nameWords(fields: readonly Field[]): Set<string> {
  const capital = new Map<string, number>();
  const all = new Map<string, number>();
  for (const f of fields) {
    const { keys, starts, ends, text } = f;
    for (let i = 1; i < keys.length; i++) {
      // the first word of a sentence: the last character before it that is no space ends one
      let before = starts[i]! - 1;
      while (before > 0 && text.charCodeAt(before) === 32) before--;
      const end = text.charCodeAt(before);
      if (end === 46 || end === 33 || end === 63 || end === 58) continue;
      const c = text.charCodeAt(starts[i]!);
      const upper = c >= 65 && c <= 90;
      // an acronym or a mixed-case word ("LoRA") is no name of this kind
      if (upper && ends[i]! - starts[i]! > 1 && /[A-Z]/.test(text.slice(starts[i]! + 1, ends[i]!))) continue;
      const key = keys[i]!;
      all.set(key, (all.get(key) ?? 0) + 1);
      if (upper) capital.set(key, (capital.get(key) ?? 0) + 1);
    }
  }
  const names = new Set<string>();
  for (const [key, n] of capital) if (n >= MIN_NAME_MENTIONS && n >= NAME_SHARE * all.get(key)!) names.add(key);
  return names;
}

function mostCommon(counts: ReadonlyMap<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let count = -1;
  for (const [form, c] of counts ?? []) if (c > count || (c === count && form < best!)) [best, count] = [form, c];
  return best;
}

/** A written form as a name: first letter up, the rest as most papers write it ("LoRA" stays). */
function capitalise(form: string): string {
  return form.charAt(0).toUpperCase() + form.slice(1);
}

/** How often each written form of `key` opens a paper's mentions of it: in running text, and in titles or definitions. */
function formsOf(key: string, index: PhraseIndex): { running: Map<string, number>; titles: Map<string, number> } {
  const running = new Map<string, number>();
  const titles = new Map<string, number>();
  for (const p of index.papersOf.get(key) ?? []) {
    const m = index.mentions[p]!.get(key)!;
    // A paper's first mention is its title's when the title names the phrase, and most often
    // its definition when it defines the short form, which capitalises the letters it takes
    // ("Generative Adversarial Networks (GANs)"): neither says how the words are written.
    const forms = m.title > 0 || m.defined ? titles : running;
    forms.set(m.form, (forms.get(m.form) ?? 0) + 1);
  }
  return { running, titles };
}

/** Papers that must write a word capitalised in running text before a name keeps its capital: one paper may just be emphatic. */
const MIN_PROPER = 2;

/** A capital and lower-case letters only: how a title writes any word ("Models", "Hilbert"). */
const TITLE_CASE = /^[A-Z][a-z]+$/;

/** Each piece of each word (words split at spaces, pieces at hyphens): "Out-of-Distribution detection" → [[Out, of, Distribution], [detection]]. */
function pieces(form: string): string[][] {
  return form.split(' ').map((w) => w.split('-'));
}

/**
 * The name readers know a topic by: the written form of its head phrase that papers use
 * most (hyphens as written; a title's capitals read as lower case), lower case unless
 * running text capitalises a word inside it, or the catalog writes the word as a name
 * ("reproducing kernel Hilbert space"; titles and definitions capitalise every word, so
 * their capitals say nothing), with the abbreviation papers define: "State space models
 * (SSMs)". A phrase whose text holds its short form only ("CLIP") is named by the long
 * form its definitions write, which says what it is.
 */
export function topicName(head: string, index: PhraseIndex, context: NameContext, place: 'first' | 'later' = 'first'): string {
  const short = context.shortForms.get(head);
  // the short form however it is spelt: "GANs", "GAN"; "M-H", "MH"
  const bare = (form: string) => form.replace(/[^\p{L}\p{N}]/gu, '').replace(/s$/, '');
  const isShort = (form: string) => short !== undefined && bare(form) === bare(short);
  // The forms papers write, the short form aside; where papers write only the short form ("CLIP"), the long forms their definitions spell out.
  const { running, titles } = formsOf(head, index); // `titles` holds the definitions' first mentions too
  const long = (forms: Map<string, number>) => new Map([...forms].filter(([form]) => !isShort(form)));
  const written = long(running);
  for (const [form, c] of long(titles)) written.set(form, (written.get(form) ?? 0) + c);
  if (written.size === 0) for (const [form, c] of context.longForms.get(head) ?? []) written.set(form, (written.get(form) ?? 0) + c);
  // Titles and definitions capitalise words that are no names: only running text says how a name is written.
  const cased = long(running);
  const forms = new Map<string, number>();
  for (const [form, c] of written) {
    // A capital that starts a title word tells nothing: count the lower-case reading unless it is an acronym or a name inside.
    const reading = pieces(form)
      .map((word) => word.map((piece) => (TITLE_CASE.test(piece) ? piece.toLowerCase() : piece)).join('-'))
      .join(' ');
    forms.set(reading, (forms.get(reading) ?? 0) + c);
  }
  // Capitalised readings of names (Gaussian, Markov, Hilbert) are kept when papers mostly write them so.
  const reading = mostCommon(forms) ?? head;
  // counted by the piece's place in the phrase, hyphens or spaces between ("Hilbert-Schmidt", "Hilbert Schmidt")
  const proper: number[] = [];
  let total = 0;
  for (const [form, c] of cased) {
    total += c;
    pieces(form).flat().forEach((piece, k) => {
      if (TITLE_CASE.test(piece)) proper[k] = (proper[k] ?? 0) + c;
    });
  }
  let at = 0;
  const named = pieces(reading)
    .map((word) =>
      word
        .map((piece) => {
          const k = at++;
          const name = (proper[k] ?? 0) >= Math.max(MIN_PROPER, NAME_SHARE * total) || context.names.has(phraseKeys(piece)[0] ?? '');
          return name && (k > 0 || place === 'later') ? capitalise(piece) : piece;
        })
        .join('-'),
    )
    .join(' ');
  // Later in a list ("…, quantum dots & Higgs"), a name starts lower case unless papers write its first word capitalised.
  const first = place === 'first' ? capitalise(named) : named;
  return short !== undefined && short.toLowerCase() !== named.toLowerCase() ? `${first} (${short})` : first;
}

/**
 * The phrase a topic is named by: its head, or, for a lone word whose group holds it with
 * one more word after it in half its papers or more, that phrase ("Backdoor" → "Backdoor
 * attacks", "Mott" → "Mott insulator"): the word alone is often half a name.
 */
export function nameKeyOf(head: string, keys: readonly string[], index: PhraseIndex): string {
  if (head.includes(' ')) return head;
  const count = (k: string) => index.papersOf.get(k)?.length ?? 0;
  const longer = keys.filter((k) => k.startsWith(`${head} `) && !k.slice(head.length + 1).includes(' ')).sort((a, b) => count(b) - count(a) || (a < b ? -1 : 1))[0];
  return longer !== undefined && count(longer) >= 0.5 * count(head) ? longer : head;
}

/** A name that lists subjects, for a field no one phrase names: "Carbon nanotubes (CNTs), quantum dots & graphene" (later names from `topicName(…, 'later')`). */
export function listName(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} & ${names.at(-1)!}`;
}
