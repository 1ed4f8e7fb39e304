import { cleanText, tokenize, type Token } from './normalize.ts';

/** A candidate noun phrase of one paper. */
export interface Keyphrase {
  /** Canonical keys joined by spaces: `gene expression`. */
  key: string;
  /** First occurrence as written. */
  phrase: string;
  /** Occurrences, title ones counted `TITLE_WEIGHT` times. */
  tf: number;
  inTitle: boolean;
}

/** A title names the subject; one title occurrence is worth several in the abstract. */
export const TITLE_WEIGHT = 3;
/** Longest keyphrase in words: longer runs are clauses, not names of topics. */
export const MAX_PHRASE_WORDS = 3;

/**
 * Words that never start, end or sit inside a keyphrase: function words, reporting
 * verbs and the vague nouns and adjectives every abstract uses. Cheap stand-in for a
 * part-of-speech tagger, good enough to leave noun phrases between them.
 */
const STOPWORDS = new Set(
  `a an the and or nor but of in on at to for from by with without within into onto over under than then as is are was were be been
  being am has have had having do doe did done doing can could may might must shall should will would not no yes this that these those
  it its it's they their them we our us you your he she his her i my me which who whom whose what when where why how while whereas
  if else so such thus hence also too very more most less least much many few some any all each every both either neither other another
  same own only just even still yet already however therefore moreover furthermore although though because since via per upon across
  among between through throughout during before after above below about against toward towards around along up down out off again
  further once here there one two three four five first second third new novel recent recently existing prior previous current various
  several different diverse well better best good great high higher highest low lower large larger largest small smaller long short wide
  key main major significant significantly important simple simply effective effectively efficient efficiently robust practical general
  generally particular particularly specific specifically typical typically common commonly standard state art based using use used uses
  propose proposed proposes present presented presents introduce introduced introduces show shown shows demonstrate demonstrated
  demonstrates achieve achieved achieves achieving provide provided provides study studied studies investigate investigated explore
  explored consider considered develop developed leverage leveraging enable enables enabling allow allows allowing require requires
  required make makes making perform performs improve improves improved improving reduce reduces reducing obtain obtained find found
  yield yields lead leads remain remains work works paper approach approaches method methods technique techniques framework result
  results performance problem problems task tasks way ways number amount set terms term case cases order fact kind type types form
  model models modeling learning learn learned network networks neural deep data training trained train parameter parameterization
  parameterized parameterize reparameterization experiment experimental experiments extensive empirical empirically evaluation
  benchmark benchmarks code available publicly compared comparison outperform outperforms superior state-of-the-art sota dataset
  datasets accuracy cost costs time times value values level levels setting settings system systems application applications
  ability capability capabilities challenge challenging issue issues limitation limitations property properties quality insight
  insights effect effects impact role need needs able due respect addition additionally instead rather whether either end etc e g ie eg
  i.e e.g al et fine tuning finetuning pretrained real world`.split(/\s+/),
);

/** A word that can sit in a keyphrase at all. */
function isContentWord(t: Token): boolean {
  return t.key.length >= 2 && !/^\d/.test(t.key) && !STOPWORDS.has(t.key) && !STOPWORDS.has(t.raw.toLowerCase());
}

/** A word a noun phrase can end with: not an adverb, not a participle. */
function canEnd(t: Token): boolean {
  return !/(?:ly|ed)$/.test(t.key);
}

/** Runs of content words inside one segment: the noun-phrase-like stretches of a text. */
function runs(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  for (const t of tokens) {
    if (isContentWord(t) && (run.length === 0 || run[run.length - 1]!.segment === t.segment)) run.push(t);
    else {
      if (run.length > 0) out.push(run);
      run = isContentWord(t) ? [t] : [];
    }
  }
  if (run.length > 0) out.push(run);
  return out;
}

/** All 1-3 word phrases inside the content-word runs of a text, with positions. */
function phrasesOf(text: string): { key: string; phrase: string }[] {
  const clean = cleanText(text);
  const found: { key: string; phrase: string }[] = [];
  for (const run of runs(tokenize(clean))) {
    for (let i = 0; i < run.length; i++) {
      if (/(?:ly)$/.test(run[i]!.key)) continue;
      for (let n = 1; n <= MAX_PHRASE_WORDS && i + n <= run.length; n++) {
        const last = run[i + n - 1]!;
        if (!canEnd(last)) continue;
        const words = run.slice(i, i + n);
        found.push({ key: words.map((w) => w.key).join(' '), phrase: clean.slice(words[0]!.start, last.end) });
      }
    }
  }
  return found;
}

/** Candidate keyphrases of one paper, in order of first appearance. */
export function extractKeyphrases(title: string, abstract: string): Keyphrase[] {
  const byKey = new Map<string, Keyphrase>();
  for (const [text, weight, inTitle] of [
    [title, TITLE_WEIGHT, true],
    [abstract, 1, false],
  ] as const) {
    for (const { key, phrase } of phrasesOf(text)) {
      const entry = byKey.get(key) ?? { key, phrase, tf: 0, inTitle: false };
      entry.tf += weight;
      entry.inTitle ||= inTitle;
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}
