import { describe, expect, it } from 'vitest';
import { diffWords } from './text-diff';

describe('diffWords', () => {
  it('marks the words inserted and deleted between two versions, keeping the rest', () => {
    expect(diffWords('Gruppen träffades sex gånger under året.', 'Gruppen träffades åtta gånger under året.')).toEqual([
      { kind: 'same', text: 'Gruppen träffades ' },
      { kind: 'deleted', text: 'sex ' },
      { kind: 'inserted', text: 'åtta ' },
      { kind: 'same', text: 'gånger under året.' },
    ]);
  });

  it('gives the newer text back from its same and inserted runs, and the older from its same and deleted runs', () => {
    const before = 'Ett två tre\nfyra fem';
    const after = 'Ett tre\nfyra sex fem sju';
    const runs = diffWords(before, after);
    expect(runs.filter((run) => run.kind !== 'deleted').map((run) => run.text).join('')).toBe(after);
    expect(runs.some((run) => run.kind === 'deleted' && run.text.includes('två'))).toBe(true);
    expect(runs.some((run) => run.kind === 'inserted' && run.text.includes('sex'))).toBe(true);
  });

  it('says nothing changed for equal texts, and everything inserted from an empty one', () => {
    expect(diffWords('Samma text.', 'Samma text.')).toEqual([{ kind: 'same', text: 'Samma text.' }]);
    expect(diffWords('', 'Ny text.')).toEqual([{ kind: 'inserted', text: 'Ny text.' }]);
  });
});
