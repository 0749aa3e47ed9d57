// What JSCAD's SVG and DXF serializers take from @jscad/modeling, and nothing else: the site's
// build (astro.config.mjs) hands them this module instead of the library's main one, which
// gathers the whole library (about 35 kB gzip more in the browser's SVG/DXF writer). The same
// functions run, so the files are the CLI's, byte for byte (tests/browser/customizer-flat.test.ts).
// Node (the CLI, the build's own files) still loads the library whole.
import geom2 from '@jscad/modeling/src/geometries/geom2/index.js';
import geom3 from '@jscad/modeling/src/geometries/geom3/index.js';
import path2 from '@jscad/modeling/src/geometries/path2/index.js';
import vec3 from '@jscad/modeling/src/maths/vec3/index.js';
import measureBoundingBox from '@jscad/modeling/src/measurements/measureBoundingBox.js';
import generalize from '@jscad/modeling/src/operations/modifiers/generalize.js';
import flatten from '@jscad/modeling/src/utils/flatten.js';

export const geometries = { geom2, geom3, path2 };
export const maths = { vec3 };
export const measurements = { measureBoundingBox };
export const modifiers = { generalize };
export const utils = { flatten };
