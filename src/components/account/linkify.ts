/** A piece of a plain-text mail: text as it is, or a link to show clickable. */
export type Piece = { text: string } | { href: string };

/**
 * Splits plain text into text and http(s) links, so that /dev/mail can show the links of a mail
 * clickable (the text itself is still escaped by Astro; nothing here becomes HTML). A full stop or
 * comma right after a link ends a sentence and is not part of it.
 */
export function linkify(text: string): Piece[] {
  const pieces: Piece[] = [];
  let rest = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const href = match[0].replace(/[.,;:!?)]+$/, '');
    const start = match.index;
    if (start > rest) pieces.push({ text: text.slice(rest, start) });
    pieces.push({ href });
    rest = start + href.length;
  }
  if (rest < text.length) pieces.push({ text: text.slice(rest) });
  return pieces;
}
