import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deleteInBackground } from '../content/delete-in-background.ts';

/** Where the previous build's output waits to be deleted: a sibling of the output folder. */
export function trashName(outDir: string, stamp: number): string {
  return join(dirname(outDir), `${basename(outDir)}.trash-${stamp}`);
}

/** Trash folders of earlier builds next to `outDir` (left behind if a deletion was cut short). */
export function leftoverTrash(outDir: string): string[] {
  const prefix = `${basename(outDir)}.trash-`;
  try {
    return readdirSync(dirname(outDir)).filter((name) => name.startsWith(prefix)).map((name) => join(dirname(outDir), name));
  } catch {
    return [];
  }
}


/**
 * Empties the output folder without making the build wait: Astro deletes the previous
 * build file by file before it starts (tens of thousands of files for a large catalog,
 * seconds on some disks). This moves the old folder aside in one rename and deletes it
 * in the background while the new build runs. The result is the same: the build
 * starts from an empty output folder. A `.git` folder inside (a deploy checkout) keeps
 * Astro's own way, which spares it.
 */
export default function clearOutput(): AstroIntegration {
  let outDir = '';
  return {
    name: 'paper-atlas:clear-output',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        outDir = fileURLToPath(config.outDir);
        if (existsSync(join(outDir, '.git'))) return;
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:start': () => {
        if (!outDir || existsSync(join(outDir, '.git'))) return;
        const trash = leftoverTrash(outDir);
        if (existsSync(outDir)) {
          const aside = trashName(outDir, Date.now());
          renameSync(outDir, aside);
          trash.push(aside);
        }
        deleteInBackground(trash);
      },
    },
  };
}
