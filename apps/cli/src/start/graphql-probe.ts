/** True when url serves GraphQL: POST { __typename } answers with the Query root type. */
export async function answersGraphql(url: string): Promise<boolean> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
    signal: AbortSignal.timeout(2_000),
  });
  if (!response.ok) return false;
  const body = (await response.json()) as { data?: { __typename?: unknown } };
  return body.data?.__typename === 'Query';
}
