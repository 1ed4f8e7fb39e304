import { ContentError } from '../content/content-error.ts';
import { parseEntry } from '../content/entry-file.ts';
import type { PaperEntry } from '../content/read-entries.ts';
import { unescapeMdxText } from '../content/mdx-escape.ts';
import { paperSchema } from '../content/paper-schema.ts';
import { friendlyZodProblems } from '../content/friendly-error.ts';
import { asFindings, type ContentFile, type Finding } from './types.ts';

/**
 * Frontmatter against the zod schema, one file at a time, so one broken entry does not
 * hide the others' problems and the valid ones still reach the later checks.
 */
export function checkSchema(files: readonly ContentFile[]): { entries: PaperEntry[]; findings: Finding[] } {
  const entries: PaperEntry[] = [];
  const findings: Finding[] = [];
  for (const file of files.filter((f) => f.name.endsWith('.mdx'))) {
    try {
      const { data, body } = parseEntry(file.text, file.path);
      const parsed = paperSchema.safeParse(data);
      if (parsed.success) {
        entries.push({ slug: file.name.slice(0, -'.mdx'.length), path: file.path, text: file.text, data: parsed.data, body, abstract: unescapeMdxText(body).trim() });
      } else {
        findings.push(...asFindings(friendlyZodProblems(parsed.error, data, file.path), 'schema'));
      }
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      findings.push(...asFindings(error.problems, 'schema'));
    }
  }
  return { entries, findings };
}
