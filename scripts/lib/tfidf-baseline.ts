import { tokenize, cleanText } from '../../src/topics/normalize.ts';
import { isFunctionWord } from '../../src/topics/induce/function-words.ts';

/**
 * The naive tagger of ../shared/eval/corpora/README.md, as a yardstick: each paper's top
 * four TF-IDF 1-3-grams, among those in at least 3 papers and at most 20% of the list.
 */
export function tfidfBaseline(papers: readonly { id: string; title: string; abstract: string }[]): Map<string, string[]> {
  const grams = papers.map((p) => {
    const counts = new Map<string, number>();
    const tokens = tokenize(cleanText(`${p.title}. ${p.abstract}`));
    for (let i = 0; i < tokens.length; i++) {
      let key = '';
      for (let n = 1; n <= 3 && i + n <= tokens.length; n++) {
        const t = tokens[i + n - 1]!;
        if (t.segment !== tokens[i]!.segment || isFunctionWord(t.key)) break;
        key = n === 1 ? t.key : `${key} ${t.key}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    return counts;
  });
  const df = new Map<string, number>();
  for (const g of grams) for (const k of g.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const max = 0.2 * papers.length;
  return new Map(
    papers.map((p, i) => {
      const scored = [...grams[i]!]
        .filter(([k]) => df.get(k)! >= 3 && df.get(k)! <= max)
        .map(([k, tf]) => [k, tf * Math.log(papers.length / df.get(k)!)] as const)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      return [p.id, scored.slice(0, 4).map(([k]) => k)];
    }),
  );
}
