// The part of JSCAD's modeling API that designs and kit use, imported function by function.
// @jscad/modeling is CommonJS, and its main module gathers the whole library in one object that
// no bundler can trim: imported whole it put 170 kB (58 kB gzip) in the browser's worker, these
// files about 65 kB. Node's ESM loader only sees a CommonJS module's default export, so each
// module is taken as its default and typed from its own declarations.
// A design that needs another JSCAD function adds it here, to the namespace it belongs to.
import type * as Geom2Module from '@jscad/modeling/src/geometries/geom2';
import type * as Geom3Module from '@jscad/modeling/src/geometries/geom3';
import type * as Poly3Module from '@jscad/modeling/src/geometries/poly3';
import type * as Mat4Module from '@jscad/modeling/src/maths/mat4';
import type * as RotateModule from '@jscad/modeling/src/operations/transforms/rotate';
import type * as TranslateModule from '@jscad/modeling/src/operations/transforms/translate';
import geom2Default from '@jscad/modeling/src/geometries/geom2/index.js';
import geom3Default from '@jscad/modeling/src/geometries/geom3/index.js';
import poly3Default from '@jscad/modeling/src/geometries/poly3/index.js';
import mat4Default from '@jscad/modeling/src/maths/mat4/index.js';
import rotateDefault from '@jscad/modeling/src/operations/transforms/rotate.js';
import translateDefault from '@jscad/modeling/src/operations/transforms/translate.js';
import circle from '@jscad/modeling/src/primitives/circle.js';
import cuboid from '@jscad/modeling/src/primitives/cuboid.js';
import polygon from '@jscad/modeling/src/primitives/polygon.js';
import rectangle from '@jscad/modeling/src/primitives/rectangle.js';
import vectorText from '@jscad/modeling/src/text/vectorText.js';

const geom2 = geom2Default as unknown as typeof Geom2Module;
const geom3 = geom3Default as unknown as typeof Geom3Module;
const poly3 = poly3Default as unknown as typeof Poly3Module;
const mat4 = mat4Default as unknown as typeof Mat4Module;
const { rotateZ } = rotateDefault as unknown as typeof RotateModule;
const { translate } = translateDefault as unknown as typeof TranslateModule;

export const geometries = { geom2, geom3, poly3 };
export const maths = { mat4 };
export const primitives = { circle, cuboid, polygon, rectangle };
export const text = { vectorText };
export const transforms = { rotateZ, translate };
export type { Geom2, Geom3 } from '@jscad/modeling/src/geometries/types';
