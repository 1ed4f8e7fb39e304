/** One topic of the vocabulary in `content/topics.yaml`. */
export interface Topic {
  /** URL-safe id, also the tag written into frontmatter, e.g. `lora`. */
  slug: string;
  /** Display name, e.g. `LoRA`. */
  name: string;
  /** One line telling a reader what belongs here. */
  description: string;
  /** Other names and abbreviations readers search for, e.g. `low-rank adaptation`. */
  aliases: string[];
  /** Extra regular expressions (source text, case-insensitive) that count as evidence. */
  patterns: string[];
  /**
   * Names that count only when they appear in a title: words too common in abstracts
   * to be evidence there (e.g. `graph`, which abstracts also use for computation graphs).
   */
  titleAliases?: string[];
  /** Slug of the broader topic, e.g. `parameter-efficient-fine-tuning` for `lora`. */
  parent?: string;
}

/** What tagging reads of a paper. */
export interface TagInput {
  /** Stable id: the entry's slug. */
  id: string;
  title: string;
  /** Plain-text abstract (MDX escapes removed). */
  abstract: string;
  /** The authors' own keywords, when the entry has some: evidence for topics. */
  keywords?: readonly string[];
}

/** Why a paper carries a tag: the phrase that matched and where. */
export interface TagEvidence {
  tag: string;
  /** The words in the paper that matched, as written there. */
  phrase: string;
  where: 'title' | 'abstract' | 'keywords' | 'parent' | 'neighbours';
}

export interface DerivedTags {
  /** Tag slugs, most certain first. */
  tags: string[];
  evidence: TagEvidence[];
}
