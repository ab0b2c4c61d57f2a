import { TestApi, startTestApi } from '@samverkan/testing';
import ExcelJS from 'exceljs';

interface GqlMeasurement {
  id: string;
  year: number;
  measuredOn: string | null;
  value: number;
  numerator: number | null;
  denominator: number | null;
  supersededById: string | null;
}

interface GqlIndicator {
  id: string;
  name: string;
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetYear: number | null;
  history: GqlMeasurement[];
}

const GOALS = `query ($p: ID!, $a: ID) { goals(planId: $p, agencyId: $a, first: 25) { totalCount nodes { title agency { code }
  indicators { id name baselineValue baselineYear targetValue targetYear history { id year measuredOn value numerator denominator supersededById } } } } }`;

const HEADER = [
  'Myndighet', 'Mål', 'Indikator', 'Enhet', 'Riktning', 'Utgångsvärde', 'Utgångsår', 'Målvärde', 'Målår', 'År', 'Mätdatum', 'Uppmätt värde',
  'Täljare', 'Nämnare', 'Status', 'Anteckning', 'Källa', 'Indikator-id', 'Mätnings-id', 'Ersatt av',
];

describe('XLSX export of indicators and their measurements', () => {
  let api: TestApi;
  let exportUrl: string;
  let token: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    exportUrl = api.url.replace(/\/graphql$/, '/exports/indicators.xlsx');
    token = await api.login('representant.fk@samverkan.example');
    const { data } = await api.gql<{ agencies: { id: string; code: string }[]; plans: { id: string }[] }>('{ agencies { id code } plans { id } }', {}, token);
    for (const agency of data!.agencies) ids[agency.code] = agency.id;
    ids.plan = data!.plans[0]!.id;
  });
  afterAll(() => api.close());

  const download = async (query: string, bearer: string | null = token) => {
    const response = await fetch(`${exportUrl}${query}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  };

  /** The first sheet's rows as cell values, the header row first. */
  async function rowsOf(bytes: Buffer): Promise<unknown[][]> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows.map((row) => HEADER.map((_, index) => row[index] ?? null));
  }

  it('answers 401 without a valid token and 400 naming the parameter for a bad query', async () => {
    expect((await download(`?planId=${ids.plan}`, null)).status).toBe(401);
    expect((await download(`?planId=${ids.plan}`, 'not-a-token')).status).toBe(401);
    for (const [query, field] of [
      ['', 'planId'],
      ['?planId=42', 'planId'],
      [`?planId=${ids.plan}&agencyId=FK`, 'agencyId'],
      [`?planId=${ids.plan}&year=2021`, 'year'],
    ]) {
      const result = await download(query!);
      expect({ query, status: result.status, body: JSON.parse(result.bytes.toString('utf8')) }).toEqual({
        query,
        status: 400,
        body: { error: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) },
      });
    }
  });

  it('holds the same numbers as GraphQL, one row per indicator and measurement, a corrected figure marked as superseded', async () => {
    // FK records 1,300 of 2,800 for 2021, then corrects it with a reason.
    const { data: goalsData, errors } = await api.gql<{ goals: { nodes: { title: string; indicators: GqlIndicator[] }[] } }>(GOALS, { p: ids.plan, a: ids.FK }, token);
    expect(errors).toBeUndefined();
    // The seeded indicator of trained case officers: 1,300 of 2,800 in 2019.
    const indicator = goalsData!.goals.nodes.flatMap((goal) => goal.indicators).find((i) => i.history.some((m) => m.numerator === 1300))!;
    const recorded = await api.gql<{ recordMeasurement: { id: string } }>(
      'mutation ($i: ID!) { recordMeasurement(input: { indicatorId: $i, year: 2021, numerator: 1300, denominator: 2800 }) { id } }',
      { i: indicator.id },
      token,
    );
    expect(recorded.errors).toBeUndefined();
    const corrected = await api.gql<{ correctMeasurement: { id: string } }>(
      'mutation ($id: ID!) { correctMeasurement(input: { id: $id, year: 2021, numerator: 1350, denominator: 2800, note: "Omräknat: dubbletter borttagna", reason: "Dubbletter i registret" }) { id } }',
      { id: recorded.data!.recordMeasurement.id },
      token,
    );
    expect(corrected.errors).toBeUndefined();

    const result = await download(`?planId=${ids.plan}&agencyId=${ids.FK}`);
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(result.headers.get('content-disposition')).toBe('attachment; filename="indikatorer.xlsx"');
    const [header, ...rows] = await rowsOf(result.bytes);
    expect(header).toEqual(HEADER);

    const { data } = await api.gql<{ goals: { nodes: { indicators: GqlIndicator[] }[] } }>(GOALS, { p: ids.plan, a: ids.FK }, token);
    const indicators = data!.goals.nodes.flatMap((goal) => goal.indicators);
    const column = (name: string) => HEADER.indexOf(name);
    // Every measurement GraphQL knows, corrected ones included, is one row with the same figures.
    const expected = indicators.flatMap((i) =>
      (i.history.length === 0 ? [null] : i.history).map((m) => [
        i.id, i.baselineValue, i.baselineYear, i.targetValue, i.targetYear,
        m?.id ?? null, m?.year ?? null, m?.value ?? null, m?.numerator ?? null, m?.denominator ?? null, m?.supersededById ?? null,
      ]),
    );
    const exported = rows.map((row) =>
      ['Indikator-id', 'Utgångsvärde', 'Utgångsår', 'Målvärde', 'Målår', 'Mätnings-id', 'År', 'Uppmätt värde', 'Täljare', 'Nämnare', 'Ersatt av'].map((name) => row[column(name)]),
    );
    expect(exported).toHaveLength(expected.length);
    expect(exported).toEqual(expect.arrayContaining(expected));
    expect(rows.every((row) => row[column('Myndighet')] === 'Försäkringskassan')).toBe(true);

    const superseded = rows.find((row) => row[column('Mätnings-id')] === recorded.data!.recordMeasurement.id)!;
    expect(superseded[column('Status')]).toBe('Ersatt');
    expect(superseded[column('Ersatt av')]).toBe(corrected.data!.correctMeasurement.id);
    const correction = rows.find((row) => row[column('Mätnings-id')] === corrected.data!.correctMeasurement.id)!;
    expect(correction.slice(column('År'), column('Status') + 2)).toEqual([2021, null, 1350 / 2800, 1350, 2800, 'Gällande (rättelse)', 'Omräknat: dubbletter borttagna']);
    expect(correction[column('Enhet')]).toBe('Andel');
    // The indicator's rows follow its years; in 2021 the superseded figure comes before its correction.
    const ofIndicator = rows.filter((row) => row[column('Indikator-id')] === indicator.id).map((row) => [row[column('År')], row[column('Status')]]);
    expect(ofIndicator.map(([year]) => year)).toEqual(ofIndicator.map(([year]) => year).sort());
    expect(ofIndicator[0]).toEqual([2019, 'Gällande']);
    expect(ofIndicator.slice(-2)).toEqual([
      [2021, 'Ersatt'],
      [2021, 'Gällande (rättelse)'],
    ]);
  });

  it('exports every agency of the plan when no agency is given', async () => {
    const [, ...rows] = await rowsOf((await download(`?planId=${ids.plan}`)).bytes);
    const { data } = await api.gql<{ goals: { totalCount: number; nodes: { agency: { code: string }; indicators: GqlIndicator[] }[] } }>(GOALS, { p: ids.plan, a: null }, token);
    expect(data!.goals.nodes).toHaveLength(data!.goals.totalCount);
    const expectedRows = data!.goals.nodes.flatMap((goal) => goal.indicators).reduce((sum, i) => sum + Math.max(1, i.history.length), 0);
    expect(rows).toHaveLength(expectedRows);
    expect(new Set(rows.map((row) => row[0])).size).toBe(new Set(data!.goals.nodes.map((goal) => goal.agency.code)).size);
  });
});
