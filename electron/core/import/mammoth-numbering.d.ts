// The number formats of Word's lists, in the patched mammoth (patches/mammoth+1.13.0.patch), which
// numbers list items with them; notes are numbered with the same.
declare module 'mammoth/lib/docx/numbering-xml.js' {
  /** `value` in a w:numFmt: "decimal", "lowerRoman" ("iv"), "upperLetter" ("D"), "decimalZero" ("04")…; others as decimal. */
  export function formatNumber(value: number, numFmt: string): string;
}
