/** The bytes of JSON's structure, shared by the readers that scan JSON Lines and JSON arrays from their bytes. */
export const LF = 0x0a;
export const CR = 0x0d;
export const TAB = 0x09;
export const SPACE = 0x20;
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;

/** JSON's white space: space, tab, LF and CR (not the other characters `String#trim` removes). */
export const isJsonWhiteSpace = (b: number): boolean => b === SPACE || b === LF || b === CR || b === TAB;
