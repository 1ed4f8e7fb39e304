import { findUntrustedMdx } from './untrusted-mdx.ts';
import { asFindings, type CheckContext, type Finding } from './types.ts';

/** The untrusted-MDX guard over every entry, valid frontmatter or not: nothing is compiled. */
export function checkUntrusted({ files }: CheckContext): Finding[] {
  return files.filter((f) => /\.mdx?$/.test(f.name)).flatMap((f) => asFindings(findUntrustedMdx(f.text, f.path), 'untrusted-mdx'));
}
