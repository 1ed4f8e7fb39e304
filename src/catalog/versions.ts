/** What the versions relation reads of a paper. */
export interface Versioned {
  id: string;
  data: { versions: readonly string[] };
}

/**
 * Every paper's other versions, in catalog order, in one pass over the declarations.
 * Declaring the relation on one entry is enough: if A lists B, B's page shows A too.
 */
export function indexVersions<P extends Versioned>(papers: readonly P[]): Map<string, P[]> {
  const byId = new Map(papers.map((p) => [p.id, p]));
  const linked = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b || !byId.has(a) || !byId.has(b)) return;
    linked.set(a, (linked.get(a) ?? new Set()).add(b));
    linked.set(b, (linked.get(b) ?? new Set()).add(a));
  };
  for (const paper of papers) for (const other of paper.data.versions) link(paper.id, other);
  const index = new Map<string, P[]>();
  for (const paper of papers) {
    const others = linked.get(paper.id);
    index.set(paper.id, others ? papers.filter((p) => others.has(p.id)) : []);
  }
  return index;
}

/** The other versions of paper `id`, in catalog order. */
export function versionsOf<P extends Versioned>(id: string, papers: readonly P[]): P[] {
  return indexVersions(papers).get(id) ?? [];
}
