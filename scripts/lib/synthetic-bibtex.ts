/**
 * A synthetic BibTeX file for `npm run bench:import`: the synthetic catalog's titles and
 * abstracts dressed as the exporters write them, in turn (Zotero Better BibTeX, Google
 * Scholar, arXiv, DBLP, ACM), with made-up authors, some with LaTeX accents, `@string`
 * venues and a month macro. Deterministic: the same papers and seed give the same file.
 */
import { mulberry32 } from '../../src/shared/prng.ts';
import type { SyntheticPaper } from './synthetic-catalog.ts';

const GIVEN = ['Ashish', 'Noam', 'J{\\"o}rg', 'Mar{\\\'\\i}a', 'Yarin', 'Zoubin', 'Chen', 'Wei', 'Fran{\\c c}ois', 'Ada', 'Alan', 'Emily M.', 'Kaiming', 'Ilya', '{\\L}ukasz'];
const FAMILY = ['Vaswani', 'Shazeer', 'M{\\"u}ller', 'Garc{\\\'\\i}a', 'Gal', 'Ghahramani', 'Li', 'Zhang', 'Chollet', 'Lovelace', 'Turing', 'Bender', 'He', 'Sutskever', 'Kaiser', 'van der Maaten', 'Smith', 'Wang', 'Kim', 'Nguyen'];

/** BibTeX's specials in running text: escaped, and braces made round so every value stays balanced. */
function bibText(text: string): string {
  return text.replace(/[{}]/g, (ch) => (ch === '{' ? '(' : ')')).replace(/[~^\\]/g, ' ').replace(/([%&#_])/g, '\\$1');
}

export function syntheticBibtex(papers: readonly SyntheticPaper[], seed = 13): string {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const out = ['@string{neurips = "Advances in Neural Information Processing Systems"}', '@string{icml = "International Conference on Machine Learning"}', '@comment{synthetic benchmark file}', ''];
  papers.forEach((paper, index) => {
    const authors = Array.from({ length: 2 + Math.floor(random() * 7) }, () => `${pick(FAMILY)}, ${pick(GIVEN)}`);
    const year = 2015 + (index % 10);
    const title = bibText(paper.title);
    const abstract = bibText(paper.abstract);
    const key = `paper${index}`;
    switch (index % 5) {
      case 0: // Zotero Better BibTeX
        out.push(`@inproceedings{${key},\n  title = {${title.replace(/\b([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\b/g, '{{$1}}')}},\n  booktitle = {Advances in {{Neural Information Processing Systems}}},\n  author = {${authors.join(' and ')}},\n  date = {${year}-0${1 + (index % 9)}},\n  abstract = {${abstract}},\n  keywords = {synthetic,benchmark},\n  file = {/home/ada/Zotero/storage/${key}.pdf}\n}\n`);
        break;
      case 1: // Google Scholar
        out.push(`@article{${key},\n  title={${title}},\n  author={${authors.join(' and ')}${random() < 0.3 ? ' and others' : ''}},\n  journal={Journal of Synthetic Research},\n  volume={${index % 40}},\n  pages={1--${10 + (index % 30)}},\n  year={${year}}\n}\n`);
        break;
      case 2: // arXiv
        out.push(`@misc{${key},\n      title={${title}},\n      author={${authors.map((a) => a.split(', ').reverse().join(' ')).join(' and ')}},\n      year={${year}},\n      eprint={${1500 + index % 900}.${String(10000 + index).slice(-5)}},\n      archivePrefix={arXiv},\n      primaryClass={cs.LG},\n      url={https://arxiv.org/abs/${1500 + index % 900}.${String(10000 + index).slice(-5)}},\n      abstract={${abstract}}\n}\n`);
        break;
      case 3: // DBLP
        out.push(`@inproceedings{DBLP:conf/icml/${key},\n  author       = {${authors.map((a) => a.split(', ').reverse().join(' ')).join(' and\n                  ')}},\n  title        = {${title}},\n  booktitle    = icml # " ${year}",\n  pages        = {${index}--${index + 9}},\n  year         = {${year}},\n  timestamp    = {Thu, 21 Jan 2021 15:15:21 +0100},\n  biburl       = {https://dblp.org/rec/conf/icml/${key}.bib},\n  bibsource    = {dblp computer science bibliography, https://dblp.org}\n}\n`);
        break;
      default: // ACM Digital Library
        out.push(`@article{10.1145/${1000000 + index},\nauthor = {${authors.join(' and ')}},\ntitle = {${title}},\nyear = {${year}},\npublisher = {Association for Computing Machinery},\nurl = {https://doi.org/10.1145/${1000000 + index}},\ndoi = {10.1145/${1000000 + index}},\nabstract = {${abstract}},\njournal = {Commun. ACM},\nmonth = ${pick(['jan', 'mar', 'jun', 'sep', 'dec'])},\npages = {84–90}\n}\n`);
    }
  });
  return out.join('\n');
}
