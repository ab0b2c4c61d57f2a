import { pageLink, pagePathOf } from './page-paths';

describe('page paths', () => {
  it('sends each kind of subject to the page where it is handled', () => {
    expect(pagePathOf({ type: 'ACTION_ITEM', id: 'i1' })).toBe('/atgarder/i1');
    expect(pagePathOf({ type: 'MEETING', id: 'm1' })).toBe('/moten/m1');
    expect(pagePathOf({ type: 'REPORT_REVISION', id: 'r1' })).toBe('/rapporter/r1');
    expect(pagePathOf({ type: 'REPORT', id: 'r1' })).toBe('/rapporter/r1');
    expect(pagePathOf({ type: 'ANNUAL_REPORT', id: 'g1', occurrence: '2020' })).toBe('/rapporter?ar=2020');
    expect(pagePathOf({ type: 'GOAL_FOLLOW_UP', id: 'g1', occurrence: '2020' })).toBe('/mal/g1');
    expect(pagePathOf({ type: 'SOMETHING_NEW', id: 'x' })).toBe('/aviseringar');
  });

  it('joins the public address and the path with one slash', () => {
    expect(pageLink('https://samverkan.example.se/', '/atgarder/i1')).toBe('https://samverkan.example.se/atgarder/i1');
    expect(pageLink('http://127.0.0.1:3000', '/')).toBe('http://127.0.0.1:3000/');
  });
});
