// The design engine: what a design file imports.
export { defineDesign, DEFAULT_VARIANT, CUSTOM_VARIANT, type AnyDesign, type Design, type DesignSpec, type FormatId, type RunResult } from './define';
export { num, choice, bool, text, type Localized, type ParamSpec, type ParamSpecs, type Values } from './params';
export { union, subtract, translateSolid, transformSolid, extrude, polygon2, union2, subtract2, offset2, type Model, type Part, type Solid, type Shape } from './model';
export { paramError, type ParamError } from './messages';
