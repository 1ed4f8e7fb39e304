/**
 * Better BibTeX's parser in its verbatim mode: entries, `@string` macros, `#`
 * concatenation, month macros and `@comment`s, with field values left as LaTeX. It is
 * about forty times faster than the full parser, which runs a LaTeX grammar over every
 * field; import then sends only the fields it keeps, and only those holding LaTeX, through
 * the full parser (see read-bibtex.ts). Version 9 ships the verbatim parser but does not
 * export it, so it is loaded from beside the package's entry point.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface VerbatimEntry {
  type: string;
  key: string;
  /** Field names in lower case; values with macros resolved but LaTeX as written. */
  fields: Record<string, string>;
  /** The entry's source text; empty when the entry could not be parsed. */
  input: string;
}

export interface VerbatimLibrary {
  entries: VerbatimEntry[];
  errors: { error: string; input?: string }[];
  strings: Record<string, string>;
  comments: string[];
}

// the package's CommonJS build sits in a "type": "module" package, so only its ES build loads everywhere
const main = createRequire(import.meta.url).resolve('@retorquere/bibtex-parser');
const verbatim = (await import(pathToFileURL(join(dirname(main), '..', 'esm', 'verbatim.js')).href)) as {
  parse(input: string, options?: { strings?: Record<string, string> }): VerbatimLibrary;
};

/** Parses `input`; `strings` are `@string` macros defined elsewhere (the file's own win), as BibTeX reads several files. */
export function parseVerbatim(input: string, strings?: Readonly<Record<string, string>>): VerbatimLibrary {
  return verbatim.parse(input, strings ? { strings: { ...strings } } : {});
}
