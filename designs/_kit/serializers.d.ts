// JSCAD's serializers ship without type declarations: the part of their API the kit uses.
declare module '@jscad/svg-serializer' {
  export function serialize(options: { unit?: string; decimals?: number }, ...objects: unknown[]): string[];
}
declare module '@jscad/dxf-serializer' {
  export function serialize(options: { geom2To?: 'lwpolyline' | 'polyline' }, ...objects: unknown[]): string[];
}
