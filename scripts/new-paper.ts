/**
 * `npm run new`: adds a paper to the catalog. In a terminal it asks for the title, the
 * abstract and optional links, or for a pasted bibliography entry; scripts pass flags instead:
 *
 *   npm run new -- --title "…" --abstract "…" [--url https://… …] [--version-of <slug>]
 *   npm run new -- --from-file paper.txt     (a title line, then an abstract line, as in seeds/)
 *   npm run new -- --bib paper.bib           (one BibTeX, CSL-JSON or RIS entry, through npm run import)
 *
 * It writes content/papers/<slug>.mdx, then runs ingest so the entry gets its derived
 * tags. `--root <dir>` works on another project folder; `--today YYYY-MM-DD` sets `added`.
 */
import { intro, isCancel, log, multiline, note, outro, select, text, confirm, cancel } from '@clack/prompts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addPaper, clashProblem, fieldProblems, findClash, oneLine, type Added, type NewPaper } from '../src/contribute/new-paper.ts';
import { ContentError, formatProblem } from '../src/content/content-error.ts';
import { readEntries } from '../src/content/read-entries.ts';
import { parseSeed } from '../src/ingest/parse-seed.ts';
import { summaryLine } from '../src/ingest/run-ingest.ts';
import { paperUrl } from '../src/shared/urls.ts';
import { catalogPaths } from '../src/content/paths.ts';
import { parseFlags, readCommandLine, UsageError } from './lib/command-line.ts';
import { entryProblems, importEntry, importOne } from '../src/contribute/import-one.ts';

const USAGE = `Usage: npm run new                      (asks in the terminal)
       npm run new -- --title "…" --abstract "…" [--url URL]… [--version-of SLUG]…
       npm run new -- --from-file paper.txt [--url URL]…
       npm run new -- --bib paper.bib`;

const values = readCommandLine('npm run new', USAGE.split('\n')[1]!.trim(), (args) => {
  const flags = parseFlags(
    {
      title: { type: 'string' },
      abstract: { type: 'string' },
      url: { type: 'string', multiple: true, default: [] },
      'from-file': { type: 'string' },
      bib: { type: 'string' },
      'version-of': { type: 'string', multiple: true, default: [] },
      root: { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    args,
  );
  if (flags.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.today)) throw new UsageError(`--today takes a date as YYYY-MM-DD, got '${flags.today}'`);
  return flags;
});

const root = resolve(values.root ?? process.cwd());
const today = values.today;
const links = values.url.flatMap((u) => u.split(/\s+/)).filter(Boolean);

function report(added: Added): string {
  const others = added.report.changes.filter((c) => c.path !== added.path);
  return [
    `Added ${added.path}`,
    `  tags: ${added.tags.length > 0 ? added.tags.join(', ') : '(none: pin one with pinnedTags, see CONTRIBUTING.md)'}`,
    ...(others.length > 0 ? [`  ingest also updated ${others.length} other entr${others.length === 1 ? 'y' : 'ies'}: ${others.map((c) => c.path).join(', ')}`] : []),
    `  ${summaryLine(added.report)}`,
    `Next: npm run check, then npm run dev and open http://localhost:4321${paperUrl(added.slug)}; commit ${others.length > 0 ? 'the changed files' : 'the new file'}.`,
  ].join('\n');
}

function refuse(error: unknown): never {
  if (!(error instanceof ContentError)) throw error;
  console.error(`npm run new: refused, nothing written (${error.problems.length} problem(s))\n${error.problems.map(formatProblem).join('\n')}`);
  process.exit(1);
}

function fromFlags(): NewPaper[] {
  if (values['from-file']) {
    const path = values['from-file'];
    const papers = parseSeed(readFileSync(path, 'utf8'), path);
    if (papers.length > 1 && links.length > 0) {
      throw new ContentError([{ file: path, expected: 'one paper when --url is given', found: `${papers.length} papers`, hint: 'add the links to each entry by hand, or one paper per file' }]);
    }
    return papers.map((p) => ({ title: p.title, abstract: p.abstract, links, versions: values['version-of'] }));
  }
  return [{ title: values.title ?? '', abstract: values.abstract ?? '', links, versions: values['version-of'] }];
}

const stop = (value: unknown): value is symbol => {
  if (isCancel(value)) cancel('Nothing written.');
  return isCancel(value);
};

/** What the messages call an entry pasted at the prompt. */
const PASTED = 'the pasted entry';

/** Asks whether the paper comes as a title and abstract or as a bibliography entry; the entry, when pasted. */
async function pastedEntry(): Promise<string | null | undefined> {
  const how = await select({
    message: 'What do you have of the paper?',
    options: [
      { value: 'text', label: 'Its title and abstract', hint: 'you type or paste each' },
      { value: 'entry', label: 'A bibliography entry', hint: 'BibTeX, RIS or CSL-JSON: Google Scholar’s “Cite → BibTeX”, Zotero’s “Export Item…”' },
    ],
  });
  if (stop(how)) return undefined;
  if (how === 'text') return null;
  const entry = await multiline({
    message: 'The entry (paste it; press Enter twice to finish)',
    validate: (value) => {
      const problem = entryProblems(value ?? '', PASTED)[0];
      return problem ? formatProblem(problem) : undefined;
    },
  });
  return stop(entry) ? undefined : entry;
}

async function interactive(): Promise<NewPaper | undefined> {
  const entries = readEntries(catalogPaths(root).papers);
  const title = await text({
    message: 'Title, as published',
    placeholder: 'LoRA: Low-Rank Adaptation of Large Language Models',
    ...(values.title ? { initialValue: values.title } : {}),
    validate: (value) => {
      const title = oneLine(value ?? '');
      if (title === '') return 'A title is needed.';
      const clash = findClash({ title, abstract: '', links: [], versions: [] }, entries);
      return clash ? `Already in the catalog: ${clash.entry.path}` : undefined;
    },
  });
  if (stop(title)) return undefined;
  const abstract = await multiline({
    message: 'Abstract (paste it; press Enter twice to finish)',
    ...(values.abstract ? { initialValue: values.abstract } : {}),
    validate: (value) => (oneLine(value ?? '') === '' ? 'An abstract is needed.' : undefined),
  });
  if (stop(abstract)) return undefined;
  const linkText = await text({
    message: 'Links to code, data or a project page (optional, separated by spaces)',
    placeholder: 'https://github.com/org/repo',
    defaultValue: links.join(' '),
    validate: (value) => {
      const problems = fieldProblems({ title: 'x', abstract: 'x', links: (value ?? '').split(/\s+/).filter(Boolean), versions: [] }, '');
      return problems[0] ? `Not an http(s) address: ${problems[0].found}` : undefined;
    },
  });
  if (stop(linkText)) return undefined;
  const paper: NewPaper = { title: oneLine(title), abstract: oneLine(abstract), links: linkText.split(/\s+/).filter(Boolean), versions: [...values['version-of']] };
  const clash = findClash(paper, entries);
  if (clash?.kind === 'abstract') {
    log.warn(`The abstract has ${clashProblem(clash, 'this paper').found}.`);
    const isVersion = await confirm({ message: `Is this another version of "${clash.entry.data.title}" (preprint, journal or extended version)?`, initialValue: false });
    if (stop(isVersion)) return undefined;
    if (!isVersion) {
      cancel('Nothing written: the catalog already holds this text. If it is the same paper, it is already there.');
      return undefined;
    }
    paper.versions.push(clash.entry.slug);
  }
  return paper;
}

if (values.help) {
  console.log(USAGE);
} else if (values.bib) {
  try {
    const added = importOne(root, resolve(values.bib), today);
    for (const warning of added.warnings) console.warn(`  warning: ${formatProblem(warning)}`);
    console.log(report(added));
  } catch (error) {
    refuse(error);
  }
} else if (!values['from-file'] && (values.title === undefined || values.abstract === undefined)) {
  if (!process.stdin.isTTY) {
    console.error(`npm run new: give --title and --abstract, or --from-file, when not in a terminal.\n${USAGE}`);
    process.exit(1);
  }
  intro('Add a paper to Paper Atlas');
  const entry = values.title === undefined && values.abstract === undefined ? await pastedEntry() : null;
  if (entry === undefined) process.exit(1);
  if (entry !== null) {
    try {
      const added = importEntry(root, PASTED, entry, today);
      for (const warning of added.warnings) log.warn(formatProblem(warning));
      note(report(added), 'Done');
      outro('Thank you for the paper!');
    } catch (error) {
      refuse(error);
    }
    process.exit(0);
  }
  let paper: NewPaper | undefined;
  try {
    paper = await interactive();
  } catch (error) {
    refuse(error);
  }
  if (paper === undefined) process.exit(1);
  try {
    const added = addPaper(root, paper, today);
    note(report(added), 'Done');
    outro('Thank you for the paper!');
  } catch (error) {
    refuse(error);
  }
} else {
  try {
    for (const paper of fromFlags()) console.log(report(addPaper(root, paper, today)));
  } catch (error) {
    refuse(error);
  }
}
