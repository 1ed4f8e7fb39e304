/**
 * LaTeX in the fields import keeps, decoded to Unicode by Better BibTeX's full parser, which
 * runs a PEG grammar over each field and so cost most of an import. It now sees less, for
 * the same output: a text field holding only braces, escapes, dashes, quotes and math is
 * read by plain-latex.ts instead, and an author list is split into names (split-names.ts),
 * each distinct name parsed once. Whatever those decline goes to the parser as before.
 */
import { parse, type Creator } from '@retorquere/bibtex-parser';
import { plainLatex } from './plain-latex.ts';
import { allVon, splitNames } from './split-names.ts';

/**
 * `$…$` math, not `\$`; kept as written rather than turned into Unicode. A `$` after an
 * even run of backslashes (`\\$x$`: a line break, then math) is math, as BibTeX reads it;
 * taken for `\$`, it paired the wrong dollars, and the field swallowed the fields after it.
 */
const MATH = /(?<!(?<!\\)(?:\\\\)*\\)\$[^$]+?(?<!(?<!\\)(?:\\\\)*\\)\$/g;
/**
 * What math is swapped for while the rest is decoded: a word no parser changes. It starts
 * with a digit, which ends a command's name: after a command the parser does not know
 * (`\foo$x$`), a placeholder of letters became part of that name and the math was lost.
 */
const PLACEHOLDER = /0zqmath(\d+)qz/g;
const mathPlaceholder = (n: number): string => `0zqmath${n}qz`;

/**
 * `<` and `>` as written. The parser reads them as the OT1 font encoding does, `¡` and
 * `¿`, which no bibliography means ("error < 1%", "p > 0.05"): they are swapped for words
 * no parser changes while a field is decoded, and back after.
 */
const ANGLES = /[<>]/g;
const ANGLE_PLACEHOLDER = /0zq(lt|gt)qz/g;
const hideAngles = (value: string): string => value.replace(ANGLES, (c) => (c === '<' ? '0zqltqz' : '0zqgtqz'));
const showAngles = (value: string): string => value.replace(ANGLE_PLACEHOLDER, (_m, k: string) => (k === 'lt' ? '<' : '>'));

/**
 * The TeX family's logos as plain words. The parser knows `\LaTeX` (and typesets it, see
 * LATEX_LOGO) but not these, which papers about TeX, typography and tooling write in
 * titles and author names ("The {\TeX}book", "{\LaTeX3} Project Team").
 */
const LOGOS: Record<string, string> = {
  TeX: 'TeX', BibTeX: 'BibTeX', LaTeXe: 'LaTeX2ε', AmS: 'AMS', AMS: 'AMS', AmSTeX: 'AMS-TeX', AMSTeX: 'AMS-TeX', AmSLaTeX: 'AMS-LaTeX',
  METAFONT: 'METAFONT', MF: 'METAFONT', METAPOST: 'MetaPost', MP: 'MetaPost', XeTeX: 'XeTeX', XeLaTeX: 'XeLaTeX',
  LuaTeX: 'LuaTeX', LuaLaTeX: 'LuaLaTeX', pdfTeX: 'pdfTeX', pdfLaTeX: 'pdfLaTeX', ConTeXt: 'ConTeXt', eTeX: 'ε-TeX',
  SliTeX: 'SliTeX', LAMSTeX: 'LAMS-TeX', PiCTeX: 'PiCTeX', TikZ: 'TikZ',
};
/**
 * Dashes by name, as Nelson Beebe's TeX and typography bibliographies write them
 * ("Software\emdash Practice and Experience", "Publishing\emdash{}Origination"): no LaTeX
 * package the parser knows defines them, and they mean nothing else.
 */
const DASHES: Record<string, string> = { emdash: '—', endash: '–' };

/**
 * What follows a command kept as written until the field is decoded: the parser drops the
 * space or `{}` that ended it, so `\foo{}bar` would come out as `\foobar`, another command.
 * Before a letter it becomes a space, which ends a command as `{}` does; elsewhere nothing.
 */
const COMMAND_END = /zqendqz(\p{L})?/gu;
const endCommands = (value: string): string => value.replace(COMMAND_END, (_m, letter: string | undefined) => (letter === undefined ? '' : ` ${letter}`));

/**
 * `\slash`, a slash after which a line may break ("PC\slash Computing", "Input\slash
 * Output"): the parser writes it as `/` and a zero-width space, which the page does not
 * need (it breaks lines itself) and which a reader would copy and search with the title.
 * Read as `/` before the field is decoded, the space or `{}` that ends it included.
 */
const SLASH = /(?<!\\)\\slash(?![A-Za-z])(?:\{\}|[ \t\n]+)?/g;
const plainSlashes = (value: string): string => value.replace(SLASH, '/');

/** How the parser writes `\LaTeX`: small raised A and lowered E, as markup; plain text wants the word. */
export const LATEX_LOGO = /Lᴬ\s*T\s*<sub>E<\/sub>\s*X/g;

/** One full-parser pass over the fields that hold LaTeX, with math swapped out so it survives as written. */
export function decodeLatex(jobs: { id: string; fields: Record<string, string> }[], warn: (id: string, tex: string) => void): Map<string, Record<string, unknown>> {
  const maths: string[] = [];
  const protect = (value: string): string => hideAngles(plainSlashes(value.replace(MATH, (math) => mathPlaceholder(maths.push(math) - 1))));
  const source = jobs
    .map(({ id, fields }) => {
      const body = Object.entries(fields).map(([name, value]) => `${name} = {${name === 'author' ? value : name === 'keywords' ? hideAngles(plainSlashes(value)) : protect(value)}}`);
      return `@misc{${id},\n${body.join(',\n')}\n}`;
    })
    .join('\n');
  const library = parse(source, {
    sentenceCase: false,
    caseProtection: false,
    english: false,
    unsupported: (_node, tex, entry) => {
      const known = LOGOS[tex.slice(1)] ?? DASHES[tex.slice(1)];
      if (known !== undefined) return known;
      warn(entry.key, tex);
      return /^\\[A-Za-z]+$/.test(tex) ? `${tex}zqendqz` : tex;
    },
  });
  const restore = (value: unknown): unknown =>
    typeof value === 'string'
      ? endCommands(showAngles(value.replace(PLACEHOLDER, (_m, n: string) => maths[Number(n)]!)).replace(LATEX_LOGO, 'LaTeX'))
      : Array.isArray(value)
        ? value.map(restore)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restore(v)]))
          : value;
  const out = new Map<string, Record<string, unknown>>();
  for (const entry of library.entries) {
    const fields: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(entry.fields)) fields[name] = restore(value);
    out.set(entry.key, fields);
  }
  return out;
}

/**
 * What `decodeLatex` makes of a text field (title, abstract, venue) when it holds only
 * braces, escapes, dashes, quotes and `$…$` math; undefined when it needs the full parser.
 */
export function decodePlain(value: string): string | undefined {
  // a placeholder written in the field itself would be read as math
  if (/zq(?:math|lt|gt|end)/.test(value)) return undefined;
  const maths: string[] = [];
  const text = plainLatex(hideAngles(plainSlashes(value.replace(MATH, (math) => mathPlaceholder(maths.push(math) - 1)))));
  return text === undefined ? undefined : showAngles(text.replace(PLACEHOLDER, (_m, n: string) => maths[Number(n)]!)).replace(LATEX_LOGO, 'LaTeX');
}

/** What one entry sends: its text fields that hold LaTeX (title, abstract, venue, keywords), and its author list. */
export interface DecodeJob {
  text: Record<string, string>;
  author?: string;
}

export interface Decoded {
  /** Per job, in order: each field decoded (an author list as the parser's names). */
  fields: Record<string, unknown>[];
  /** Per job, the commands the parser did not know, in the order the full parser meets them. */
  unknown: string[][];
}

/** A name with no First part: what the parser took for the given name is the start of the von part (BibTeX's reading). */
function vonOnly(creator: Creator): Creator {
  if (!creator.firstName || creator.name !== undefined) return creator;
  const { firstName, ...rest } = creator;
  return { ...rest, prefix: [firstName, creator.prefix].filter(Boolean).join(' ') };
}

/** Commands that define commands for every field parsed after them: then only one pass over everything reads alike. */
const DEFINES = /\\(?:newcommand|ProvideTextCommandDefault)/;

/**
 * Decodes every job's fields as one pass of the full parser over all of them would.
 * `fullParse` makes it that one pass (the reference the fast paths are tested against).
 */
export function decodeFields(jobs: readonly DecodeJob[], options: { fullParse?: boolean } = {}): Decoded {
  const full = options.fullParse === true || jobs.some((job) => Object.values(job.text).some((v) => DEFINES.test(v)) || DEFINES.test(job.author ?? ''));
  const fields = jobs.map(() => ({}) as Record<string, unknown>);
  const unknownText = jobs.map(() => [] as string[]);
  const unknownNames = new Map<string, string[]>();
  /** Each distinct name, numbered, for a job of its own. */
  const names = new Map<string, number>();
  const nameLists: (string[] | undefined)[] = [];
  const parserJobs: { id: string; fields: Record<string, string> }[] = [];
  jobs.forEach((job, index) => {
    const toParse: Record<string, string> = {};
    for (const [name, value] of Object.entries(job.text)) {
      const plain = full || name === 'keywords' ? undefined : decodePlain(value);
      if (plain === undefined) toParse[name] = value;
      else fields[index]![name] = plain;
    }
    // names are split as BibTeX splits them, in the full pass too (see split-names.ts)
    const list = job.author === undefined ? undefined : splitNames(job.author);
    nameLists.push(list);
    if (job.author !== undefined && list === undefined) toParse.author = job.author;
    for (const name of list ?? []) if (!names.has(name)) names.set(name, names.size);
    if (Object.keys(toParse).length > 0) parserJobs.push({ id: `e${index}`, fields: toParse });
  });
  const nameIds = [...names.keys()];
  nameIds.forEach((name, n) => parserJobs.push({ id: `n${n}`, fields: { author: name } }));
  const parsed = decodeLatex(parserJobs, (id, tex) => {
    if (id.startsWith('e')) unknownText[Number(id.slice(1))]?.push(tex);
    else {
      const name = nameIds[Number(id.slice(1))]!;
      unknownNames.set(name, [...(unknownNames.get(name) ?? []), tex]);
    }
  });
  jobs.forEach((_job, index) => Object.assign(fields[index]!, parsed.get(`e${index}`)));
  /** Each distinct name's reading, worked out once. */
  const creators = new Map<string, Creator[]>();
  const creatorsOf = (name: string): Creator[] => {
    let found = creators.get(name);
    if (found === undefined) {
      found = ((parsed.get(`n${names.get(name)}`)?.author as Creator[] | undefined) ?? []).map((c) => (allVon(name) ? vonOnly(c) : c));
      creators.set(name, found);
    }
    return found;
  };
  const unknown = jobs.map((_job, index) => {
    const list = nameLists[index];
    if (list === undefined) return unknownText[index]!;
    fields[index]!.author = list.flatMap((name) => creatorsOf(name));
    return [...unknownText[index]!, ...list.flatMap((name) => unknownNames.get(name) ?? [])];
  });
  return { fields, unknown };
}
