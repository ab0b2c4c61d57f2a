/** A run of words the same in both texts, only in the newer (inserted) or only in the older (deleted). */
export interface DiffRun {
  kind: 'same' | 'inserted' | 'deleted';
  text: string;
}

/** Beyond this many word pairs the comparison says "replaced" rather than spend the browser's time. */
const MAX_CELLS = 2_000_000;

/** Words and the white space after them, so joining the tokens gives the text back. */
function tokens(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

/**
 * Word-by-word differences from `before` to `after` (longest common
 * subsequence), for showing a revised version beside the previous one.
 */
export function diffWords(before: string, after: string): DiffRun[] {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length * b.length > MAX_CELLS) return merge([...a.map((text) => ({ kind: 'deleted' as const, text })), ...b.map((text) => ({ kind: 'inserted' as const, text }))]);
  // lengths[i][j]: the longest common run of a[i..] and b[j..], compared without trailing white space.
  const word = (token: string) => token.trimEnd();
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i]![j] = word(a[i]!) === word(b[j]!) ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const runs: DiffRun[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (word(a[i]!) === word(b[j]!)) {
      runs.push({ kind: 'same', text: b[j]! });
      i += 1;
      j += 1;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) {
      runs.push({ kind: 'deleted', text: a[i]! });
      i += 1;
    } else {
      runs.push({ kind: 'inserted', text: b[j]! });
      j += 1;
    }
  }
  for (; i < a.length; i += 1) runs.push({ kind: 'deleted', text: a[i]! });
  for (; j < b.length; j += 1) runs.push({ kind: 'inserted', text: b[j]! });
  return merge(runs);
}

/** Neighbouring tokens of one kind joined into one run. */
function merge(runs: DiffRun[]): DiffRun[] {
  const merged: DiffRun[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.kind === run.kind) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}
