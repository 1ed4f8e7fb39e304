import type { LoaderContext } from 'astro/loaders';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSchema } from '../../src/check/schema.ts';
import { formatProblem } from '../../src/content/content-error.ts';
import { paperSchema } from '../../src/content/paper-schema.ts';
import { paperLoader } from '../../src/render/papers-loader.ts';

/**
 * The check that guards the build (`npm run check`'s schema pass) and the build's own
 * reader (the paper loader, with Astro validating against the same collection schema)
 * must give every file the same verdict: a file the check passes must build with the
 * same fields, and a file the check refuses must stop the build. Each case pins the
 * verdict too, so both readers drifting the same wrong way fails as well.
 */
const BODY = '\n\nAn abstract with $x^2$ in it.\n';
const entry = (frontmatter: string) => `---\n${frontmatter}\n---${BODY}`;

const CASES: [name: string, text: string, verdict: 'accepted' | 'refused'][] = [
  ['a plain entry', entry('title: Plain\ntags: [lora]\nadded: 2026-11-26'), 'accepted'],
  ['a merge key', entry('title: Merged\nadded: 2026-11-26\n<<: { authors: [A. Person] }'), 'refused'],
  ['a merge key from an anchor', entry('base: &base { title: From an anchor }\n<<: *base\nadded: 2026-11-26'), 'refused'],
  ['an anchor and an alias', entry('title: &t Aliased\nadded: 2026-11-26\nauthors: [*t]'), 'refused'],
  [
    'an alias bomb',
    entry(
      'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n' +
        'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ntitle: Bomb\nadded: 2026-11-26\nauthors: *f',
    ),
    'refused',
  ],
  ['a duplicate key', entry('title: First\ntitle: Second\nadded: 2026-11-26'), 'refused'],
  ['a !!js/function tag', entry('title: !!js/function "function () { return 1 }"\nadded: 2026-11-26'), 'refused'],
  ['a !!str tag', entry('title: !!str Tagged\nadded: 2026-11-26'), 'refused'],
  ['a !!binary tag', entry('title: Binary\nadded: 2026-11-26\nauthors: [!!binary aGVsbG8=]'), 'refused'],
  ['YAML 1.1 booleans (yes/no/on stay text)', entry('title: yes\nadded: 2026-11-26\nauthors: [no, on, off]'), 'accepted'],
  ['a YAML 1.1 boolean where a number goes', entry('title: Year\nadded: 2026-11-26\nyear: on'), 'refused'],
  ['a date as the title (text in YAML 1.2)', entry('title: 2026-01-01\nadded: 2026-11-26'), 'accepted'],
  ['a byte-order mark', `\uFEFF${entry('title: With a BOM\nadded: 2026-11-26')}`, 'accepted'],
  ['CRLF line ends', entry('title: Windows\nadded: 2026-11-26\nauthors:\n  - A. Person').replaceAll('\n', '\r\n'), 'accepted'],
  ['--- inside a one-line quoted value', entry('title: "Before --- after"\nadded: 2026-11-26'), 'accepted'],
  ['--- on its own line inside a quoted value', entry('title: "Before\n---\nafter"\nadded: 2026-11-26'), 'refused'],
  ['a missing closing fence', `---\ntitle: Unclosed\nadded: 2026-11-26${BODY}`, 'refused'],
  ['text on the closing fence line', `---\ntitle: Glued\nadded: 2026-11-26\n---{1 + 1}${BODY}`, 'refused'],
  ['blank lines before the opening fence', `\n\n${entry('title: Late fence\nadded: 2026-11-26')}`, 'refused'],
  ['TOML frontmatter', `+++\ntitle = "TOML"\nadded = 2026-11-26\n+++${BODY}`, 'refused'],
  ['a tab indent', entry('title: Tabbed\nadded: 2026-11-26\nauthors:\n\t- A. Person'), 'refused'],
  ['a document end marker and a second document', entry('title: One\nadded: 2026-11-26\n...\ntitle: Two'), 'refused'],
  ['a list instead of fields', entry('- title: Listed\n- added: 2026-11-26'), 'refused'],
];

type Verdict = { verdict: 'accepted'; data: unknown } | { verdict: 'refused'; message: string };

function byCheck(text: string): Verdict {
  const { entries, findings } = checkSchema([{ name: 'case.mdx', path: 'content/papers/case.mdx', text }]);
  if (entries.length === 1 && findings.length === 0) return { verdict: 'accepted', data: entries[0]!.data };
  return { verdict: 'refused', message: findings.map(formatProblem).join('\n') };
}

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'entry-readers-'));
  mkdirSync(join(root, 'content', 'papers'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The build: the paper loader in a fresh store, Astro's parseData validating with the collection's schema. */
async function byBuild(text: string): Promise<Verdict> {
  rmSync(join(root, 'content', 'papers'), { recursive: true, force: true });
  rmSync(join(root, '.cache'), { recursive: true, force: true }); // the entry cache
  mkdirSync(join(root, 'content', 'papers'), { recursive: true });
  writeFileSync(join(root, 'content', 'papers', 'case.mdx'), text);
  const stored = new Map<string, unknown>();
  const context = {
    collection: 'papers',
    config: { root: pathToFileURL(`${root}/`) },
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    parseData: async ({ data }: { data: Record<string, unknown> }) => paperSchema.parse(data),
    generateDigest: (value: string) => String(value.length) + value.slice(-64),
    store: {
      get: () => undefined,
      set: (e: { id: string; data: unknown }) => (stored.set(e.id, e.data), true),
      keys: () => [],
      delete: () => undefined,
    },
  } as unknown as LoaderContext;
  try {
    await paperLoader({ base: 'content/papers' }).load(context);
  } catch (error) {
    return { verdict: 'refused', message: String(error) };
  }
  return { verdict: 'accepted', data: stored.get('case') };
}

describe('npm run check and the build read an entry alike', () => {
  it.each(CASES)('%s', async (_name, text, verdict) => {
    const check = byCheck(text);
    const build = await byBuild(text);
    expect(check.verdict, `check: ${JSON.stringify(check)}`).toBe(verdict);
    expect(build.verdict, `build: ${JSON.stringify(build)}`).toBe(verdict);
    if (check.verdict === 'accepted' && build.verdict === 'accepted') expect(build.data).toEqual(check.data);
  });
});
