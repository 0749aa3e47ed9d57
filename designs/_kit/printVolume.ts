// The print volume every 3D design must fit, stated once: the design checks, the preview's bed,
// the tests and the docs (checked against these numbers) all read it from here.

/**
 * Width × depth × height in mm. The bed is the Prusa MK3S/MK4 bed that `plate.ts` cites
 * (250 × 210); the height, 210, lies between those printers' own (200 and 220 in the same
 * profile), so a part at the limit fits an MK4 but not an MK3S.
 */
export const PRINT_VOLUME_MM = [250, 210, 210] as const;

/** The bed alone, x × y in mm. */
export const PRINT_BED_MM = [PRINT_VOLUME_MM[0], PRINT_VOLUME_MM[1]] as const;
