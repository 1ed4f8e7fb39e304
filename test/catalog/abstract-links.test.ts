import { describe, expect, it } from 'vitest';
import { paperLinks } from '../../src/catalog/abstract-links.ts';

describe('paperLinks', () => {
  it('classifies code, model and project links and labels them for buttons', () => {
    const abstract = 'Code: https://github.com/apple/corenet. Models: https://huggingface.co/apple/OpenELM. Page: https://step-law.github.io/';
    expect(paperLinks(abstract)).toEqual([
      { url: 'https://github.com/apple/corenet', kind: 'code', label: 'GitHub · apple/corenet' },
      { url: 'https://huggingface.co/apple/OpenELM', kind: 'model', label: 'Models · apple/OpenELM' },
      { url: 'https://step-law.github.io/', kind: 'project', label: 'Project page · step-law.github.io' },
    ]);
  });

  it('lists each link once, abstract first, then extra links from frontmatter', () => {
    const links = paperLinks('https://github.com/a/b and https://github.com/a/b/', ['https://gitlab.com/c/d', 'https://github.com/a/b']);
    expect(links.map((l) => l.label)).toEqual(['GitHub · a/b', 'GitLab · c/d']);
  });

  it('drops the .git suffix from a repository label', () => {
    expect(paperLinks('https://github.com/Wizardcoast/Linear_Alignment.git.')[0]!.label).toBe('GitHub · Wizardcoast/Linear_Alignment');
  });
});
