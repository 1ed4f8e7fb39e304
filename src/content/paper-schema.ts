import { z } from 'zod';

/** Lower-case ASCII words joined by single hyphens: the shape of every slug and tag. */
/** Years an entry may carry: early printed books to the near future (history of science and printing catalogs reach back centuries). */
export const YEARS = { min: 1000, max: 2100 } as const;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().regex(SLUG_PATTERN, 'a slug: lower-case letters and digits joined by single hyphens, e.g. "state-space-models"');

/**
 * Frontmatter of one paper entry in `content/papers/<slug>.mdx`.
 * Ingest writes `title`, `tags`, `source` and `added`; `npm run import` also writes the
 * bibliographic fields (authors to keywords); people may add or edit any of them.
 */
export const paperSchema = z
  .object({
    /** The paper's title as published; `$…$` spans render as math. */
    title: z.string().trim().min(1, 'a non-empty title'),
    /** Final topic tags (derived + pinned − dropped). Ingest rewrites this field, and only this one. */
    tags: z.array(slug).default([]),
    /** Tags a person insists on; ingest always keeps them in `tags`. Default: none. */
    pinnedTags: z.array(slug).default([]),
    /** Derived tags a person rejected; ingest keeps them out of `tags`. Default: none. */
    droppedTags: z.array(slug).default([]),
    /** Where ingest found the paper; absent for entries written by hand. */
    source: z
      .object({
        /** Seed file name inside `seeds/`. */
        file: z.string().min(1),
        /** 1-based position of the paper in that file. */
        position: z.number().int().positive(),
      })
      .strict()
      .optional(),
    /** Day the paper joined the catalog (YYYY-MM-DD); set once, never changed. */
    added: z.coerce.date(),
    /**
     * Authors in citation order, when known, each written as BibTeX names them: `Vaswani, Ashish`
     * (family first, the form import writes), `Ashish Vaswani`, or `{OpenAI}` for a name kept
     * whole; with an ORCID iD as `{ name: "Vaswani, Ashish", orcid: "0000-0002-1825-0097" }`. Default: none.
     */
    authors: z
      .array(
        z.union([
          z.string().trim().min(1),
          z.object({ name: z.string().trim().min(1), orcid: z.string().regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, 'an ORCID iD such as "0000-0002-1825-0097"') }).strict(),
        ]),
      )
      .default([]),
    /** The list of authors goes on beyond those in `authors` ("et al."). Default: false. */
    etAl: z.boolean().default(false),
    /** Publication year, when known. */
    year: z.number().int().min(YEARS.min).max(YEARS.max).optional(),
    /** Publication month, 1–12, when known. */
    month: z.number().int().min(1).max(12).optional(),
    /** Journal or proceedings the paper appeared in, as the bibliography names it, e.g. `Advances in Neural Information Processing Systems`. */
    venue: z.string().trim().min(1).optional(),
    /** What `venue` is: a journal or a conference; absent when not known. */
    venueType: z.enum(['journal', 'conference']).optional(),
    /** The paper's own page (publisher, proceedings), when known; `doi` and `arxiv` links are made from those fields. */
    url: z.string().url('an absolute http(s) URL').refine((u) => /^https?:/i.test(u), 'an http(s) URL').optional(),
    /** The authors' own keywords, as the bibliography gives them. Default: none. */
    keywords: z.array(z.string().trim().min(1)).default([]),
    /** arXiv identifier such as `2106.09685` or `hep-th/9901001`, when known. */
    arxiv: z
      .string()
      .regex(/^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/, 'an arXiv identifier such as "2106.09685"')
      .optional(),
    /** DOI such as `10.1000/xyz123`, when known. */
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'a DOI such as "10.1000/xyz123"').optional(),
    /** Extra links (code, project page) beyond those in the abstract. Default: none. */
    links: z.array(z.string().url('an absolute http(s) URL').refine((u) => /^https?:/i.test(u), 'an http(s) URL')).default([]),
    /** Slugs of entries that are other versions of the same work (declared near-duplicates). Default: none. */
    versions: z.array(slug).default([]),
  })
  .strict();

export type PaperFrontmatter = z.infer<typeof paperSchema>;
