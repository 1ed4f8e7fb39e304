import YAML from 'yaml';
import { ContentError } from './content-error.ts';

/** A paper entry split into its frontmatter and body, exactly as on disk. */
export interface EntryFile {
  /** Parsed frontmatter (unvalidated). */
  data: Record<string, unknown>;
  /** The frontmatter text between the `---` fences. */
  frontmatter: string;
  /** Everything after the closing fence, without the blank line ingest puts there. */
  body: string;
}

const FENCED = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

export function parseEntry(text: string, file: string): EntryFile {
  const match = FENCED.exec(text);
  if (!match) {
    throw new ContentError([
      {
        file,
        line: 1,
        expected: 'a frontmatter block opened and closed by lines of three dashes ("---")',
        found: text.trim() === '' ? 'an empty file' : 'no such block',
        hint: 'start the file with "---", the YAML fields, and "---", then the abstract; see CONTRIBUTING.md',
      },
    ]);
  }
  const frontmatter = match[1]!;
  const doc = YAML.parseDocument(frontmatter, { prettyErrors: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new ContentError([
      {
        file,
        line: (error.linePos?.[0].line ?? 0) + 1, // +1 for the opening fence
        expected: 'valid YAML frontmatter',
        found: error.message.split('\n')[0] ?? 'a YAML syntax error',
        hint: 'quote values that contain ":" or start with a special character, e.g. title: "Title: Subtitle"',
      },
    ]);
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError([
      { file, line: 2, expected: 'frontmatter fields as "key: value" lines', found: 'no fields', hint: 'add at least "title:" and "added:"' },
    ]);
  }
  return { data: data as Record<string, unknown>, frontmatter, body: match[2]!.replace(/^\r?\n/, '') };
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
  const match = FENCED.exec(text);
  if (!match) return text;
  const frontmatter = match[1]!;
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
