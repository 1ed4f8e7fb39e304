import { indexKeyphrases, rankKeyphrases } from './fallback.ts';
import { compileVocabulary } from './match.ts';
import type { TagInput, Topic } from './types.ts';

/** A frequent phrase no topic covers, with the papers that use it. */
export interface UncoveredPhrase {
  key: string;
  /** The phrase as first written. */
  phrase: string;
  /** Ids of the papers that rank it among their best phrases. */
  papers: string[];
}

/**
 * Phrases that papers rank among their `perPaper` best keyphrases and that at least
 * `minPapers` papers share, most shared first: candidates for new topics or aliases.
 * Multi-word phrases only; single words are rarely topics.
 */
export function findUncoveredPhrases(papers: readonly TagInput[], vocabulary: readonly Topic[], minPapers = 3, perPaper = 8): UncoveredPhrase[] {
  const index = indexKeyphrases(papers);
  const compiled = compileVocabulary(vocabulary);
  const found = new Map<string, UncoveredPhrase>();
  for (const paper of papers) {
    const best = rankKeyphrases(index, paper.id, compiled).filter((k) => k.key.includes(' ')).slice(0, perPaper);
    for (const k of best) {
      const s = found.get(k.key) ?? { key: k.key, phrase: k.phrase, papers: [] };
      s.papers.push(paper.id);
      found.set(k.key, s);
    }
  }
  return [...found.values()]
    .filter((s) => s.papers.length >= minPapers)
    .sort((a, b) => b.papers.length - a.papers.length || a.key.localeCompare(b.key));
}
