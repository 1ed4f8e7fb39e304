import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFile } from './types.ts';
import { PAPERS_DIR } from '../content/paths.ts';

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
