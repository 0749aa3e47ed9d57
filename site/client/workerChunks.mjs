// How Vite splits the design worker (site/client/design.worker.ts) into files. Each design is
// loaded on demand, as its own chunk; everything the designs share (the kit, shared data such as
// designs/sheet-formats.ts, zod, the JSCAD functions they use) goes into the worker's own file.
// Left to itself, Rollup would put the shared code in separate chunks that the browser only
// discovers after the design's chunk has arrived: on a slow 4G link (560 ms round trip) every
// such level delays the first preview by half a second.
const WORKER = '/site/client/design.worker.ts';
const DESIGN = /\/designs\/[^/_][^/]*\/design\.ts$/;
const OWN_FOLDER = /\/designs\/[^/_][^/]*\//;

/** @type {WeakMap<object, Set<string>>} modules of the worker's file, per build */
const builds = new WeakMap();

/** Rollup `output.manualChunks` for Vite's worker builds (`vite.worker.rollupOptions`). */
export function designWorkerChunks(id, { getModuleIds, getModuleInfo }) {
  let shared = builds.get(getModuleInfo);
  if (!shared) {
    const ids = [...getModuleIds()];
    const worker = ids.find((m) => m.endsWith(WORKER));
    shared = new Set(worker ? [worker] : []);
    if (worker) {
      const stack = ids.filter((m) => DESIGN.test(m));
      const seen = new Set(stack);
      while (stack.length) {
        for (const d of getModuleInfo(stack.pop())?.importedIds ?? []) if (!seen.has(d)) seen.add(d), stack.push(d);
      }
      for (const m of seen) if (!OWN_FOLDER.test(m)) shared.add(m);
    }
    builds.set(getModuleInfo, shared);
  }
  return shared.has(id) ? 'design.worker' : undefined;
}
