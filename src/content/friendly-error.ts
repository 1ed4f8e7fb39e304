import type { ZodError, ZodIssue } from 'zod';
import { preview, type ContentProblem } from './content-error.ts';
import { TOPICS_FILE } from './paths.ts';

/** Field-specific advice; a field not listed gets the generic hint. */
const HINTS: Record<string, string> = {
  title: 'write the paper title on one line, e.g. title: "Attention Is All You Need"',
  tags: 'leave tags to ingest (run `npm run ingest`); to force a tag use pinnedTags, to reject one use droppedTags',
  pinnedTags: `list topic slugs from ${TOPICS_FILE}, e.g. pinnedTags: [lora]`,
  droppedTags: 'list topic slugs to keep off this paper, e.g. droppedTags: [pruning]',
  added: 'write the day the paper joined the catalog as YYYY-MM-DD, e.g. added: 2026-11-26',
  source: 'source is written by ingest for papers from seeds/; delete it for a hand-written entry',
  arxiv: 'write only the identifier, e.g. arxiv: "2106.09685", not the URL',
  doi: 'write only the DOI, e.g. doi: "10.1000/xyz123", not the https://doi.org/ URL',
  links: 'list absolute URLs, e.g. links: ["https://github.com/org/repo"]',
  versions: 'list the slugs (file names without .mdx) of other versions of this work',
  authors: 'list authors as strings, e.g. authors: ["Lovelace, Ada", "Alan Turing", "{OpenAI}"], or { name: "Lovelace, Ada", orcid: "0000-0002-1825-0097" }',
  etAl: 'write etAl: true when the list of authors goes on beyond those listed',
  month: 'write the month as a number from 1 to 12, e.g. month: 12',
  venue: 'write the journal or proceedings name on one line, e.g. venue: "Advances in Neural Information Processing Systems"',
  venueType: 'write venueType: journal or venueType: conference, or leave it out',
  url: 'write the paper\'s page as an absolute URL, e.g. url: "https://proceedings.neurips.cc/…"',
  keywords: 'list the keywords as text, e.g. keywords: [attention, transformers]',
  year: 'write the year as a number, e.g. year: 2024',
};

function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return `a list ${preview(JSON.stringify(value), 60)}`;
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') return `the text ${preview(value, 60)}`;
  return `${typeof value} ${preview(String(value), 60)}`;
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), data);
}

/** zod's type names in a contributor's words. */
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  array: 'a list, e.g. [a, b]',
  object: 'a group of indented "key: value" lines',
  boolean: 'true or false',
  date: 'a date written as YYYY-MM-DD',
};

function expectation(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const what = TYPE_WORDS[issue.expected] ?? `a value of type ${issue.expected}`;
      return issue.received === 'undefined' ? `${what} (the field is required)` : what;
    }
    case 'unrecognized_keys':
      return `only the known fields (${issue.keys.map((k) => `"${k}"`).join(', ')} ${issue.keys.length === 1 ? 'is' : 'are'} not one)`;
    case 'invalid_date':
      return 'a date written as YYYY-MM-DD';
    case 'too_small':
      return issue.type === 'string' ? 'a non-empty value' : issue.message;
    default:
      return issue.message;
  }
}

/** Turns zod's issues into problems a contributor can act on: file, field, expected, found, hint. */
export function friendlyZodProblems(error: ZodError, data: unknown, file: string): ContentProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined) || '(frontmatter)';
    const top = String(issue.path[0] ?? field);
    return {
      file,
      field,
      expected: expectation(issue),
      found: issue.code === 'unrecognized_keys' ? `the field "${issue.keys.join('", "')}"` : describe(valueAt(data, issue.path)),
      hint:
        issue.code === 'unrecognized_keys'
          ? `check the spelling against the fields listed in CONTRIBUTING.md, or remove it`
          : HINTS[top] ?? 'see the field list in CONTRIBUTING.md',
    };
  });
}
