// Reads network/production.csv: empty cells are absent, note_fr/note_en become one note.
import { csvParse } from 'd3-dsv';

export function productionRows(text: string): Record<string, unknown>[] {
  return csvParse(text).map((row) => {
    const entry: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row)) if (v !== undefined && v.trim() !== '' && !k.startsWith('note_')) entry[k] = v.trim();
    if (row.note_fr?.trim() || row.note_en?.trim()) entry.note = { fr: row.note_fr?.trim() ?? '', en: row.note_en?.trim() ?? '' };
    return entry;
  });
}
