/**
 * DOIs and arXiv IDs as files write them (`https://doi.org/…`, `doi:…`, `arXiv:…v2`,
 * an abs URL) reduced to the bare identifier the catalog stores and matches on.
 */

/** The DOI syntax Crossref documents: `10.` a registrant code, `/`, a suffix. */
export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;
/** New-style (`2106.09685`) and old-style (`hep-th/9901001`) arXiv IDs, version optional. */
export const ARXIV_PATTERN = /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/;

/** How files write a DOI before the DOI itself: a doi.org (dx., www.) or ACM's old doi.acm.org link, `doi:`, `DOI `. */
const DOI_PREFIX = /^(?:(?:https?:\/\/)?(?:(?:dx\.|www\.)?doi\.org|doi\.acm\.org)\/|doi:?\s*)/i;

/**
 * Bare DOI, or `undefined` for an empty value; a value that is no DOI is returned as is for
 * the caller to report. BibTeX escapes (`10.1145/1234\_5678`, JabRef's way) and protective
 * braces are dropped, and a link's percent-encoding (`10.1002%2Fcpe.1`) decoded.
 */
export function bareDoi(value: string | undefined): string | undefined {
  const text = value?.trim().replace(/\\([_%&#$])/g, '$1').replace(/[{}]/g, '');
  if (!text) return undefined;
  const link = /^(?:https?:\/\/|(?:dx\.|www\.)?doi\.org\/)/i.test(text);
  const doi = text.replace(DOI_PREFIX, '');
  if (!link || !/%[0-9a-f]{2}/i.test(doi)) return doi;
  try {
    return decodeURIComponent(doi);
  } catch {
    return doi;
  }
}

export function isDoi(value: string): boolean {
  return DOI_PATTERN.test(value);
}

/**
 * Bare arXiv ID without its version (the catalog names the work, not one version), and
 * without the primary class some files write after it, as arXiv lists it
 * (`2106.09685 [cs.CL]`; `primaryClass` is the field for it).
 */
export function bareArxiv(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  return text
    .replace(/^(?:https?:\/\/(?:www\.)?arxiv\.org\/(?:abs|pdf)\/|arxiv:\s*)/i, '')
    .replace(/\s*\[[a-z-]+(?:\.[A-Za-z-]+)?\]$/i, '')
    .replace(/\.pdf$/i, '')
    .replace(/v\d+$/, '');
}

export function isArxiv(value: string): boolean {
  return ARXIV_PATTERN.test(value);
}

/** The arXiv ID in an arXiv abs or pdf URL, if the URL is one. */
export function arxivFromUrl(url: string | undefined): string | undefined {
  const match = /^https?:\/\/(?:www\.)?(?:export\.)?arxiv\.org\/(?:abs|pdf)\/([^?#\s]+?)(?:\.pdf)?(?:[?#].*)?$/i.exec(url?.trim() ?? '');
  return match ? bareArxiv(match[1]) : undefined;
}

/** The DOI in a doi.org URL, if the URL is one. */
export function doiFromUrl(url: string | undefined): string | undefined {
  const match = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.[^?#\s]+)$/i.exec(url?.trim() ?? '');
  return match ? decodeURIComponent(match[1]!) : undefined;
}

/** `0000-0002-1825-0097` from a bare iD or an orcid.org URL. */
export function bareOrcid(value: string | undefined): string | undefined {
  const match = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/.exec(value ?? '');
  return match?.[1];
}
