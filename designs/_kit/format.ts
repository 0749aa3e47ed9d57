import type { FormatId } from './define';
import type { ExportContext } from './evaluate';

/**
 * A file format: how to name it and write it from an evaluated model. The writers (template.ts,
 * pattern/formats.ts…) declare theirs against this; the registry (export.ts) lists them, so the
 * registry depends on the writers and never the reverse.
 */
export interface Format {
  id: FormatId;
  label: string;
  extension: string;
  mime: string;
  /** May be async: pdf-lib only serialises asynchronously. Callers always `await` it. */
  write(ctx: ExportContext): Uint8Array | Promise<Uint8Array>;
}
