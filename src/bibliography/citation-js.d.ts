/** The part of citation.js's API the readers use (the packages ship no types). */
declare module '@citation-js/core' {
  export const plugins: {
    input: {
      chain(data: unknown, options?: { forceType?: string; generateGraph?: boolean; target?: string }): Record<string, unknown>[];
    };
  };
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
