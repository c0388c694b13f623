/** Distinct texts a column may hold and still count as drawn from a short list. */
const FEW = 256;

/**
 * One copy of each text that a column repeats on many rows (a district, a category, a stage, a
 * 备注 picked from a list). Rows arrive from reader threads as copies (structured clone gives
 * every row its own strings), so a roll-up of thousands of files held thousands of copies of
 * `吴兴区` and `跨学科项目化学习`. A column found to hold more than a few hundred distinct texts
 * (names, phone numbers) is left alone from then on: sharing would only add a table entry per row.
 */
export class SharedTexts {
  private readonly columns = new Map<string, Map<string, string> | null>();

  of(column: string, text: string): string {
    let texts = this.columns.get(column);
    if (texts === null) return text;
    if (texts === undefined) this.columns.set(column, (texts = new Map()));
    const known = texts.get(text);
    if (known !== undefined) return known;
    if (texts.size >= FEW) {
      this.columns.set(column, null);
      return text;
    }
    texts.set(text, text);
    return text;
  }
}
