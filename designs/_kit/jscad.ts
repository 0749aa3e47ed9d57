// @jscad/modeling is CommonJS: Node's ESM loader only sees its default export, so the
// namespaces are taken from it here once, for designs and kit alike.
import type * as Modeling from '@jscad/modeling';
import modelingDefault from '@jscad/modeling';

const modeling = modelingDefault as unknown as typeof Modeling;
export const { booleans, expansions, extrusions, geometries, hulls, maths, measurements, primitives, text, transforms, utils } = modeling;
export type { Geom2, Geom3 } from '@jscad/modeling/src/geometries/types';
