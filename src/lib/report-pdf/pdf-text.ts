/**
 * The text a PDF of ours shows, roughly, for tests (not used by the app): pdfkit writes each line
 * of a standard font as hex strings of WinAnsi codes in TJ arrays (split where kerning applies),
 * which Latin-1 reads back with Danish letters. Works on PDFs written with `compress: false`.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  return [...source.matchAll(/\[([^\]]*)\]\s*TJ/g)]
    .map((m) => [...m[1]!.matchAll(/<([0-9a-fA-F]+)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''))
    .join('\n');
}

/** How many pages a PDF has. */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
}
