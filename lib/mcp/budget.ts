/** The usual rough measure of a token: four characters of English, identifiers or SQL. */
export const CHARS_PER_TOKEN = 4;

/** Kept back from the content for the notes that say what was left out. */
const NOTE_RESERVE_CHARS = 320;
const CUT_MARK = " … [cut to fit the answer's token budget]";

/**
 * A tool's text answer, written within a token budget. Lines that say what
 * the answer is about are always written (a line too long for what is left
 * is cut short, and says so); list items are written while they fit, and a
 * list that does not fit ends with a note saying how many items were left
 * out and how to get them. Room for that note is kept back, so the text never
 * exceeds the budget.
 */
export class AnswerText {
  private readonly lines: string[] = [];
  private used = 0;
  private readonly maxChars: number;
  /** Whether anything was left out or cut short. */
  isCut = false;

  constructor(tokens: number) {
    this.maxChars = tokens * CHARS_PER_TOKEN;
  }

  /** Writes a line, cut short when only part of it fits. */
  line(text: string): this {
    this.write(text, this.maxChars - NOTE_RESERVE_CHARS);
    return this;
  }

  /**
   * Writes items (each rendered as one or more lines) while they fit; when
   * some do not, writes `describeCut(shown, left)` instead of them. Returns
   * how many were written, so that structured content can hold the same ones.
   */
  list<T>(
    items: readonly T[],
    render: (item: T, index: number) => string,
    describeCut: (shown: number, left: number) => string,
  ): number {
    const limit = this.maxChars - NOTE_RESERVE_CHARS;
    let shown = 0;
    for (const item of items) {
      const text = render(item, shown);
      if (this.used + text.length + 1 > limit) break;
      this.push(text);
      shown += 1;
    }
    if (shown < items.length) {
      this.isCut = true;
      this.write(describeCut(shown, items.length - shown), this.maxChars);
    }
    return shown;
  }

  /** The answer so far. */
  toString(): string {
    return this.lines.join("\n");
  }

  private write(text: string, limit: number): void {
    const room = limit - this.used - 1;
    if (text.length <= room) return this.push(text);
    this.isCut = true;
    if (room > CUT_MARK.length)
      this.push(text.slice(0, room - CUT_MARK.length) + CUT_MARK);
  }

  private push(text: string): void {
    this.lines.push(text);
    this.used += text.length + 1;
  }
}
