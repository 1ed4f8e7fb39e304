/**
 * `npm run topics:induce [-- --accept all|SLUG,…]`: induces the catalog's topics afresh
 * and writes them to content/topics.proposed.yaml for review, with the difference from the
 * published content/topics.induced.yaml. Published slugs are kept wherever a fresh topic
 * names the same subject. `--accept all` publishes the whole proposal; `--accept a,b`
 * takes only those topics (added, changed or removed). After accepting, ingest retags
 * every entry and lists each paper whose tags changed.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ContentError } from '../src/content/content-error.ts';
import { parseFlags, readCommandLine, UsageError } from './lib/command-line.ts';
import { catalogPaths, INDUCED_TOPICS_FILE, PROPOSED_TOPICS_FILE } from '../src/content/paths.ts';
import { readEntries } from '../src/content/read-entries.ts';
import { ingest, summaryLine } from '../src/ingest/run-ingest.ts';
import { induceTopics } from '../src/topics/induce/induce.ts';
import { acceptProposal, describeDiff, diffVocabularies } from '../src/topics/induce/proposal.ts';
import { keepPublishedSlugs } from '../src/topics/induce/stable-slugs.ts';
import { loadInducedVocabulary, parseInducedVocabulary, serializeInducedVocabulary } from '../src/topics/induced-vocabulary.ts';

const accept = readCommandLine('npm run topics:induce', 'npm run topics:induce [-- --accept all|SLUG,SLUG]', (args) => parseFlags({ accept: { type: 'string' } }, args).accept);

const root = process.cwd();
const paths = catalogPaths(root);
try {
  const published = loadInducedVocabulary(paths.induced) ?? [];
  let proposed;
  if (accept !== undefined && existsSync(paths.proposed)) {
    proposed = parseInducedVocabulary(readFileSync(paths.proposed, 'utf8'), PROPOSED_TOPICS_FILE);
  } else {
    const papers = readEntries(paths.papers).map((e) => ({ id: e.slug, title: e.data.title, abstract: e.abstract }));
    proposed = keepPublishedSlugs(induceTopics(papers), published);
  }
  const diff = diffVocabularies(published, proposed);
  const lines = describeDiff(diff);
  if (accept === undefined) {
    writeFileSync(paths.proposed, serializeInducedVocabulary(proposed));
    console.log(`topics:induce: ${proposed.length} topics proposed in ${PROPOSED_TOPICS_FILE}: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed against ${INDUCED_TOPICS_FILE}`);
    for (const line of lines) console.log(line);
    if (lines.length > 0) console.log('Review the file, then `npm run topics:induce -- --accept all` or `-- --accept SLUG,SLUG`.');
  } else {
    const slugs = accept === 'all' ? 'all' : new Set(accept.split(',').map((s) => s.trim()).filter(Boolean));
    if (slugs !== 'all') {
      const known = new Set([...diff.added, ...diff.removed, ...diff.changed.map((c) => c.after)].map((t) => t.slug));
      const unknown = [...slugs].filter((s) => !known.has(s));
      if (unknown.length > 0) {
        throw new UsageError(`--accept names ${unknown.map((s) => `'${s}'`).join(', ')}, which the proposal does not add, remove or change; give all, or slugs from the list npm run topics:induce prints`);
      }
    }
    const next = acceptProposal(published, proposed, slugs);
    writeFileSync(paths.induced, serializeInducedVocabulary(next));
    if (slugs === 'all') rmSync(paths.proposed, { force: true });
    console.log(`topics:induce: ${INDUCED_TOPICS_FILE} now holds ${next.length} topics`);
    console.log(summaryLine(ingest({ root })));
  }
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`npm run topics:induce: ${error.message}`);
    process.exitCode = 2;
  } else if (error instanceof ContentError) {
    console.error(`topics:induce stopped:\n${error.message}`);
    process.exitCode = 1;
  } else throw error;
}
