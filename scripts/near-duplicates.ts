/**
 * `npx tsx scripts/near-duplicates.ts`: the figures behind the duplicate check's
 * threshold. Prints the distribution of abstract similarity (three-word shingle
 * Jaccard) over every pair of entries in content/papers/, the pairs above the
 * threshold, and how far an abstract can be reworded before it drops below it.
 */
import { declaredVersions, NEAR_DUPLICATE_THRESHOLD, SHINGLE_SIZE } from '../src/check/duplicates.ts';
import { jaccard, shingles, similarPairs, words } from '../src/check/shingles.ts';
import { readEntries } from '../src/content/read-entries.ts';
import { catalogPaths } from '../src/content/paths.ts';
import { parseFlags, readCommandLine } from './lib/command-line.ts';

readCommandLine('npx tsx scripts/near-duplicates.ts', 'npx tsx scripts/near-duplicates.ts (no flags)', (args) => parseFlags({}, args));

const entries = readEntries(catalogPaths(process.cwd()).papers);
const sets = entries.map((e) => shingles(e.abstract, SHINGLE_SIZE));
const pairs = (entries.length * (entries.length - 1)) / 2;
const started = performance.now();
const found = similarPairs(sets, 1e-9);
const ms = performance.now() - started;
// pairs sharing no shingle at all score 0 and are not listed by similarPairs
const scores = [...found.map((p) => p.similarity), ...new Array<number>(pairs - found.length).fill(0)].sort((a, b) => b - a);
const quantile = (q: number) => scores[Math.floor((1 - q) * (scores.length - 1))]!.toFixed(3);

console.log(`${entries.length} entries, ${pairs} pairs, ${found.length} share at least one ${SHINGLE_SIZE}-word phrase (compared in ${ms.toFixed(0)} ms)`);
console.log(`similarity: median ${quantile(0.5)}, p99 ${quantile(0.99)}, p99.9 ${quantile(0.999)}, max ${scores[0]!.toFixed(3)}; threshold ${NEAR_DUPLICATE_THRESHOLD}`);
console.log('highest pairs:');
for (const { i, j, similarity } of found.slice(0, 5)) {
  const declared = declaredVersions(entries[i]!, entries[j]!) ? ' (declared versions)' : '';
  console.log(`  ${similarity.toFixed(3)}  ${entries[i]!.slug} ~ ${entries[j]!.slug}${declared}`);
}
const above = found.filter((p) => p.similarity >= NEAR_DUPLICATE_THRESHOLD);
const unrelated = found.find((p) => !declaredVersions(entries[p.i]!, entries[p.j]!));
console.log(`${above.length} pair(s) at or above the threshold; highest undeclared pair ${unrelated ? unrelated.similarity.toFixed(3) : 'none'}`);

// Rewording: replace a share of an abstract's words at random and measure what is left.
let seed = 1;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
console.log('abstract vs. itself with a share of its words replaced (min / median over all entries):');
for (const share of [0.05, 0.1, 0.15, 0.2, 0.25, 0.3]) {
  const scoresAfter = entries
    .map((e) => {
      const list = words(e.abstract);
      const edited = list.map((w) => (random() < share ? `replaced${Math.floor(random() * 1e6)}` : w)).join(' ');
      return jaccard(shingles(list.join(' '), SHINGLE_SIZE), shingles(edited, SHINGLE_SIZE));
    })
    .sort((a, b) => a - b);
  console.log(`  ${String(Math.round(share * 100)).padStart(2)}% replaced: ${scoresAfter[0]!.toFixed(3)} / ${scoresAfter[scoresAfter.length >> 1]!.toFixed(3)}`);
}
