import { findUntrustedMdx } from '../content/mdx-policy.ts';
import { asFindings, type CheckContext, type Finding } from './types.ts';

/**
 * `npm run check`'s untrusted-MDX check: the MDX policy (src/content/mdx-policy.ts) over
 * every entry, valid frontmatter or not, and over the entries ingest would create from
 * seeds/: a seed line must not turn into code either.
 */
export function checkMdxSafety({ files, ingest }: CheckContext): Finding[] {
  const onDisk = files.filter((f) => /\.mdx?$/.test(f.name)).flatMap((f) => asFindings(findUntrustedMdx(f.text, f.path), 'untrusted-mdx'));
  const report = ingest();
  const fromSeeds = Array.isArray(report)
    ? []
    : report.changes
        .filter((change) => change.kind === 'created')
        .flatMap((change) =>
          findUntrustedMdx(change.text, change.path).map((problem): Finding => ({
            ...problem,
            check: 'untrusted-mdx',
            level: 'error',
            found: `${problem.found} (in the entry ingest would write for ${change.reasons.join('; ')})`,
          })),
        );
  return [...onDisk, ...fromSeeds];
}
