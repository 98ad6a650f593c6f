/** scripts/ascii-js.mjs: a JavaScript text with its non-ASCII characters escaped where that changes nothing; `left` counts the rest. */
export function asciiOnly(text: string): { text: string; left: number };
