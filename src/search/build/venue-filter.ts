/**
 * The value a paper's venue takes in the search's venue filter. Google Scholar files an
 * arXiv preprint under the journal "arXiv preprint arXiv:2106.09685", and Semantic Scholar
 * under "ArXiv": the entry keeps the venue as its file wrote it (what BibTeX prints), but
 * as a filter each preprint would be a venue of its own, so every venue that only names
 * arXiv, with or without the paper's ID, is "arXiv". Any other venue is itself.
 */
export function venueFilter(venue: string): string {
  const text = venue.trim();
  return ONLY_ARXIV.test(text) ? 'arXiv' : text;
}

/** "arXiv", "ArXiv", "arXiv preprint", "arXiv preprint arXiv:2106.09685", "arXiv:2106.09685 [cs.CL]", "arXiv e-prints". */
const ONLY_ARXIV = /^arxiv(?:\s+(?:preprint|e-?prints?))?(?:\s*(?:arxiv)?:?\s*(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?(?:\s*\[[^\]]*\])?)?\.?$/i;
