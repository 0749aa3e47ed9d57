// The build plate the 3D preview draws under the model, and its grid: one definition for the
// scene (scene.ts) and for the legend and text alternative that state the grid's scale
// (Customizer.astro), so the words cannot drift from the lines.

import { PRINT_BED_MM } from '../../designs/_kit/printVolume';

/** Print bed, x × y in mm: the volume every design must fit. */
export const BED_MM = PRINT_BED_MM;
/** A grid square, in mm. */
export const GRID_MM = 10;
/** Every this many mm a grid line is drawn darker, to count squares at a glance. */
export const GRID_MAJOR_MM = 50;
