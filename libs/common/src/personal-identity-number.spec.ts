import { validate } from 'class-validator';
import { PlanLevelText, containsPersonalIdentityNumber, findPersonalIdentityNumbers } from './personal-identity-number';

describe('personal identity numbers in free text', () => {
  // 811218-9876 is the Swedish Tax Agency's published test number; its check digit is 6.
  it.each([
    ['811218-9876'],
    ['8112189876'],
    ['19811218-9876'],
    ['198112189876'],
    ['811218+9876'],
    ['811218 9876'],
    ['Klienten 811218-9876 ringde'],
    ['samordningsnummer 701063-2391'],
    ['811218\u20139876'],
    ['811218\u22129876'],
    ['811218\u00a09876'],
    ['811218\t9876'],
    ['811218 - 9876'],
    ['ref-811218-9876'],
    ['811218-9876-x'],
    ['ärende811218-9876'],
    ['\uff18\uff11\uff11\uff12\uff11\uff18-\uff19\uff18\uff17\uff16'],
    ['811218\u200b-9876'],
    ['8112\u00ad18-9876'],
    ['1981-12-18-9876'],
    ['https://example.org/?p=811218%2B9876'],
    ['811218%2D9876'],
  ])('finds %s', (text) => {
    expect(containsPersonalIdentityNumber(text)).toBe(true);
  });

  it.each([
    ['811218-9875', 'wrong check digit'],
    ['811318-9876', 'no month 13'],
    ['810230-1234', 'no 30 February'],
    ['About 1,300 of 2,800 case officers', 'ordinary figures'],
    ['Dnr 2019-01517', 'a registration number'],
    ['S2018/03696/JÄM', 'a government assignment'],
    ['2021-12-31', 'a date'],
    ['Call 08-123 456 78', 'a phone number'],
    ['18112189876', 'eleven digits'],
  ])('ignores %s (%s)', (text) => {
    expect(findPersonalIdentityNumbers(text)).toEqual([]);
  });

  it('rejects a field holding one, naming the field', async () => {
    class Note {
      @PlanLevelText()
      text: string;

      @PlanLevelText()
      links: string[];
    }
    const note = Object.assign(new Note(), { text: 'Follow up 19811218-9876', links: ['https://example.org'] });
    const errors = await validate(note);
    expect(errors.map((e) => e.property)).toEqual(['text']);
    expect(Object.values(errors[0]!.constraints!)[0]).toMatch(/^text must not contain a Swedish personal identity number/);
    expect(await validate(Object.assign(new Note(), { text: 'Plan-level only', links: ['811218-9876'] }))).toHaveLength(1);
  });
});
