// Content tests for the JS/TS frameworks: their paths (`migrations/*.js`) say nothing about which library
// wrote the file, so each reader looks for its own calls next to an exported `up`.

/** A JavaScript or TypeScript source file, not a declaration file. */
export function isScriptPath(path: string): boolean {
  return /\.[cm]?[jt]s$/i.test(path) && !/\.d\.[cm]?ts$/i.test(path);
}

/** The file exports or defines an `up` migration step in any of the spellings the readers follow. */
export const EXPORTS_UP =
  /\bexports\.up\s*=|\bexport\s+(?:async\s+)?function\s+up\b|\bexport\s+const\s+up\b|\bup\s*:|(?:^|[\s;{}])(?:public\s+|async\s+)*up\s*\(/m;
