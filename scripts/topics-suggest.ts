/**
 * `npm run topics:suggest [-- --min N]`: frequent keyphrases of the seed papers that
 * no topic in content/topics.yaml covers, with the papers they come from, so a
 * maintainer can add a topic or an alias. Reads seeds, writes nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeed } from '../src/ingest/parse-seed.ts';
import { findUncoveredPhrases } from '../src/topics/uncovered-phrases.ts';
import type { TagInput } from '../src/topics/types.ts';
import { loadVocabulary } from '../src/topics/vocabulary.ts';
import { SEEDS_DIR } from '../src/content/paths.ts';
import { parseFlags, readCommandLine, wholeNumber } from './lib/command-line.ts';

const minPapers = readCommandLine('npm run topics:suggest', 'npm run topics:suggest [-- --min N]', (args) =>
  wholeNumber('--min', parseFlags({ min: { type: 'string' } }, args).min, 3, { min: 1 }),
);

const papers: (TagInput & { where: string })[] = [];
for (const file of readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort()) {
  for (const p of parseSeed(readFileSync(join(SEEDS_DIR, file), 'utf8'), file)) {
    papers.push({ id: `${file}#${p.position}`, title: p.title, abstract: p.abstract, where: `${file}:${p.titleLine}` });
  }
}
const byId = new Map(papers.map((p) => [p.id, p]));
const suggestions = findUncoveredPhrases(papers, loadVocabulary(), minPapers);
console.log(`${suggestions.length} phrases in at least ${minPapers} papers' best keyphrases that no topic covers:\n`);
for (const s of suggestions) {
  console.log(`“${s.phrase}” (${s.papers.length} papers)`);
  for (const id of s.papers) {
    const p = byId.get(id)!;
    console.log(`    ${p.where}  ${p.title.length > 90 ? `${p.title.slice(0, 89)}…` : p.title}`);
  }
}
