/** Vietnamese numeral parsing (figures issue). Foundation stub. */
export function parseNumber(_text: string): number | null {
  return null;
}
