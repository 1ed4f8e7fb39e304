import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_DIR } from '../content/paths.ts';
import { PAGE_REUSE_ENV, paperPageFile, type ReuseDecisions, type ReusePlan } from '../render/page-reuse.ts';
import { deleteInBackground } from '../content/delete-in-background.ts';
import { trashName } from './clear-output.ts';

/** The files besides src/ whose text shapes every page. */
const CODE_FILES = ['astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/** Every file under `dir`, relative to `root`, sorted. */
function filesUnder(root: string, dir: string): string[] {
  try {
    return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
      .sort();
  } catch {
    return [];
  }
}

/**
 * A digest of all the code that shapes a page: every file under src/ (pages, layouts,
 * components, styles, the modules they import), Astro's configuration, the package
 * versions and the TypeScript settings, with the site's URL and base and the Node version
 * (its ICU sorts and formats what pages show). Coarser than the
 * renderer's fingerprint on purpose: a page kept from the last build is only as right as
 * the code that wrote it, so any change to the site's code renders every page again.
 */
export function codeFingerprint(root: string, site: string, base: string, node: string = process.version): string {
  const hash = createHash('sha256').update(`${site}\n${base}\n${node}\n`);
  for (const path of [...filesUnder(root, 'src'), ...CODE_FILES]) {
    hash.update(`${path}\n`);
    try {
      hash.update(readFileSync(join(root, path)));
    } catch {
      // a missing file counts as empty
    }
    hash.update('\0');
  }
  return hash.digest('base64url');
}

/** What a build leaves for the next: the code it ran and each paper page's digest. */
interface PagesRecord {
  fingerprint: string;
  digests: Record<string, string>;
}

function readRecord(file: string): PagesRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<PagesRecord>;
    return typeof record.fingerprint === 'string' && record.digests && typeof record.digests === 'object' ? (record as PagesRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** Where the previous build's output waits while pages are written: a sibling of the output folder. */
export function previousName(outDir: string): string {
  return join(dirname(outDir), `${basename(outDir)}.previous`);
}

/**
 * Keeps the paper pages a rebuild would write again byte for byte. At the start of a build
 * whose code is the last build's (`codeFingerprint`), the last output is moved aside
 * whole; the paper route (src/pages/papers/[slug].astro) then renders only the pages whose
 * inputs (`paperPageInputs`) changed, and once Astro has written them this moves the others
 * back, lists their URLs for the sitemap (`keptUrls`, given to @astrojs/sitemap as custom
 * pages), and records every page's digest for the next build. Every other route renders
 * each time. It must be the first build step that moves dist/ (keepSearchBundle, before it,
 * takes out only the search bundle): clearOutput then finds no output to clear,
 * and the steps after it (search index, service worker) see every page.
 */
export default function reusePages(keptUrls: string[]): AstroIntegration {
  let root = '';
  let outDir = '';
  let siteRoot = '';
  let fingerprint = '';
  let deploysFromGit = false;
  const recordFile = () => join(root, CACHE_DIR, 'pages.json');
  const planFile = () => join(root, CACHE_DIR, 'pages-plan.json');
  const decisionsFile = () => join(root, CACHE_DIR, 'pages-decisions.json');
  return {
    name: 'paper-atlas:reuse-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        // as @astrojs/sitemap writes a page's URL: the base, as a folder, on the site
        const url = new URL(config.base, config.site ?? 'http://localhost/');
        if (!url.pathname.endsWith('/')) url.pathname += '/';
        siteRoot = url.href;
        fingerprint = codeFingerprint(root, config.site ?? '', config.base);
        // a deploy checkout inside dist/ keeps Astro's own way of emptying it (clear-output.ts)
        deploysFromGit = existsSync(join(outDir, '.git'));
      },
      'astro:build:start': () => {
        if (!outDir || deploysFromGit) return;
        const previousDir = previousName(outDir);
        if (existsSync(previousDir)) {
          // a build cut short left it: its pages may be of any build, so none is kept
          const trash = trashName(outDir, Date.now());
          renameSync(previousDir, trash);
          deleteInBackground([trash]);
        }
        const record = readRecord(recordFile());
        const reusable = record?.fingerprint === fingerprint && existsSync(outDir);
        if (reusable) renameSync(outDir, previousDir);
        const plan: ReusePlan = { previousDir, outDir, previous: reusable ? record.digests : {}, decisionsFile: decisionsFile() };
        mkdirSync(dirname(planFile()), { recursive: true });
        rmSync(decisionsFile(), { force: true });
        writeFileSync(planFile(), JSON.stringify(plan));
        process.env[PAGE_REUSE_ENV] = planFile();
      },
      'astro:build:done': ({ logger }) => {
        if (!process.env[PAGE_REUSE_ENV]) return;
        delete process.env[PAGE_REUSE_ENV];
        const previousDir = previousName(outDir);
        let decisions: ReuseDecisions;
        try {
          decisions = JSON.parse(readFileSync(decisionsFile(), 'utf8')) as ReuseDecisions;
        } catch {
          decisions = { digests: {}, kept: [] }; // no paper route ran (a catalog without papers)
        }
        const made = new Set<string>();
        for (const id of decisions.kept) {
          moveBack(paperPageFile(previousDir, id), paperPageFile(outDir, id), made);
          keptUrls.push(new URL(`papers/${id}/`, siteRoot).href);
        }
        writeFileSync(recordFile(), JSON.stringify({ fingerprint, digests: decisions.digests } satisfies PagesRecord));
        rmSync(planFile(), { force: true });
        rmSync(decisionsFile(), { force: true });
        if (existsSync(previousDir)) {
          // the pages not kept: deleted as clear-output.ts deletes a whole previous build
          const trash = trashName(outDir, Date.now());
          renameSync(previousDir, trash);
          deleteInBackground([trash]);
        }
        const total = Object.keys(decisions.digests).length;
        logger.info(`${decisions.kept.length} of ${total} paper pages kept from the last build (unchanged content and code), ${total - decisions.kept.length} rendered`);
      },
    },
  };
}

/**
 * Moves a kept page from the last build's folder to this one's: its whole folder in one
 * step when Astro wrote nothing there and the page is all it holds (a mkdir and a rename
 * per page took 1.8 s at 10,000 papers), else the file alone. `made`: folders known to exist.
 */
function moveBack(from: string, to: string, made: Set<string>): void {
  const fromDir = dirname(from);
  const toDir = dirname(to);
  const parent = dirname(toDir);
  if (!made.has(parent)) {
    mkdirSync(parent, { recursive: true });
    made.add(parent);
  }
  if (!existsSync(toDir) && readdirSync(fromDir).length === 1) {
    renameSync(fromDir, toDir);
    return;
  }
  mkdirSync(toDir, { recursive: true });
  renameSync(from, to);
}
