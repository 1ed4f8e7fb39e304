import { createRequire } from 'node:module';
import YAML, { isAlias, isCollection, isScalar, LineCounter, type Node } from 'yaml';
import type { FrontmatterCache } from './frontmatter-cache.ts';
import { ContentError, type ContentProblem } from './content-error.ts';

/**
 * The one reader of entry files. `npm run check`, ingest, `npm run new`, the CSP step and
 * the build's paper loader (src/render/papers-loader.ts) all split a file and parse its
 * frontmatter here, so the check that guards the build and the build itself can never
 * read one file two ways.
 */

/** A paper entry split into its frontmatter and body, exactly as on disk. */
export interface EntryFile {
  /** Parsed frontmatter (unvalidated). */
  data: Record<string, unknown>;
  /** The frontmatter text between the `---` fences. */
  frontmatter: string;
  /** Everything after the closing fence, without the blank line ingest puts there. */
  body: string;
}

/**
 * The one fence rule: the file opens with a `---` line (after an optional byte-order
 * mark), and the first later line of three dashes (trailing blanks allowed) closes it.
 * LF or CRLF. No blank lines before it, no TOML (`+++`), and nothing on the closing line.
 */
const FENCED = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Where the frontmatter block sits in `text`: its YAML, and the offset just after the closing fence. */
export function findFrontmatter(text: string): { frontmatter: string; end: number } | undefined {
  const match = FENCED.exec(text);
  return match ? { frontmatter: match[1]!, end: match[0].length } : undefined;
}

/**
 * The YAML every entry is read with (the `yaml` package): YAML 1.2's core schema, so
 * `yes`, `no`, `on` and dates stay text (zod decides what a field takes), no `<<` merge
 * keys (`<<` is an ordinary key, which the schema refuses), a repeated key is an error.
 */
export const ENTRY_YAML = { version: '1.2', schema: 'core', merge: false, uniqueKeys: true, prettyErrors: true } as const;

/**
 * How this module reads frontmatter, for the cache of parsed frontmatter
 * (frontmatter-cache.ts): the YAML package's version, its options and `READER_REVISION`,
 * which is raised whenever `parseEntry` comes to check or read the YAML differently.
 */
const READER_REVISION = 1;
const yamlVersion = (createRequire(import.meta.url)('yaml/package.json') as { version: string }).version;
export const ENTRY_READER = `${READER_REVISION} yaml@${yamlVersion} ${JSON.stringify(ENTRY_YAML)}`;

/**
 * Anchors, aliases and tags: nothing an entry's plain fields need, and what makes one
 * YAML reader differ from another (an alias bomb, `!!js/function`, `!!binary`).
 */
function yamlFeature(node: Node): string | undefined {
  if (isAlias(node)) return `an alias (*${node.source})`;
  if ((isScalar(node) || isCollection(node)) && node.anchor) return `an anchor (&${node.anchor})`;
  if ((isScalar(node) || isCollection(node)) && node.tag) return `a tag (${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')})`;
  return undefined;
}

function problem(file: string, line: number, expected: string, found: string, hint: string): ContentError {
  return new ContentError([{ file, line, expected, found, hint } satisfies ContentProblem]);
}

/**
 * Splits an entry and parses its frontmatter, or says where and why it cannot. With a
 * `cache`, frontmatter parsed before (this very YAML text) is taken from it, and what is
 * parsed here is added to it.
 */
export function parseEntry(text: string, file: string, cache?: FrontmatterCache): EntryFile {
  const block = findFrontmatter(text);
  if (!block) {
    const toml = /^\uFEFF?\+\+\+\r?\n/.test(text);
    throw problem(
      file,
      1,
      'a frontmatter block opened and closed by lines of three dashes ("---")',
      text.trim() === '' ? 'an empty file' : toml ? 'TOML frontmatter (+++)' : 'no such block',
      'start the file with "---", the YAML fields, and "---", then the abstract; see CONTRIBUTING.md',
    );
  }
  const { frontmatter } = block;
  const body = () => text.slice(block.end).replace(/^\r?\n/, '');
  const known = cache?.get(frontmatter);
  if (known !== undefined) return { data: known, frontmatter, body: body() };
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(frontmatter, { ...ENTRY_YAML, lineCounter });
  const error = doc.errors[0] ?? doc.warnings[0];
  if (error) {
    throw problem(
      file,
      (error.linePos?.[0].line ?? 0) + 1, // +1 for the opening fence
      'valid YAML frontmatter',
      error.message.split('\n')[0] ?? 'a YAML syntax error',
      'quote values that contain ":" or start with a special character, e.g. title: "Title: Subtitle"; indent with spaces, not tabs',
    );
  }
  let feature: { what: string; offset: number } | undefined;
  YAML.visit(doc, {
    Node(_key, node) {
      const what = yamlFeature(node);
      if (!what) return undefined;
      feature = { what, offset: node.range?.[0] ?? 0 };
      return YAML.visit.BREAK;
    },
  });
  if (feature) {
    throw problem(
      file,
      lineCounter.linePos(feature.offset).line + 1,
      'plain YAML values',
      feature.what,
      'write each value out in full; entries use no anchors, aliases, merge keys or tags',
    );
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw problem(file, 2, 'frontmatter fields as "key: value" lines', 'no fields', 'add at least "title:" and "added:"');
  }
  cache?.set(frontmatter, data as Record<string, unknown>);
  return { data: data as Record<string, unknown>, frontmatter, body: body() };
}

const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/** One frontmatter line such as `tags: [lora, peft]`. */
export function tagsLine(tags: readonly string[]): string {
  return `tags: [${tags.join(', ')}]`;
}

/** A new entry's text: frontmatter in a fixed key order, a blank line, the body. */
export function serializeEntry(data: Record<string, unknown>, body: string): string {
  const { tags, ...rest } = data;
  const lines = YAML.stringify(rest, YAML_OPTIONS).trimEnd().split('\n');
  // tags go right under the title, in flow style, so a diff shows them on one line
  lines.splice(1, 0, tagsLine((tags as string[] | undefined) ?? []));
  return `---\n${lines.join('\n')}\n---\n\n${body.trimEnd()}\n`;
}

/** The YAML lines of one top-level field, as ingest writes it. */
export function renderField(key: string, value: unknown): string {
  if (key === 'tags') return tagsLine(value as string[]);
  return YAML.stringify({ [key]: value }, YAML_OPTIONS).trimEnd();
}

/**
 * Replaces one top-level field (or adds it under the title) and keeps every other byte
 * of a file a person may have edited: comments, quoting, key order, the body.
 */
export function replaceField(text: string, key: string, value: unknown): string {
  const block = findFrontmatter(text);
  if (!block) return text;
  const { frontmatter } = block;
  const start = text.indexOf(frontmatter);
  const lines = frontmatter.split('\n');
  const keyLine = new RegExp(`^${key}\\s*:`);
  const at = lines.findIndex((line) => keyLine.test(line));
  const rendered = renderField(key, value).split('\n');
  if (at === -1) {
    const titleAt = lines.findIndex((line) => /^title\s*:/.test(line));
    lines.splice(titleAt + 1, 0, ...rendered);
  } else {
    let end = at + 1;
    // a nested map, a block list or a wrapped flow list goes on in indented or "- " lines
    while (end < lines.length && /^(\s+\S|-(\s|$))/.test(lines[end]!)) end++;
    lines.splice(at, end - at, ...rendered);
  }
  return text.slice(0, start) + lines.join('\n') + text.slice(start + frontmatter.length);
}
