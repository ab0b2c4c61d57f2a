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
