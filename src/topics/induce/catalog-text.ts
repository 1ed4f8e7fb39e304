import { stemmer } from 'stemmer';
import { canonicalWord, cleanText, eachWord, phraseKeys } from '../normalize.ts';
import { findAbbreviations } from './abbreviations.ts';
import { isFunctionWord } from './function-words.ts';
import { grown } from './grown.ts';
import { LastCatalog } from './last-catalog.ts';

/** What induction reads of a paper. */
export interface PaperText {
  id: string;
  title: string;
  /** Plain-text abstract; may be empty (a paper imported without one). */
  abstract: string;
  /** The authors' own keywords, when the paper came with some: evidence as strong as a title. */
  keywords?: readonly string[];
}

/** One field of a paper as units: canonical keys with their written forms and phrase segments. */
export interface Field {
  /** Canonical key of each unit: a word (`model`), or an abbreviation's long form (`state space model`). */
  keys: string[];
  /**
   * Where each unit starts and ends in `text`: the unit as written (`models`, `SSMs`, see
   * writtenUnit), and a phrase's written form with its hyphens ("fine-tuning").
   */
  starts: Int32Array;
  ends: Int32Array;
  /** The cleaned text the offsets refer to. */
  text: string;
  /** Units in different segments (split by punctuation) never form one phrase. */
  segments: Int32Array;
  /** Whether each unit is a function word (isFunctionWord), decided once: phrase walks ask for every unit. */
  functionWords: Uint8Array;
}

export interface CatalogPaper {
  id: string;
  title: Field;
  abstract: Field;
  /** Canonical keys of the paper's own keywords. */
  keywords: string[];
  /** Each keyword key as the paper writes it (`Rotamer libraries`). */
  keywordForms: Map<string, string>;
  /** Long-form keys of the abbreviations this paper defines. */
  defined: Set<string>;
  /** Title and abstract as read, before abbreviations became their long forms: what vocabulary matching reads (see wordsAsRead). */
  asRead: { title: Field; abstract: Field };
}

export interface CatalogText {
  papers: CatalogPaper[];
  /** Long-form key → the short form readers see most often (`SSMs`, `RL`). */
  shortForms: Map<string, string>;
  /** Long-form key → how its definitions write it (`Contrastive Language-Image Pre-training`), for papers that write only the short form. */
  longForms: Map<string, Map<string, number>>;
  /**
   * Long forms that papers abbreviate alike and that start with the same stem name one
   * subject ("differentially private (DP)", "differential privacy (DP)"): each → the most
   * common. ("Continual learning (CL)" and "contrastive learning (CL)" stay apart.)
   */
  sameAs: Map<string, string>;
}

function field(text: string): Field {
  const clean = cleanText(text);
  const keys: string[] = [];
  let n = 0;
  // each unit as written is in `text` between its offsets; offsets in typed arrays, which
  // the collector neither scans nor copies (a catalog of 30,000 papers has millions)
  eachWord(clean, (key, _raw, start, end, segment) => {
    if (n === scratch.starts.length) scratch = { starts: grown(scratch.starts, n + 1), ends: grown(scratch.ends, n + 1), segments: grown(scratch.segments, n + 1) };
    keys.push(key);
    scratch.starts[n] = start;
    scratch.ends[n] = end;
    scratch.segments[n] = segment;
    n++;
  });
  return { keys, starts: scratch.starts.slice(0, n), ends: scratch.ends.slice(0, n), segments: scratch.segments.slice(0, n), functionWords: new Uint8Array(0), text: clean };
}

/** Where field() writes a text's offsets before copying them out at their length. */
let scratch = { starts: new Int32Array(1024), ends: new Int32Array(1024), segments: new Int32Array(1024) };

/** 1 for each key that is a function word (isFunctionWord). */
function functionWordsOf(keys: readonly string[]): Uint8Array {
  const out = new Uint8Array(keys.length);
  for (let i = 0; i < keys.length; i++) if (isFunctionWord(keys[i]!)) out[i] = 1;
  return out;
}

/** Unit `i` of a field as written: `SSMs`, `models`. */
export function writtenUnit(f: Field, i: number): string {
  return f.text.slice(f.starts[i], f.ends[i]);
}

/** The short form's own spellings that count as it: `SSM`, `SSMs`. */
function spellings(short: string): string[] {
  return short.endsWith('s') ? [short, short.slice(0, -1)] : [short, `${short}s`];
}

function mostCommon<K>(counts: ReadonlyMap<K, number>): K | undefined {
  let best: K | undefined;
  let count = -1;
  for (const [k, c] of counts) if (c > count || (c === count && String(k) < String(best))) [best, count] = [k, c];
  return best;
}

/** Long forms of one short form that start with the same stem are one reading ("differentially private", "differential privacy"). */
const firstStem = (key: string) => stemmer(key.split(' ')[0]!);

/** A short form is read one way where papers do not define it when this share of its definitions agree (by first word's stem). */
export const ONE_READING = 2 / 3;

/**
 * Reads every paper into units once. Abbreviations are paired with the long forms the
 * papers write ("state space models (SSMs)"), the pairing most papers use wins, and from
 * then on each written short form (`SSM`, `SSMs`) is one unit keyed by its long form, so
 * "SSMs" and "state space models" are the same phrase to every later step. The
 * definition in parentheses itself is skipped: it repeats the long form just before it.
 */
export function readCatalog(papers: readonly PaperText[]): CatalogText {
  const kept = lastRead.get(papers);
  if (kept !== undefined) return kept;
  const catalog = readAfresh(papers);
  lastRead.set(papers, catalog);
  return catalog;
}

/** The last catalog read: tagging reads the catalog induction has just read (see last-catalog.ts). */
const lastRead = new LastCatalog<CatalogText>();

/** Papers in the order induction reads them. */
export function byId(a: PaperText, b: PaperText): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Each paper's title and abstract as the last readCatalog of these same papers (in any
 * order) split them, by id; none when that read is gone or was of other papers. Curated
 * tagging matches on these words instead of splitting every text a second time: they
 * are `analyzeText` of the same texts.
 */
export function wordsAsRead(papers: readonly PaperText[]): Map<string, { title: Field; abstract: Field }> | undefined {
  const read = lastRead.get([...papers].sort(byId));
  return read && new Map(read.papers.map((p) => [p.id, p.asRead]));
}

function readAfresh(papers: readonly PaperText[]): CatalogText {
  const read = papers.map((p) => {
    const title = field(p.title);
    const abstract = field(p.abstract);
    const definitions = [...findAbbreviations(title.text), ...findAbbreviations(abstract.text)];
    return { p, title, abstract, definitions };
  });
  // short form (as written, case kept) → long-form key → papers defining it so
  const pairings = new Map<string, Map<string, number>>();
  // long-form key → its short forms, and → its long forms as written
  const shortsOf = new Map<string, Map<string, number>>();
  const writtenLong = new Map<string, Map<string, number>>();
  for (const r of read) {
    for (const d of r.definitions) {
      const key = phraseKeys(d.long).join(' ');
      if (key.split(' ').some((w) => w === '')) continue;
      for (const s of spellings(d.short)) {
        const m = pairings.get(s) ?? new Map<string, number>();
        m.set(key, (m.get(key) ?? 0) + 1);
        pairings.set(s, m);
      }
      const forms = shortsOf.get(key) ?? new Map<string, number>();
      forms.set(d.short, (forms.get(d.short) ?? 0) + 1);
      shortsOf.set(key, forms);
      const spelt = writtenLong.get(key) ?? new Map<string, number>();
      spelt.set(d.long, (spelt.get(d.long) ?? 0) + 1);
      writtenLong.set(key, spelt);
    }
  }
  // A paper that writes a short form without defining it reads it as the catalog does, if
  // the catalog defines it one way: "CL" defined as "continual learning" by six papers and
  // "contrastive learning" by four says nothing about a seventh paper's "CL".
  const expansion = new Map<string, string>();
  for (const [short, keys] of pairings) {
    const byStem = new Map<string, number>();
    let all = 0;
    for (const [key, count] of keys) {
      const stem = firstStem(key);
      byStem.set(stem, (byStem.get(stem) ?? 0) + count);
      all += count;
    }
    const best = mostCommon(keys)!;
    if (byStem.get(firstStem(best))! >= ONE_READING * all) expansion.set(short, best);
  }
  // the keys of every short form's spellings: a paper's own definitions are among them
  const shortKeys = new Set([...pairings.keys()].map(canonicalWord));
  const shortForms = new Map<string, string>();
  for (const [key, forms] of shortsOf) shortForms.set(key, mostCommon(forms)!);
  const sameAs = new Map<string, string>();
  for (const keys of pairings.values()) {
    const byStem = new Map<string, Map<string, number>>();
    for (const [key, count] of keys) {
      const stem = firstStem(key);
      byStem.set(stem, (byStem.get(stem) ?? new Map<string, number>()).set(key, count));
    }
    for (const group of byStem.values()) {
      if (group.size < 2) continue;
      const head = mostCommon(group)!;
      for (const key of group.keys()) if (key !== head && !sameAs.has(key)) sameAs.set(key, head);
    }
  }

  const out: CatalogPaper[] = read.map(({ p, title, abstract, definitions }) => {
    const own = new Map(definitions.flatMap((d) => spellings(d.short).map((s) => [s, phraseKeys(d.long).join(' ')] as const)));
    const expandUnit = (raw: string): string | undefined => own.get(raw) ?? expansion.get(raw);
    const expand = (f: Field): Field => {
      const keys: string[] = [];
      const segments: number[] = [];
      const starts: number[] = [];
      const ends: number[] = [];
      let expanded = false;
      for (let i = 0; i < f.keys.length; i++) {
        // only a unit whose key some short form has can be one; the written form decides
        const long = shortKeys.has(f.keys[i]!) ? expandUnit(writtenUnit(f, i)) : undefined;
        // "(SSMs)" right after "state space models": the definition, already counted.
        if (long !== undefined && f.keys.slice(Math.max(0, i - 8), i).join(' ').endsWith(long)) {
          expanded = true;
          continue;
        }
        if (long !== undefined) expanded = true;
        keys.push(long ?? f.keys[i]!);
        segments.push(f.segments[i]!);
        starts.push(f.starts[i]!);
        ends.push(f.ends[i]!);
      }
      // most fields name no abbreviation: their arrays are kept as read
      if (!expanded) return { ...f, functionWords: functionWordsOf(f.keys) };
      return { keys, segments: Int32Array.from(segments), starts: Int32Array.from(starts), ends: Int32Array.from(ends), functionWords: functionWordsOf(keys), text: f.text };
    };
    const keywordForms = new Map<string, string>();
    for (const written of p.keywords ?? []) {
      const key = phraseKeys(written).join(' ');
      if (key !== '' && !key.split(' ').every(isFunctionWord) && !keywordForms.has(key)) keywordForms.set(key, cleanText(written).trim());
    }
    const keywords = [...keywordForms.keys()];
    const defined = new Set(definitions.map((d) => phraseKeys(d.long).join(' ')));
    return { id: p.id, title: expand(title), abstract: expand(abstract), keywords, keywordForms, defined, asRead: { title, abstract } };
  });
  return { papers: out, shortForms, longForms: writtenLong, sameAs };
}
