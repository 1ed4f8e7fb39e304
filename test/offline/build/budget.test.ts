import { describe, expect, it } from 'vitest';
import { BUDGET_ENV, offlineBudget } from '../../../src/offline/build/budget.ts';

describe('offlineBudget', () => {
  it('is 10 MB unless the environment says otherwise', () => {
    expect(offlineBudget({})).toBe(10 * 1024 * 1024);
    expect(offlineBudget({ [BUDGET_ENV]: '' })).toBe(10 * 1024 * 1024);
  });
  it('reads megabytes, fractions and 0 included', () => {
    expect(offlineBudget({ [BUDGET_ENV]: '1' })).toBe(1024 * 1024);
    expect(offlineBudget({ [BUDGET_ENV]: '0.5' })).toBe(512 * 1024);
    expect(offlineBudget({ [BUDGET_ENV]: '0' })).toBe(0);
  });
  it('names the variable, the value and the fix when the value is no size', () => {
    expect(() => offlineBudget({ [BUDGET_ENV]: '10MB' })).toThrow(
      'PAPER_ATLAS_OFFLINE_BUDGET_MB must be a number of megabytes ≥ 0 (e.g. 10 or 0.5), got "10MB". Hint: unset it for the default of 10 MB.',
    );
    expect(() => offlineBudget({ [BUDGET_ENV]: '-3' })).toThrow(/got "-3"/);
  });
});
