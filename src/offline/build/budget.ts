/**
 * The offline budget: how many bytes beyond the app shell a first visit stores. The one
 * place it is set: PAPER_ATLAS_OFFLINE_BUDGET_MB in the build's environment, else 10 MB.
 */
export const BUDGET_ENV = 'PAPER_ATLAS_OFFLINE_BUDGET_MB';
export const DEFAULT_BUDGET_MB = 10;

const MB = 1024 * 1024;

/** The budget in bytes from `env`; a value that is not a number ≥ 0 is an error naming the variable. */
export function offlineBudget(env: Record<string, string | undefined> = process.env): number {
  const raw = env[BUDGET_ENV];
  if (raw === undefined || raw.trim() === '') return DEFAULT_BUDGET_MB * MB;
  const mb = Number(raw);
  if (!Number.isFinite(mb) || mb < 0) {
    throw new Error(`${BUDGET_ENV} must be a number of megabytes ≥ 0 (e.g. 10 or 0.5), got ${JSON.stringify(raw)}. Hint: unset it for the default of ${DEFAULT_BUDGET_MB} MB.`);
  }
  return Math.round(mb * MB);
}
