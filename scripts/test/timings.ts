// Vitest reporter used by `npm test` (scripts/test.ts): writes, per project, every test file's
// counts and time to test-results/<project>.timings.json, for the summary table printed at the
// end. A file that fails to load counts as failed even though it ran no test.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export interface FileTiming {
  file: string;
  /** Preparing, importing and running the file (hooks included), in seconds. */
  seconds: number;
  passed: number;
  failed: number;
  skipped: number;
  /** The file itself failed (an import or hook error), whatever its tests did. */
  broken: boolean;
}

export interface ProjectTimings {
  files: FileTiming[];
  /** Errors raised outside any test (unhandled rejections, worker crashes). */
  unhandledErrors: number;
}

export const timingsFile = (project: string) => `test-results/${project}.timings.json`;

export default class TimingsReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>) {
    const byProject = new Map<string, ProjectTimings>();
    for (const m of modules) {
      const d = m.diagnostic();
      const row: FileTiming = {
        file: relative(process.cwd(), m.moduleId),
        seconds: (d.prepareDuration + d.collectDuration + d.setupDuration + d.duration) / 1000,
        passed: 0,
        failed: 0,
        skipped: 0,
        broken: m.state() === 'failed' && m.errors().length > 0,
      };
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') row.passed++;
        else if (state === 'failed') row.failed++;
        else row.skipped++;
      }
      const project = m.project.name;
      if (!byProject.has(project)) byProject.set(project, { files: [], unhandledErrors: 0 });
      byProject.get(project)!.files.push(row);
    }
    for (const [project, timings] of byProject) {
      timings.unhandledErrors = unhandledErrors.length;
      writeFileSync(timingsFile(project), JSON.stringify(timings, null, 1));
    }
  }
}
