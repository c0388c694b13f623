/** How the reader writes a Word check box into a cell's text: the marks the form rules read as ticked and empty. */
export const TICKED_BOX = "☑";
export const EMPTY_BOX = "☐";

/**
 * Symbol-font characters (`<w:sym w:font="Wingdings" w:char="F0FE"/>`, Insert → Symbol) that are
 * check boxes or ticks, by code (the `F0` private-use offset or the plain byte).
 */
const WINGDINGS: Record<number, string> = {
  0xfe: TICKED_BOX, // þ: box with a tick
  0xfd: "☒", // ý: box with a cross
  0xfc: "√", // ü: tick
  0xa8: EMPTY_BOX, // ¨: empty box
  0x6f: EMPTY_BOX, // o: empty box
  0x71: EMPTY_BOX, // q: empty box
};
const WINGDINGS_2: Record<number, string> = {
  0x52: TICKED_BOX, // R: box with a tick
  0x54: "☒", // T: box with a cross
  0x50: "√", // P: tick
  0xa3: EMPTY_BOX, // £: empty box
};

/** The text a `w:sym` stands for: a check box or tick from a symbol font, else the character itself. */
export function symbolText(font: string | undefined, code: string | undefined): string {
  if (!code) return "";
  const value = Number.parseInt(code, 16);
  if (!Number.isFinite(value)) return "";
  if (font && /wingdings/i.test(font)) {
    const table = /wingdings\s*2/i.test(font) ? WINGDINGS_2 : WINGDINGS;
    return table[value >= 0xf000 ? value - 0xf000 : value] ?? "";
  }
  // A symbol-font code in the private-use area has no meaning outside its font.
  if (value >= 0xe000 && value <= 0xf8ff) return "";
  return String.fromCodePoint(value);
}
