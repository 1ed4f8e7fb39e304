/** What the versions relation reads of a paper. */
export interface Versioned {
  id: string;
  data: { versions: readonly string[] };
}

/**
 * The other versions of paper `id`, in catalog order. Declaring the relation on one
 * entry is enough: if A lists B, B's page shows A too.
 */
export function versionsOf<P extends Versioned>(id: string, papers: readonly P[]): P[] {
  const self = papers.find((p) => p.id === id);
  const declared = new Set(self?.data.versions ?? []);
  return papers.filter((p) => p.id !== id && (declared.has(p.id) || p.data.versions.includes(id)));
}
