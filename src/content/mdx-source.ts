import { findFrontmatter } from './entry-file.ts';

/**
 * What the MDX parser reads of an entry: the file with its frontmatter blanked out, so
 * lines and columns match the file. The block is the one src/content/entry-file.ts
 * finds (one fence rule for every reader); a file that opens with `+++` is marked so the
 * policy can name TOML, which no reader takes.
 */
export interface MdxSource {
  /** Raw frontmatter text, without its delimiters ('' when there is none). */
  frontmatter: string;
  /** `---` (YAML), `+++` (TOML, not read as frontmatter) or undefined when the file has no frontmatter. */
  delimiter: '---' | '+++' | undefined;
  /** 1-based line of the frontmatter's first line (2: the fence is line 1); line `startLine + i` holds `frontmatter.split('\n')[i]`. */
  startLine: number;
  /** The text MDX parses: the frontmatter block replaced by spaces, line ends kept. */
  content: string;
}

export function mdxSource(code: string): MdxSource {
  const block = findFrontmatter(code);
  if (!block) return { frontmatter: '', delimiter: /^\uFEFF?\+\+\+\r?\n/.test(code) ? '+++' : undefined, startLine: 1, content: code };
  const blanked = code.slice(0, block.end).replace(/[^\r\n]/g, ' ');
  return { frontmatter: block.frontmatter, delimiter: '---', startLine: 2, content: blanked + code.slice(block.end) };
}
