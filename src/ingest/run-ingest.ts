import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../content/content-error.ts';
import { serializeInducedVocabulary } from '../topics/induced-vocabulary.ts';
import { resolveLayers } from '../topics/layers.ts';
import { tagCatalog } from '../topics/derive.ts';
import { evidenceCacheFile, taggingKey, writeEvidence } from '../topics/evidence-cache.ts';
import { replaceField, serializeEntry } from '../content/entry-file.ts';
import { escapeMdxText } from '../content/mdx-escape.ts';
import type { SeedPaper } from './parse-seed.ts';
import { titleKey } from '../content/title-key.ts';
import { projectFrontmatterCache, readEntries, type PaperEntry } from '../content/read-entries.ts';
import { readSeeds } from './read-seeds.ts';
import { uniqueSlug } from '../content/slug.ts';
import { catalogPaths, entryPath, INDUCED_TOPICS_FILE, TOPICS_FILE } from '../content/paths.ts';

export interface IngestOptions {
  /** Project root holding `seeds/`, `content/papers/` and `content/topics.yaml`. */
  root: string;
  /** Compute everything, write nothing (for `npm run check`). */
  check?: boolean;
  /** Date stamped on new entries (YYYY-MM-DD); defaults to today (UTC). */
  today?: string;
  /** Entries about to be written (path from the root → text), read as if on disk: import tags its entries in this pass. */
  pending?: ReadonlyMap<string, string>;
}

/** A change ingest made (or, in check mode, would make) to one file. */
export interface EntryChange {
  path: string;
  kind: 'created' | 'updated';
  /** Human-readable reasons, e.g. `tags +lora −pruning`. */
  reasons: string[];
  text: string;
}

export interface IngestReport {
  read: number;
  changes: EntryChange[];
  unchanged: number;
  warnings: ContentProblem[];
  /** Set when this run induced the catalog's first topic vocabulary (and, unless checking, wrote it). */
  induced?: { file: string; topics: number };
}

/** Final tags: derived, plus pinned, minus dropped; pinned always win. */
export function finalTags(derived: readonly string[], pinned: readonly string[], dropped: readonly string[]): string[] {
  const out = derived.filter((tag) => !dropped.includes(tag) || pinned.includes(tag));
  for (const tag of pinned) if (!out.includes(tag)) out.push(tag);
  return out;
}

function tagDiff(before: readonly string[], after: readonly string[]): string {
  const added = after.filter((t) => !before.includes(t)).map((t) => `+${t}`);
  const removed = before.filter((t) => !after.includes(t)).map((t) => `−${t}`);
  return added.length + removed.length > 0 ? `tags ${[...added, ...removed].join(' ')}` : 'tags reordered';
}

interface Draft {
  slug: string;
  path: string;
  /** Current text (existing file) or the text a new file would get. */
  text: string;
  existing: PaperEntry | undefined;
  title: string;
  abstract: string;
  tags: string[];
  pinned: string[];
  dropped: string[];
  source: { file: string; position: number } | undefined;
  reasons: string[];
}

/**
 * Seeds in, entries out. Ingest owns three things in an entry: the file (when it
 * creates it), the `tags` field and the `source` field. Everything else a person
 * may edit, and ingest keeps it byte for byte.
 */
export function ingest(options: IngestOptions): IngestReport {
  const paths = catalogPaths(options.root);
  const papersDir = paths.papers;
  const seeds = readSeeds(paths.seeds);
  // check mode writes nothing, not even the cache of parsed frontmatter
  const frontmatter = options.check ? undefined : projectFrontmatterCache(options.root);
  const entries = readEntries(papersDir, undefined, options.pending, frontmatter);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const warnings: ContentProblem[] = [];

  const byTitle = new Map(entries.map((entry) => [titleKey(entry.data.title), entry]));
  const bySource = new Map(entries.filter((e) => e.data.source).map((e) => [`${e.data.source!.file}#${e.data.source!.position}`, e]));
  const taken = new Set(entries.map((entry) => entry.slug));
  const claimed = new Set<PaperEntry>();
  const drafts: Draft[] = [];

  const fromSeed = (seed: SeedPaper): Draft => {
    let existing = byTitle.get(titleKey(seed.title));
    if (existing && claimed.has(existing)) existing = undefined;
    if (!existing) {
      const sameSource = bySource.get(`${seed.file}#${seed.position}`);
      // a title edited by hand in the entry: the entry still stands for this seed line
      if (sameSource && !claimed.has(sameSource) && !seeds.some((s) => titleKey(s.title) === titleKey(sameSource.data.title))) {
        existing = sameSource;
        warnings.push({
          file: existing.path,
          field: 'title',
          expected: `the title of seeds/${seed.file} line ${seed.titleLine}`,
          found: `a title edited by hand`,
          hint: 'the entry was kept as edited; if the seed is wrong, fix the seed line too',
        });
      }
    }
    const source = { file: seed.file, position: seed.position };
    if (existing) {
      claimed.add(existing);
      if (existing.abstract.replace(/\s+/g, ' ') !== seed.abstract.replace(/\s+/g, ' ')) {
        warnings.push({
          file: existing.path,
          field: 'body',
          expected: `the abstract of seeds/${seed.file} line ${seed.abstractLine}`,
          found: 'an abstract edited by hand',
          hint: 'the entry was kept as edited; if the seed is wrong, fix the seed line too',
        });
      }
      return draftOf(existing, source);
    }
    const slug = uniqueSlug(seed.title, taken);
    taken.add(slug);
    const body = escapeMdxText(seed.abstract);
    const text = serializeEntry({ title: seed.title, tags: [], source, added: today }, body);
    return {
      slug, path: entryPath(slug), text, existing: undefined, title: seed.title, abstract: seed.abstract,
      tags: [], pinned: [], dropped: [], source, reasons: [`new from seeds/${seed.file} line ${seed.titleLine}`],
    };
  };

  const draftOf = (entry: PaperEntry, source: Draft['source']): Draft => {
    const draft: Draft = {
      slug: entry.slug, path: entry.path, text: entry.text, existing: entry, title: entry.data.title, abstract: entry.abstract,
      tags: entry.data.tags, pinned: entry.data.pinnedTags, dropped: entry.data.droppedTags, source: entry.data.source, reasons: [],
    };
    if (source && (entry.data.source?.file !== source.file || entry.data.source.position !== source.position)) {
      draft.text = replaceField(draft.text, 'source', source);
      draft.source = source;
      draft.reasons.push(`source now ${source.file} #${source.position}`);
    }
    return draft;
  };

  for (const seed of seeds) drafts.push(fromSeed(seed));
  // entries written by hand, or whose seed line was removed, are tagged all the same
  for (const entry of entries) if (!claimed.has(entry)) drafts.push(draftOf(entry, undefined));

  // The authors' keywords (an imported entry's) are evidence for topics, as a title is.
  const tagging = drafts.map((d) => ({ id: d.slug, title: d.title, abstract: d.abstract, ...(d.existing?.data.keywords?.length ? { keywords: d.existing.data.keywords } : {}) }));
  // Before a catalog has an induced vocabulary, ingest induces one and publishes it; from then on it stays put.
  const layers = resolveLayers(paths, tagging);
  const derived = tagCatalog(tagging, layers);
  const changes: EntryChange[] = [];
  let unchanged = 0;
  for (const draft of drafts) {
    const tags = finalTags(derived.get(draft.slug)?.tags ?? [], draft.pinned, draft.dropped);
    const tagsChanged = tags.join(',') !== draft.tags.join(',');
    if (tagsChanged) {
      if (draft.existing) draft.reasons.push(tagDiff(draft.tags, tags));
      draft.text = replaceField(draft.text, 'tags', tags);
    }
    if (tags.length === 0) {
      warnings.push({ file: draft.path, field: 'tags', expected: 'at least one topic tag', found: 'none', hint: `pin a topic with pinnedTags, or add one to ${TOPICS_FILE}` });
    }
    if (!draft.existing) changes.push({ path: draft.path, kind: 'created', reasons: draft.reasons, text: draft.text });
    else if (draft.text !== draft.existing.text) changes.push({ path: draft.path, kind: 'updated', reasons: draft.reasons, text: draft.text });
    else unchanged++;
  }

  if (!options.check) {
    mkdirSync(papersDir, { recursive: true });
    for (const change of changes) writeFileSync(join(options.root, change.path), change.text);
    // the site shows this evidence; keyed by what tagging read, so the build can reuse it
    if (layers.freshlyInduced) writeFileSync(paths.induced, serializeInducedVocabulary(layers.induced));
    writeEvidence(evidenceCacheFile(options.root), taggingKey(tagging, layers), derived);
  }
  const induced = layers.freshlyInduced ? { file: INDUCED_TOPICS_FILE, topics: layers.induced.length } : undefined;
  return { read: seeds.length + entries.filter((e) => !claimed.has(e)).length, changes, unchanged, warnings, ...(induced ? { induced } : {}) };
}

/** The one summary line ingest prints. */
export function summaryLine(report: IngestReport, check = false): string {
  const created = report.changes.filter((c) => c.kind === 'created').length;
  const updated = report.changes.length - created;
  const verb = check ? 'would be ' : '';
  const induced = report.induced ? `, ${report.induced.topics} topics ${verb}induced into ${report.induced.file}` : '';
  return `ingest: ${report.read} papers read, ${created} ${verb}created, ${updated} ${verb}updated, ${report.unchanged} unchanged, ${report.warnings.length} warnings${induced}`;
}
