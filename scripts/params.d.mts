export type ParamDefinitions = Record<string, { description: string; default: unknown } & Record<string, unknown>>;
export const PARAMS_FILE: string;
export function readParams(text: string): ParamDefinitions;
export function defaultsOf(defs: ParamDefinitions): Record<string, unknown>;
export function dataJsonText(defs: ParamDefinitions, currentText: string): string;
export function schemaText(defs: ParamDefinitions, currentText: string): string;
export function paramsProblems(root: string): string[];
