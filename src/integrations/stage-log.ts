import type { AstroIntegration } from 'astro';
import { appendFileSync } from 'node:fs';

/**
 * Where a build spends its time, for `npm run bench`: when PAPER_ATLAS_STAGE_LOG names a
 * file, each timed step of the build appends one JSON line `{"stage", "start", "end"}`
 * (epoch milliseconds), so the benchmark can split wall time and peak memory by stage.
 * Without the variable this does nothing.
 */
export const STAGE_LOG_ENV = 'PAPER_ATLAS_STAGE_LOG';

export interface StageMark {
  stage: string;
  /** Epoch milliseconds. */
  start: number;
  end: number;
}

export function markStage(stage: string, start: number, end = Date.now()): void {
  const file = process.env[STAGE_LOG_ENV];
  if (!file) return;
  const mark: StageMark = { stage, start, end };
  appendFileSync(file, `${JSON.stringify(mark)}\n`);
}

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

/**
 * `integration` with its `astro:build:done` hook marked as `stage` once it has finished
 * (a failed step marks nothing), so the build steps themselves know nothing of the
 * benchmark: the wiring (buildSteps in src/integrations/paper-atlas.ts) names the stages.
 */
export function timedBuildDone(stage: string, integration: AstroIntegration): AstroIntegration {
  const done: BuildDone | undefined = integration.hooks['astro:build:done'];
  if (!done) return integration;
  const timed: BuildDone = async (params) => {
    const start = Date.now();
    await done(params);
    markStage(stage, start);
  };
  return { ...integration, hooks: { ...integration.hooks, 'astro:build:done': timed } };
}
