/**
 * An ILIKE pattern that finds `text` anywhere: `%`, `_` and `\` typed by a person are letters, not
 * wildcards (a search for "%" must not match everything).
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
