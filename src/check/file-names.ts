import { slugify } from '../content/slug.ts';
import { SLUG_PATTERN } from '../content/paper-schema.ts';
import type { CheckContext, Finding } from './types.ts';
import { PAPERS_DIR } from '../content/paths.ts';

/** Files git or editors keep next to entries; not papers, not errors. */
const IGNORED = /^(\.gitkeep|\.DS_Store|README\.md)$/;

/**
 * The file name is the paper's URL: `<slug>.mdx`, a slug being lower-case ASCII words
 * joined by hyphens. Any other file in content/papers/ would be skipped by the site
 * without a word, so it is an error here.
 */
export function checkFileNames({ files, entries }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const file of files) {
    if (IGNORED.test(file.name)) continue;
    if (!file.name.endsWith('.mdx')) {
      findings.push({
        file: file.path, check: 'file-names', level: 'error',
        expected: 'a paper entry named <slug>.mdx',
        found: `a file ending in "${file.name.includes('.') ? file.name.slice(file.name.lastIndexOf('.')) : '(no extension)'}", which the site never reads`,
        hint: `rename it to end in .mdx, or move it out of ${PAPERS_DIR}/`,
      });
      continue;
    }
    const slug = file.name.slice(0, -'.mdx'.length);
    if (!SLUG_PATTERN.test(slug)) {
      const entry = entries.find((e) => e.path === file.path);
      findings.push({
        file: file.path, check: 'file-names', level: 'error',
        expected: 'a file name that is a slug: lower-case letters and digits joined by single hyphens, then .mdx',
        found: `the name ${JSON.stringify(file.name)}`,
        hint: entry ? `rename it to ${slugify(entry.data.title)}.mdx (what \`npm run new\` would call it)` : 'rename it, e.g. attention-is-all-you-need.mdx',
      });
    }
  }
  // A title edited after the entry was created keeps its old name (URLs are forever),
  // so a name that does not match the title is only worth a look, not an error.
  for (const entry of entries) {
    const expected = slugify(entry.data.title);
    if (!SLUG_PATTERN.test(entry.slug) || entry.slug === expected || entry.slug.startsWith(`${expected}-`)) continue;
    findings.push({
      file: entry.path, check: 'file-names', level: 'warning',
      expected: `a file name made from the title, ${expected}.mdx`,
      found: `${entry.slug}.mdx`,
      hint: 'for a new entry, rename the file (or use `npm run new`); a published entry keeps its name, since its URL must not change',
    });
  }
  return findings;
}
