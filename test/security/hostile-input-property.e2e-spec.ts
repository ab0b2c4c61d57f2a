import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestApi, startTestApi } from '@samverkan/testing';
import fc from 'fast-check';
import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  buildSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { ROLES, ROLE_LOGINS } from './authorization-matrix.table';

/**
 * Every mutation and every query with arguments in schema.gql, called with
 * generated hostile input (wrong types, boundary and denormal numbers, NUL
 * and control characters, odd Unicode, far dates, nested garbage) by every
 * role, anonymously and with a READ-only API token. Only the codes below may
 * come back, never a stack, and a refused call writes nothing. A new
 * operation is covered without editing this file.
 *
 * PROPERTY_RUNS and PROPERTY_SEED change the run; `npm run test:property`
 * is the long one.
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);
const SEED = Number(process.env.PROPERTY_SEED ?? 20261207);
const ALLOWED = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS', 'CONFLICT']);
/** Would end the caller's session for every later case; covered by the authorization matrix instead. */
const SKIPPED = new Set(['Mutation.logout']);

const schema: GraphQLSchema = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));

const HOSTILE_STRINGS = [
  '', ' ', '\u0000', 'a\u0000b', '\u0007\u001b[31m', '\u202eevil', '\ud800', '\udfff\ud800', '\ufeff', '\u200b811218-9876', '811218-9876',
  '８１１２１８－９８７６', 'Robert\'); DROP TABLE users;--', "' OR '1'='1", '<script>alert(1)</script>', '../../../etc/passwd', '%00', '%2e%2e%2f',
  'http://127.0.0.1:9100/metrics', 'https://169.254.169.254/latest', 'javascript:alert(1)', '9999-12-31', '0000-00-00', '2021-02-30', '-271821-04-20',
  '1e309', 'NaN', '-0', '{"$gt":""}', '__proto__', 'constructor', '𝕊'.repeat(300), 'x'.repeat(20_000), 'ä'.repeat(73),
];
const FAR_TIMES = ['-271821-04-20T00:00:00Z', '275760-09-13T00:00:00Z', '9999-12-31T23:59:59Z', '0001-01-01T00:00:00Z', '1970-01-01T00:00:00Z', 'yesterday'];
const NUMBERS = [0, -0, -1, 1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53, 1e308, -1e308, 5e-324, 1e-7, 0.5, 100.0000001];

const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

/** Anything at all, for a value of the wrong type. */
const garbage = (): fc.Arbitrary<unknown> =>
  fc.oneof(fc.constant(null), fc.boolean(), fc.constantFrom(...NUMBERS), hostileString(), fc.constant({}), fc.array(fc.integer(), { maxLength: 3 }), fc.dictionary(hostileString(), fc.integer(), { maxKeys: 3 }));

function valueFor(type: GraphQLInputType, ids: string[], depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fc.oneof({ weight: 9, arbitrary: valueFor(type.ofType, ids, depth) }, { weight: 1, arbitrary: garbage() });
  const typed = typedValue(type, ids, depth);
  return fc.oneof({ weight: 8, arbitrary: typed }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: garbage() });
}

function typedValue(type: GraphQLInputType, ids: string[], depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) return depth > 3 ? fc.constant([]) : fc.array(valueFor(type.ofType, ids, depth + 1), { maxLength: 4 });
  if (isEnumType(type)) return fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.name)), fc.constant('NOT_A_VALUE'));
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    const shape = Object.fromEntries(fields.map((field) => [field.name, valueFor(field.type, ids, depth + 1)]));
    const required = fields.filter((field) => isNonNullType(field.type)).map((field) => field.name);
    return fc.record(shape, { requiredKeys: required });
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return fc.oneof(fc.constantFrom(...ids), fc.uuid(), hostileString());
      case 'Int':
        return fc.oneof(fc.constantFrom(...NUMBERS.filter(Number.isInteger)), fc.integer(), fc.integer({ min: -5, max: 3000 }));
      case 'Float':
        return fc.oneof(fc.constantFrom(...NUMBERS), fc.double({ noNaN: true, noDefaultInfinity: true }));
      case 'Boolean':
        return fc.boolean();
      case 'DateTime':
        return fc.oneof(fc.constantFrom(...FAR_TIMES), fc.date({ noInvalidDate: true }).map((date) => date.toISOString()));
      case 'JSON':
        return fc.jsonValue({ maxDepth: 3 });
      default:
        return hostileString();
    }
  }
  return garbage();
}

interface Operation {
  path: string;
  document: string;
  args: readonly GraphQLArgument[];
}

function operationsOf(kind: 'query' | 'mutation'): Operation[] {
  const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  return Object.values(root.getFields())
    .filter((field: GraphQLField<unknown, unknown>) => kind === 'mutation' || field.args.length > 0)
    .map((field) => {
      const path = `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`;
      const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
      const call = field.args.length ? `${field.name}(${field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : field.name;
      const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
      return { path, args: field.args, document: `${kind}${variables ? ` (${variables})` : ''} { ${call}${selection} }` };
    })
    .filter((operation) => !SKIPPED.has(operation.path));
}

/** Row counts of every table (audit rows of refused calls aside): equal before and after, nothing was written. */
async function rowCounts(api: TestApi): Promise<string> {
  const tables: { table_name: string }[] = await api.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts = tables
    .map(({ table_name }) =>
      table_name === 'audit_log'
        ? `SELECT '${table_name}' AS t, count(*) FILTER (WHERE outcome = 'SUCCEEDED') AS n, max(id::text) FILTER (WHERE outcome = 'SUCCEEDED') AS m FROM "${table_name}"`
        : `SELECT '${table_name}' AS t, count(*) AS n, NULL AS m FROM "${table_name}"`,
    )
    .join(' UNION ALL ');
  return JSON.stringify(await api.dataSource.query(counts));
}

describe('property: hostile input to every operation never crashes and a refusal writes nothing', () => {
  let api: TestApi;
  const callers: Record<string, string | null> = { anonymous: null };
  const ids: string[] = [];

  beforeAll(async () => {
    api = await startTestApi({
      config: { rateLimitPerUser: 1_000_000, rateLimitPerAddress: 1_000_000, requestTimeoutMs: 60_000, webhookAllowPrivateAddresses: false },
    });
    for (const role of ROLES) callers[role] = await api.login(ROLE_LOGINS[role]);
    const token = await api.gql<{ createApiToken: { secret: string } }>('mutation { createApiToken(input: { name: "Property", scopes: [READ] }) { secret } }', {}, callers.administrator);
    callers.readToken = token.data!.createApiToken.secret;
    for (const table of ['agencies', 'users', 'groups', 'plans', 'development_areas', 'perspectives', 'action_items', 'meetings', 'goals', 'goal_indicators', 'indicator_measurements', 'reports', 'report_versions', 'memberships', 'notifications', 'api_tokens']) {
      const rows: { id: string }[] = await api.dataSource.query(`SELECT id::text AS id FROM "${table}" ORDER BY id LIMIT 3`).catch(() => []);
      ids.push(...rows.map((row) => row.id));
    }
  });
  afterAll(() => api.close());

  it(`holds for ${RUNS} generated calls (seed ${SEED})`, async () => {
    const operations = [...operationsOf('mutation'), ...operationsOf('query')];
    expect(operations.length).toBeGreaterThan(50);
    const call = fc.constantFrom(...operations).chain((operation) =>
      fc.tuple(
        fc.constant(operation),
        fc.record(Object.fromEntries(operation.args.map((arg) => [arg.name, valueFor(arg.type, ids, 0)]))),
        fc.constantFrom(...Object.keys(callers)),
      ),
    );
    let before = await rowCounts(api);
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(call, async ([operation, variables, caller]) => {
        sent += 1;
        const requestId = `property-${SEED}-${sent}`;
        const response = await fetch(api.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-request-id': requestId,
            ...(callers[caller] ? { authorization: `Bearer ${callers[caller]}` } : {}),
          },
          body: JSON.stringify({ query: operation.document, variables }),
        });
        const text = await response.text();
        const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
        const codes = (body.errors ?? []).map((error) => String(error.extensions?.code));
        const bad = codes.filter((code) => !ALLOWED.has(code));
        const problem =
          response.status >= 500 ? `HTTP ${response.status}` : bad.length ? `codes ${bad.join(', ')}` : /stacktrace|\bat \S+ \(/i.test(text) ? 'a stack trace' : null;
        if (problem) throw new Error(`${operation.path}: ${problem} as ${caller}: ${JSON.stringify(variables).slice(0, 300)} → ${text.slice(0, 300)}`);
        const refused = !body.data || Object.values(body.data).every((value) => value === null);
        const after = await rowCounts(api);
        if (refused && body.errors?.length && after !== before) {
          throw new Error(`${operation.path}: wrote although refused (${codes.join(', ')}) as ${caller}: ${JSON.stringify(variables).slice(0, 300)}`);
        }
        if (operation.path.startsWith('Mutation.') && body.errors?.length) {
          // A refused mutation is recorded all the same, whatever the input was.
          const [{ n }] = await api.dataSource.query('SELECT count(*)::int AS n FROM audit_log WHERE request_id = $1', [requestId]);
          if (n === 0) throw new Error(`${operation.path}: refused (${codes.join(', ')}) as ${caller} but not audited: ${JSON.stringify(variables).slice(0, 300)}`);
        }
        before = after;
        return true;
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
