import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/check/run-check.ts';
import { addPaper, type NewPaper } from '../../src/contribute/new-paper.ts';
import { ContentError, formatProblem } from '../../src/content/content-error.ts';
import { PROJECT, removeTempProjects, tempProject } from '../check/support/temp-project.ts';

afterAll(removeTempProjects);

/** `npm run new -- …` on a throwaway project, without a terminal (as a script would run it). */
function run(root: string, ...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new-paper.ts', '--root', root, '--today', '2026-11-27', ...args], {
    cwd: PROJECT,
    encoding: 'utf8',
    input: '',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The errors `npm run check` would report. */
const checkErrors = (root: string) => runChecks(root).findings.filter((f) => f.level === 'error').map(formatProblem);

/** addPaper's refusal, as the messages the command prints. */
function refusal(root: string, paper: Partial<NewPaper>): string[] {
  try {
    addPaper(root, { title: '', abstract: '', links: [], versions: [], ...paper }, '2026-11-27');
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected addPaper to refuse');
}

const papers = (root: string) => readdirSync(join(root, 'content/papers')).sort();
const read = (root: string, name: string) => readFileSync(join(root, 'content/papers', name), 'utf8');

const TITLE = 'QLoRA: Efficient Finetuning of Quantized LLMs';
const ABSTRACT =
  'We present QLoRA, an efficient finetuning approach that reduces memory usage enough to finetune a 65B parameter model on a single 48GB GPU. QLoRA backpropagates gradients through a frozen, 4-bit quantized pretrained language model into low-rank adapters (LoRA). Code: https://github.com/artidoro/qlora.';
const PRUNING_TITLE = 'Magnitude Pruning Revisited';
const PRUNING =
  'Magnitude pruning is a strong baseline. We revisit network pruning of language models and explain when sparse subnetworks survive, and we prune {most} weights with <no> loss: 90% sparsity at $0$ cost.';

describe('npm run new with flags', () => {
  it('writes the entry with a stable slug, escaped abstract, today’s date, links and derived tags, and the check passes', () => {
    const root = tempProject();
    const { status, output } = run(root, '--title', TITLE, '--abstract', ABSTRACT, '--url', 'https://huggingface.co/timdettmers');
    expect(status).toBe(0);
    const text = read(root, 'qlora-efficient-finetuning-of-quantized-llms.mdx');
    // the tags are whatever the real tagger derives; the check below proves they are current
    const tags = /^tags: \[(.+)\]$/m.exec(text)![1]!;
    expect(text).toBe(`---\ntitle: "QLoRA: Efficient Finetuning of Quantized LLMs"\ntags: [${tags}]\nadded: 2026-11-27\nlinks:\n  - https://huggingface.co/timdettmers\n---\n\n${ABSTRACT}\n`);
    expect(output).toContain(`Added content/papers/qlora-efficient-finetuning-of-quantized-llms.mdx\n  tags: ${tags}\n`);
    expect(output).toContain('Next: npm run check, then npm run dev and open http://localhost:4321/papers/qlora-efficient-finetuning-of-quantized-llms/');
    expect(checkErrors(root)).toEqual([]);
  });

  it('escapes what MDX would read as code, so the entry holds the abstract as text', () => {
    const root = tempProject();
    addPaper(root, { title: PRUNING_TITLE, abstract: PRUNING, links: [], versions: [] }, '2026-11-27');
    expect(read(root, 'magnitude-pruning-revisited.mdx')).toContain('we prune \\{most\\} weights with \\<no\\> loss: 90% sparsity at \\$0\\$ cost.');
    expect(checkErrors(root)).toEqual([]);
  });

  it('reads a title line and an abstract line from a file, as in seeds/', () => {
    const root = tempProject();
    const file = join(root, 'paper.txt');
    writeFileSync(file, `\uFEFF${TITLE}\r\n${ABSTRACT}\r\n`);
    const { status, output } = run(root, '--from-file', file);
    expect(output).toContain('Added content/papers/qlora-efficient-finetuning-of-quantized-llms.mdx');
    expect(status).toBe(0);
    expect(read(root, 'qlora-efficient-finetuning-of-quantized-llms.mdx')).toContain(`title: "${TITLE}"`);
  });

  it('refuses a paper already in the catalog, by title, and writes nothing', () => {
    const root = tempProject();
    run(root, '--title', TITLE, '--abstract', ABSTRACT);
    const before = papers(root);
    const { status, output } = run(root, '--title', 'qlora: efficient fine-tuning of quantized LLMs', '--abstract', 'Another text entirely.');
    expect(status).toBe(1);
    expect(output).toBe(
      'npm run new: refused, nothing written (1 problem(s))\ncontent/papers/qlora-efficient-fine-tuning-of-quantized-llms.mdx, field "title": expected a paper not already in the catalog, found the same title as content/papers/qlora-efficient-finetuning-of-quantized-llms.mdx ("QLoRA: Efficient Finetuning of Quantized LLMs").\n  Hint: the paper is already there: see content/papers/qlora-efficient-finetuning-of-quantized-llms.mdx; to change its tags, edit pinnedTags or droppedTags in that file\n',
    );
    expect(papers(root)).toEqual(before);
  });

  it('refuses a near-duplicate abstract unless it is declared another version', () => {
    const root = tempProject();
    addPaper(root, { title: TITLE, abstract: ABSTRACT, links: [], versions: [] }, '2026-11-27');
    const revised = ABSTRACT.replace('We present', 'This journal version presents').replace('a single 48GB GPU', 'one 48GB GPU');
    expect(refusal(root, { title: 'QLoRA, extended', abstract: revised })).toEqual([
      'content/papers/qlora-extended.mdx, field "abstract": expected an abstract of its own (at most 20% of three-word phrases shared with another entry), found 75% of its phrases shared with content/papers/qlora-efficient-finetuning-of-quantized-llms.mdx ("QLoRA: Efficient Finetuning of Quantized LLMs").\n  Hint: if this is another version of that paper (preprint, journal or extended version), add --version-of qlora-efficient-finetuning-of-quantized-llms; if it is the same paper, it is already in the catalog',
    ]);
    expect(papers(root)).toHaveLength(1);

    addPaper(root, { title: 'QLoRA, extended', abstract: revised, links: [], versions: ['qlora-efficient-finetuning-of-quantized-llms'] }, '2026-11-27');
    expect(read(root, 'qlora-extended.mdx')).toContain('versions:\n  - qlora-efficient-finetuning-of-quantized-llms\n');
    expect(checkErrors(root)).toEqual([]);
  });

  it('refuses a link that is not an http(s) address, and a version that is no entry', () => {
    const root = tempProject();
    expect(refusal(root, { title: TITLE, abstract: ABSTRACT, links: ['javascript:alert(1)'], versions: ['no-such-paper'] })).toEqual([
      'content/papers/qlora-efficient-finetuning-of-quantized-llms.mdx, field "links": expected an absolute http(s) URL, found "javascript:alert(1)".\n  Hint: write the whole address, e.g. --url https://github.com/org/repo',
      'content/papers/qlora-efficient-finetuning-of-quantized-llms.mdx, field "versions": expected the slug of an entry in content/papers/, found "no-such-paper", which no entry has.\n  Hint: use the other entry’s file name without .mdx',
    ]);
    expect(papers(root)).toEqual([]);
  });

  it('writes an abstract that starts like MDX code as text, which the check accepts', () => {
    const root = tempProject();
    const abstract = "export const x = process.getBuiltinModule('node:fs') is how such code would look; we study export controls on model weights across many jurisdictions and years.";
    addPaper(root, { title: 'Export Controls', abstract, links: [], versions: [] }, '2026-11-27');
    expect(read(root, 'export-controls.mdx')).toContain("&#101;xport const x = process.getBuiltinModule('node:fs') is how");
    expect(checkErrors(root)).toEqual([]);
  });

  it('explains itself when a script gives neither flags nor a file', () => {
    const { status, output } = run(tempProject(), '--title', TITLE);
    expect(status).toBe(1);
    expect(output).toContain('npm run new: give --title and --abstract, or --from-file, when not in a terminal.');
  });
});
