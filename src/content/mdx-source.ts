/**
 * What Astro's MDX integration will compile from a file: the text with its frontmatter
 * blanked out. The guard must read exactly that region, so this repeats the rule of
 * `parseFrontmatter` in `@astrojs/markdown-remark` (the `empty-with-spaces` mode
 * `@astrojs/mdx` uses); test/content/mdx-source.test.ts compares the two on tricky input.
 */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
const DELIMITER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/;

export interface MdxSource {
  /** Raw frontmatter text, without its delimiters ('' when there is none). */
  frontmatter: string;
  /** `---` (YAML), `+++` (TOML) or undefined when the file has no frontmatter. */
  delimiter: '---' | '+++' | undefined;
  /** 1-based line of the opening delimiter; line `startLine + i` holds `frontmatter.split('\n')[i]`. */
  startLine: number;
  /** The text MDX compiles: frontmatter replaced by spaces, so lines and columns match the file. */
  content: string;
}

export function mdxSource(code: string): MdxSource {
  const match = FRONTMATTER.exec(code);
  if (!match) return { frontmatter: '', delimiter: undefined, startLine: 1, content: code };
  const frontmatter = match[1]!;
  const delimiter = DELIMITER.exec(code)?.[1] === '+++' ? '+++' : '---';
  const block = `${delimiter}${frontmatter}${delimiter}`;
  const startLine = code.slice(0, code.indexOf(block)).split('\n').length;
  const content = code.replace(block, `   ${frontmatter.replace(/[^\r\n]/g, ' ')}   `);
  return { frontmatter, delimiter, startLine, content };
}
