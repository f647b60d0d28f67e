/**
 * Fitting labels into a chart drawn on the server, where no browser measures text: widths are
 * estimated from the character count (a generous average for sans-serif fonts), and long names
 * ("Beskæftigelses- og Integrationsforvaltningen") wrap at spaces and hyphens onto two lines,
 * the last shortened with "…". The full name is always in the data table beside the chart.
 */

/** Average width of a character as a share of the font size; generous for IBM Plex Sans and Arial. */
const CHAR_WIDTH = 0.58;

/** The estimated width of `text` at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * CHAR_WIDTH;
}

/** How many characters fit in `width` at `fontSize` (at least one). */
export function charsThatFit(width: number, fontSize: number): number {
  return Math.max(1, Math.floor(width / (fontSize * CHAR_WIDTH)));
}

/** `text` cut to at most `max` characters, ending in "…" when cut (at a word end when one is near). */
export function truncateLabel(text: string, max: number): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return chars.join('');
  if (max <= 1) return '…';
  const cut = chars.slice(0, max - 1).join('');
  // Prefer ending at a word when that keeps most of the room; otherwise cut inside the word.
  const space = cut.lastIndexOf(' ');
  const kept = space >= (max - 1) * 0.6 ? cut.slice(0, space) : cut;
  return `${kept.trimEnd()}…`;
}

/**
 * `text` in lines of at most `max` characters, broken after spaces or hyphens, at most `lines`
 * lines; what does not fit ends the last line with "…".
 */
export function wrapLabel(text: string, max: number, lines = 2): string[] {
  const words = pieces(text);
  const result: string[] = [];
  let current = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const joined = current === '' ? word.text : current + (word.space ? ' ' : '') + word.text;
    if ([...joined].length <= max) {
      current = joined;
      continue;
    }
    if (current !== '') result.push(truncateLabel(current, max));
    current = word.text;
    if (result.length === lines - 1) {
      // The last line takes the rest of the text, shortened if need be.
      result.push(truncateLabel(rejoin(words.slice(i)), max));
      return result;
    }
  }
  if (current !== '') result.push(truncateLabel(current, max));
  return result;
}

/** A piece of a label where a line may break, and whether a space stood before it. */
interface Piece {
  text: string;
  space: boolean;
}

/** Words, and words broken after their hyphens ("Nørrebro-" "Bispebjerg" with no space between). */
function pieces(text: string): Piece[] {
  return text
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .flatMap((word) => word.split(/(?<=-)(?=\S)/u).map((part, i) => ({ text: part, space: i === 0 })));
}

/** Pieces back into text. */
function rejoin(words: Piece[]): string {
  return words.map((w, i) => (i > 0 && w.space ? ' ' : '') + w.text).join('');
}
