import { TestApi } from '@samverkan/testing';
import { SeededPlan, createItem, startPlanApi } from './plan-fixture';

describe('CSV export of action items', () => {
  let api: TestApi;
  let plan: SeededPlan;
  let exportUrl: string;

  beforeAll(async () => {
    ({ api, plan } = await startPlanApi());
    exportUrl = api.url.replace(/\/graphql$/, '/exports/action-items.csv');
    await createItem(api, plan, { title: 'Handledning för handläggare; steg 1', status: 'IN_PROGRESS', progress: 40, dueDate: '2020-06-30', health: 'AT_RISK' });
    await createItem(api, plan, { title: 'Rutin för "frågor om våld"', status: 'DONE', progress: 100, startDate: '2019-01-01', dueDate: '2019-12-31', participatingAgencyIds: [plan.agency.MV] });
    await createItem(api, plan, { title: '=Formel', groupId: plan.group[1], developmentAreaId: plan.area[1], ownerId: plan.user.coordinator1, leadAgencyId: plan.agency.SOS, dueDate: null }, 'coordinator1');
  });
  afterAll(() => api.close());

  const download = async (query: string, token: string | null = plan.token.steering) => {
    const response = await fetch(`${exportUrl}${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const bytes = Buffer.from(await response.arrayBuffer());
    return { status: response.status, type: response.headers.get('content-type'), bytes, text: bytes.toString('utf8') };
  };
  const lines = (text: string): string[] => text.replace(/^\uFEFF/, '').split('\r\n').filter((line) => line !== '');

  it('answers 401 without a valid token', async () => {
    expect((await download('', null)).status).toBe(401);
    expect((await download('', 'not-a-token')).status).toBe(401);
  });

  it('sends UTF-8 with a byte-order mark, a Swedish header and one line per item in the sort order', async () => {
    const result = await download(`?planId=${plan.planId}`);
    expect(result.status).toBe(200);
    expect(result.type).toBe('text/csv; charset=utf-8');
    expect([...result.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = lines(result.text);
    expect(header).toBe(
      'Åtgärd;Nivå;Arbetsgrupp;Utvecklingsområde;Ansvarig myndighet;Deltagande myndigheter;Ägare;Status;Hälsa;Framsteg (%);Startdatum;Slutdatum;Försenad;Inaktuell;Senaste avstämning;Perspektiv;Id',
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^"Rutin för ""frågor om våld""";1;Arbetsgrupp 3: Stöd till personal;Stärkt stöd till personal med klientkontakter;Försäkringskassan;Migrationsverket;Lena Bergström;Klar;Enligt plan;100;2019-01-01;2019-12-31;Nej;Nej;;Barn som far illa;/);
    expect(rows[1]).toMatch(/^"Handledning för handläggare; steg 1";1;.*;Pågår;Risk;40;2020-01-01;2020-06-30;Ja;Nej;;/);
    expect(rows[2]).toMatch(/^'=Formel;1;Arbetsgrupp 1: Rutiner och metoder;/);
  });

  it('applies the same filters as the actionItems query', async () => {
    expect(lines((await download(`?planId=${plan.planId}&status=DONE`)).text)).toHaveLength(2);
    expect(lines((await download(`?status=IN_PROGRESS&status=DONE`)).text)).toHaveLength(3);
    expect(lines((await download(`?status=IN_PROGRESS,DONE&groupId=${plan.group[3]}`)).text)).toHaveLength(3);
    const overdue = lines((await download('?overdue=true')).text);
    expect(overdue).toHaveLength(2);
    expect(overdue[1]).toMatch(/^"Handledning för handläggare; steg 1";/);
    expect(lines((await download(`?text=${encodeURIComponent('frågor')}`)).text)).toHaveLength(2);
    expect(lines((await download('?sort=TITLE')).text)[1]).toMatch(/^'=Formel/);
  });

  it('answers 400 naming the parameter for a bad filter', async () => {
    for (const [query, field] of [
      ['?status=FINISHED', 'status'],
      ['?planId=42', 'planId'],
      ['?overdue=maybe', 'overdue'],
      ['?dueFrom=2021-01-01&dueTo=2020-01-01', 'dueTo'],
      ['?colour=red', 'colour'],
    ]) {
      const result = await download(query!);
      expect({ query, status: result.status, body: JSON.parse(result.text) }).toEqual({ query, status: 400, body: { error: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) } });
    }
  });
});
