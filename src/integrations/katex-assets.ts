import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Ships KaTeX's stylesheet and its WOFF2 fonts under /katex/ so that only pages with
 * math link them. Older font formats are dropped: every browser we serve reads WOFF2.
 */
export default function katexAssets(): AstroIntegration {
  return {
    name: 'paper-atlas:katex-assets',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const katexDist = join(dirname(createRequire(import.meta.url).resolve('katex/package.json')), 'dist');
        const out = join(fileURLToPath(dir), 'katex');
        mkdirSync(join(out, 'fonts'), { recursive: true });
        const css = readFileSync(join(katexDist, 'katex.min.css'), 'utf8').replace(/,url\(fonts\/[^)]+\.(woff|ttf)\) format\("(woff|truetype)"\)/g, '');
        writeFileSync(join(out, 'katex.min.css'), css);
        for (const font of readdirSync(join(katexDist, 'fonts')).filter((f) => f.endsWith('.woff2'))) {
          copyFileSync(join(katexDist, 'fonts', font), join(out, 'fonts', font));
        }
      },
    },
  };
}
