import { renderCalendar } from './icalendar';

describe('renderCalendar', () => {
  const updatedAt = new Date('2021-03-01T07:30:00.000Z');

  it('writes all-day events with stable ids, CRLF line ends and escaped text', () => {
    const ics = renderCalendar('Samverkan', [
      { uid: 'deadline-1@samverkan', date: '2021-03-31', summary: 'Action item: Routines; detection, referral', description: 'Line one\nLine two', updatedAt },
    ]);
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Samverkan//Deadlines//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Samverkan',
      'BEGIN:VEVENT',
      'UID:deadline-1@samverkan',
      'DTSTAMP:20210301T073000Z',
      'DTSTART;VALUE=DATE:20210331',
      'DTEND;VALUE=DATE:20210401',
      'SUMMARY:Action item: Routines\\; detection\\, referral',
      'DESCRIPTION:Line one\\nLine two',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const summary = 'Årsrapport för arbetsgrupp 3 – stärkt stöd till medarbetare med klientkontakter och kompetensutveckling';
    const ics = renderCalendar('Samverkan', [{ uid: 'u', date: '2021-12-31', summary, description: '', updatedAt }]);
    const folded = ics.split('\r\n').filter((line) => line.startsWith('SUMMARY') || line.startsWith(' '));
    expect(folded.length).toBeGreaterThan(1);
    for (const line of folded) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.map((line, index) => (index === 0 ? line : line.slice(1))).join('')).toBe(`SUMMARY:${summary}`);
  });
});
