/** Numbers as SVG attributes: two decimals at most, so the markup stays small. */
export const num = (v: number) => String(Math.round(v * 100) / 100);
/** A length in ems, as an SVG attribute. */
export const em = (v: number) => `${num(v)}em`;
