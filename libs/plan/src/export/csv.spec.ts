import { csvDocument, csvLine } from './csv';

describe('csv', () => {
  it('separates with semicolons and quotes what needs it', () => {
    expect(csvLine(['Åtgärd; del 1', 'Säger "hej"', 42, null, 'rad\nbrytning'])).toBe('"Åtgärd; del 1";"Säger ""hej""";42;;"rad\nbrytning"');
  });

  it('keeps text from being read as a formula', () => {
    expect(csvLine(['=SUM(A1:A2)', '-1', '+46', '@x', 'vanlig'])).toBe("'=SUM(A1:A2);'-1;'+46;'@x;vanlig");
    expect(csvLine([-1])).toBe('-1');
  });

  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(csvDocument(['A', 'B'], [['1', 2]])).toBe('\uFEFFA;B\r\n1;2\r\n');
  });
});
