/**
 * Where a build step reports: Astro's integration logger when the step runs inside
 * `astro build`, or a command's console when it runs after Astro has exited
 * (src/integrations/finish-site.ts). Both print `[label] message` lines.
 */
export interface StepLogger {
  info(message: string): void;
  warn(message: string): void;
}
