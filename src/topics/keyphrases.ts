import { analyzeText, type AnalyzedText, type Token } from './normalize.ts';

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
export function isContentWord(t: Token): boolean {
  // Depends on the word as written alone (the key is made from it): remembered, as canonical keys are.
  let content = contentWords.get(t.raw);
  if (content === undefined) {
    if (contentWords.size >= CONTENT_CACHE_SIZE) contentWords.clear();
    content = t.key.length >= 2 && !/^\d/.test(t.key) && !STOPWORDS.has(t.key) && !STOPWORDS.has(t.raw.toLowerCase());
    contentWords.set(t.raw, content);
  }
  return content;
}

/** `isContentWord` by the word as written; bounded like `canonicalWord`'s cache. */
const contentWords = new Map<string, boolean>();
const CONTENT_CACHE_SIZE = 500_000;

/** An adverb (`-ly`) never starts a keyphrase. */
export function canStartKeyphrase(key: string): boolean {
  return !key.endsWith('ly');
}

/** A word a noun phrase can end with: not an adverb, not a participle. */
export function canEndKeyphrase(key: string): boolean {
  return !(key.endsWith('ly') || key.endsWith('ed'));
}

/** Runs of content words inside one segment: the noun-phrase-like stretches of a text, where keyphrases lie. */
export function contentRuns(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  for (const t of tokens) {
    const content = isContentWord(t);
    if (content && (run.length === 0 || run[run.length - 1]!.segment === t.segment)) run.push(t);
    else {
      if (run.length > 0) out.push(run);
      run = content ? [t] : [];
    }
  }
  if (run.length > 0) out.push(run);
  return out;
}

/** Visits all 1-3 word phrases inside the content-word runs of a text, in order: key, first and last word. */
function eachPhrase(tokens: readonly Token[], visit: (key: string, first: Token, last: Token) => void): void {
  for (const run of contentRuns(tokens)) {
    for (let i = 0; i < run.length; i++) {
      const first = run[i]!;
      if (!canStartKeyphrase(first.key)) continue;
      let key = '';
      for (let n = 1; n <= MAX_PHRASE_WORDS && i + n <= run.length; n++) {
        const last = run[i + n - 1]!;
        key = n === 1 ? last.key : `${key} ${last.key}`;
        if (canEndKeyphrase(last.key)) visit(key, first, last);
      }
    }
  }
}

/** Candidate keyphrases of one paper, in order of first appearance. */
export function extractKeyphrases(title: string, abstract: string): Keyphrase[] {
  return keyphrasesOf(analyzeText(title), analyzeText(abstract));
}

/** `extractKeyphrases` of texts already cleaned and split (tagging shares that work with vocabulary matching). */
export function keyphrasesOf(title: AnalyzedText, abstract: AnalyzedText): Keyphrase[] {
  const byKey = new Map<string, Keyphrase>();
  for (const [{ clean, tokens }, weight, inTitle] of [
    [title, TITLE_WEIGHT, true],
    [abstract, 1, false],
  ] as const) {
    eachPhrase(tokens, (key, first, last) => {
      let entry = byKey.get(key);
      if (entry === undefined) byKey.set(key, (entry = { key, phrase: clean.slice(first.start, last.end), tf: 0, inTitle: false }));
      entry.tf += weight;
      entry.inTitle ||= inTitle;
    });
  }
  return [...byKey.values()];
}
