import type { APIRoute } from 'astro';
import { bibtexFileOf } from '../catalog/bibtex.ts';
import { paperBibtex } from '../catalog/exports.ts';
import { loadCatalog } from '../catalog/load.ts';
import { withBase } from '../shared/urls.ts';

/** /papers.bib: BibTeX for the whole catalog, in catalog order. */
export const GET: APIRoute = async ({ site }) => {
  const { papers, describe } = await loadCatalog();
  const about = `Paper Atlas: every paper of the catalog (${new URL(withBase(), site ?? 'http://127.0.0.1/').href}).`;
  const body = bibtexFileOf(papers.map((p) => paperBibtex(p, describe)), about);
  return new Response(body, { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
};
