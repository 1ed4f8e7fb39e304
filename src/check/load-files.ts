import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFile } from './types.ts';

/** The folder of paper entries, relative to the project root. */
export const PAPERS_DIR = 'content/papers';

/** Every file in `content/papers/` (not only `.mdx`: a misnamed file must be reported, not skipped). */
export function loadFiles(root: string): ContentFile[] {
  const dir = join(root, PAPERS_DIR);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => ({ name, path: `${PAPERS_DIR}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}
