/**
 * `crossref` as biblatex (biber) resolves it: a child takes every field it lacks from its
 * parent, and the parent's title becomes the title of what the child is part of: the
 * `booktitle` of a paper in a book or proceedings, the `maintitle` of a volume of a
 * multi-volume work, the `journaltitle` of an article in a periodical (biblatex manual,
 * appendix B). Plain BibTeX inherits every missing field too, so files written for it
 * (a parent with its own `booktitle`) read the same.
 *
 * Three deliberate exceptions. A child's own year or date is its date: the parent's year,
 * date and month come only to a child with neither. Identifiers are never inherited
 * (`doi`, `eprint`, `url`): a DOI names one work, so a paper given its proceedings
 * volume's DOI would link readers to the volume, and every paper of the volume would look
 * like one paper to import. Nor are `abstract` and `keywords`, which describe the volume.
 */

/** Fields biblatex never inherits, and the identifiers import does not (see above). */
const NOT_INHERITED = new Set([
  'ids', 'crossref', 'xref', 'entryset', 'entrysubtype', 'execute', 'label', 'options', 'presort', 'related',
  'relatedoptions', 'relatedstring', 'relatedtype', 'shorthand', 'shorthandintro', 'sortkey',
  'doi', 'eprint', 'eprinttype', 'archiveprefix', 'eprintclass', 'primaryclass', 'url', 'urldate',
  'title', 'subtitle', 'titleaddon', 'shorttitle', 'sorttitle', 'indextitle', 'indexsorttitle', 'key',
  'abstract', 'keywords',
]);
const DATES = ['year', 'date', 'month'];

const MULTI_VOLUME = new Set(['mvbook', 'mvcollection', 'mvproceedings', 'mvreference']);
const PART_OF_BOOK = new Set(['inbook', 'bookinbook', 'suppbook', 'incollection', 'suppcollection', 'inproceedings', 'conference', 'inreference']);
const IN_PERIODICAL = new Set(['article', 'suppperiodical']);

/** Which of the child's fields the parent's `title`, `subtitle` and `titleaddon` become, if any. */
function titleTarget(parentType: string, childType: string): 'book' | 'main' | 'journal' | undefined {
  if (MULTI_VOLUME.has(parentType)) return 'main';
  if (parentType === 'periodical') return IN_PERIODICAL.has(childType) ? 'journal' : undefined;
  if (PART_OF_BOOK.has(childType)) return 'book';
  return undefined;
}

export interface CrossrefEntry {
  type: string;
  fields: Readonly<Record<string, string>>;
}

/** The child's fields with what it inherits from `parent` (types in lower case). */
export function inheritFields(child: CrossrefEntry, parent: CrossrefEntry): Record<string, string> {
  const fields = { ...child.fields };
  const ownDate = DATES.some((name) => child.fields[name] !== undefined);
  const target = titleTarget(parent.type, child.type);
  for (const [name, value] of Object.entries(parent.fields)) {
    if (NOT_INHERITED.has(name) || fields[name] !== undefined) continue;
    if (ownDate && DATES.includes(name)) continue;
    fields[name] = value;
  }
  // after the fields as written: a parent's own booktitle (BibTeX's way) wins over its title
  const titles = target === 'journal' ? ['journaltitle', 'journalsubtitle', undefined] : target ? [`${target}title`, `${target}subtitle`, `${target}titleaddon`] : [];
  ['title', 'subtitle', 'titleaddon'].forEach((name, at) => {
    const to = titles[at];
    const value = parent.fields[name];
    // a journal named by `journal` (BibTeX) or `journaltitle` (biblatex) is named already
    const named = to === 'journaltitle' && fields.journal !== undefined;
    if (to && value !== undefined && fields[to] === undefined && !named) fields[to] = value;
  });
  return fields;
}
