import type { PaperEntry } from '../content/read-entries.ts';
import { shingles, similarPairs } from './shingles.ts';
import { whyDistinct } from '../content/paper-identity.ts';
import { titleKey } from '../content/title-key.ts';
import type { CheckContext, Finding } from './types.ts';

/** Abstracts are compared as sets of three-word runs. */
export const SHINGLE_SIZE = 3;
/**
 * Two abstracts sharing at least this Jaccard share of shingles are one text. Over the
 * 219 seed papers, unrelated pairs top out at 0.047 (99.9th percentile 0.019) while the
 * one true pair (MeshSDF and its journal version DeepMesh) scores 0.654; an abstract
 * with a fifth of its words replaced still scores above 0.2. `npx tsx
 * scripts/near-duplicates.ts` prints these figures for the current catalog.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.2;
/**
 * Abstracts shorter than this many shingles (about a dozen words) are not compared:
 * two entries that both say "Abstract not available." are not one paper.
 */
export const MIN_SHINGLES = 10;

/** Whether either entry names the other in `versions`: one side is enough, the relation is symmetric. */
export function declaredVersions(a: PaperEntry, b: PaperEntry): boolean {
  return a.data.versions.includes(b.slug) || b.data.versions.includes(a.slug);
}

/** An arXiv DOI (DataCite's `10.48550/arXiv.<id>`) names the arXiv paper, as its ID does. */
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

/** The arXiv ID an entry is known by, without version: its `arxiv` field, else its arXiv DOI. */
function arxivOf(entry: PaperEntry): { id: string; via: string } | undefined {
  const fromDoi = entry.data.doi && ARXIV_DOI.exec(entry.data.doi)?.[1];
  const raw = entry.data.arxiv ?? fromDoi;
  if (!raw) return undefined;
  return { id: raw.replace(/v\d+$/, '').toLowerCase(), via: entry.data.arxiv ? '' : ` (its DOI ${entry.data.doi})` };
}

/** Groups of two or more entries sharing a key. */
function groupsBy(entries: readonly PaperEntry[], key: (entry: PaperEntry) => string | undefined): PaperEntry[][] {
  const byKey = new Map<string, PaperEntry[]>();
  for (const entry of entries) {
    const k = key(entry);
    if (k !== undefined) byKey.set(k, [...(byKey.get(k) ?? []), entry]);
  }
  return [...byKey.values()].filter((group) => group.length > 1);
}

/** A finding and the files it names as the same paper, so a pair is reported once. */
interface Reported {
  finding: Finding;
  others: string[];
}

const named = (others: readonly PaperEntry[]) => others.map((o) => `${o.path} ("${o.data.title}")`).join(', ');

/** A DOI names one publication: two entries with one DOI (compared without case, as DOIs are) are one paper. */
function sameDoi(entries: readonly PaperEntry[]): Reported[] {
  return groupsBy(entries, (e) => e.data.doi?.toLowerCase()).flatMap((group) =>
    group.map((entry): Reported => ({ others: group.filter((o) => o !== entry).map((o) => o.path), finding: {
      file: entry.path,
      field: 'doi',
      check: 'duplicates',
      level: 'error',
      expected: 'a DOI no other entry has',
      found: `DOI ${entry.data.doi}, also the DOI of ${named(group.filter((o) => o !== entry))}`,
      hint: 'a DOI names one publication, so these are one paper: keep one file (with what each knows) and delete the other',
    } })),
  );
}

/**
 * Two entries with one arXiv ID (from `arxiv`, or an arXiv DOI; versions ignored) are one
 * paper, unless declared other versions: a journal version may keep its preprint's ID.
 */
function sameArxiv(entries: readonly PaperEntry[]): Reported[] {
  return groupsBy(entries, (e) => arxivOf(e)?.id).flatMap((group) =>
    group.flatMap((entry): Reported[] => {
      const others = group.filter((o) => o !== entry && !declaredVersions(entry, o));
      if (others.length === 0) return [];
      const own = arxivOf(entry)!;
      return [{ others: others.map((o) => o.path), finding: {
        file: entry.path,
        field: entry.data.arxiv ? 'arxiv' : 'doi',
        check: 'duplicates',
        level: 'error',
        expected: 'an arXiv ID no other entry has',
        found: `arXiv ID ${own.id}${own.via}, also the arXiv ID of ${named(others)}`,
        hint: `if one is another version of the other (the journal version of a preprint), add \`versions: [${others.map((o) => o.slug).join(', ')}]\` to this entry's frontmatter; if they are the same paper, keep one file`,
      } }];
    }),
  );
}

function sameTitle(entries: readonly PaperEntry[]): Reported[] {
  const byKey = new Map<string, PaperEntry[]>();
  for (const entry of entries) {
    const key = titleKey(entry.data.title);
    byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  return [...byKey.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.flatMap((entry): Reported[] => {
        // entries that share a title but not their DOI, arXiv ID, authors or year are two papers ("Editorial")
        const same = group.filter((other) => other !== entry && whyDistinct(entry.data, other.data) === undefined);
        if (same.length === 0) return [];
        return [{ others: same.map((other) => other.path), finding: {
          file: entry.path,
          field: 'title',
          check: 'duplicates',
          level: 'error',
          expected: 'a paper not already in the catalog',
          found: `the same title as ${same.map((other) => other.path).join(', ')} (equal once case, punctuation, LaTeX and accents are ignored), and no DOI, arXiv ID, author list or year that tells them apart`,
          hint: 'the catalog holds each paper once: keep one of the files and delete the other; if they are two papers, give each its DOI, authors or year',
        } }];
      }),
    );
}

function sameAbstract(entries: readonly PaperEntry[]): Reported[] {
  const sets = entries.map((entry) => shingles(entry.abstract, SHINGLE_SIZE));
  return similarPairs(sets, NEAR_DUPLICATE_THRESHOLD)
    .filter(({ i, j }) => sets[i]!.size >= MIN_SHINGLES && sets[j]!.size >= MIN_SHINGLES)
    .filter(({ i, j }) => !declaredVersions(entries[i]!, entries[j]!))
    .flatMap(({ i, j, similarity }) =>
      [[entries[i]!, entries[j]!], [entries[j]!, entries[i]!]].map(([entry, other]): Reported => ({ others: [other!.path], finding: {
        file: entry!.path,
        check: 'duplicates',
        level: 'error',
        expected: `an abstract of its own (at most ${Math.round(NEAR_DUPLICATE_THRESHOLD * 100)}% of three-word phrases shared with another entry)`,
        found: `${Math.round(similarity * 100)}% of its phrases shared with ${other!.path} ("${other!.data.title}")`,
        hint: `if one is another version of the other (preprint and journal paper, extended version), add \`versions: [${other!.slug}]\` to this entry's frontmatter; if they are the same paper, keep one file`,
      } })),
    );
}

/**
 * The same paper twice, across seeded, imported and hand-written entries alike: an equal
 * DOI is always an error; an equal title unless DOI, arXiv ID, authors or year tell the
 * two apart (see paper-identity.ts); an equal arXiv ID or a near-equal abstract unless
 * declared in `versions`.
 */
export function checkDuplicates({ entries }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const pair = (a: string, b: string) => `${a}\n${b}`;
  // most certain first; a pair already reported needs no second message
  for (const found of [sameDoi(entries), sameArxiv(entries), sameTitle(entries), sameAbstract(entries)]) {
    const fresh = found.filter(({ finding, others }) => others.some((o) => !reported.has(pair(finding.file, o))));
    for (const { finding, others } of fresh) for (const o of others) reported.add(pair(finding.file, o));
    findings.push(...fresh.map((f) => f.finding));
  }
  return findings;
}
