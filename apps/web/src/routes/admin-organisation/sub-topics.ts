/** Sub-topics are written one a line; empty lines are dropped. */
export function subTopicsOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
