import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a built site weighs: bytes of file content, files, and HTML pages among them. */
export interface DirSize {
  bytes: number;
  files: number;
  html: number;
}

/** The size of everything under `dir` (all zero when it does not exist). */
export function sizeOf(dir: string): DirSize {
  const size: DirSize = { bytes: 0, files: 0, html: 0 };
  if (!existsSync(dir)) return size;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    size.bytes += statSync(join(entry.parentPath, entry.name)).size;
    size.files += 1;
    if (entry.name.endsWith('.html')) size.html += 1;
  }
  return size;
}
