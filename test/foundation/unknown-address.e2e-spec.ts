import { AppLogger } from '@samverkan/observability';
import { TestApi, startTestApi } from '@samverkan/testing';

/** Addresses nothing serves, and known addresses asked with the wrong method. */
describe('unknown addresses', () => {
  let api: TestApi;
  let origin: string;
  let errorLines: jest.SpyInstance;

  beforeAll(async () => {
    api = await startTestApi({ seed: false });
    origin = new URL(api.url).origin;
  });
  afterAll(() => api.close());
  beforeEach(() => {
    errorLines = jest.spyOn(AppLogger.prototype, 'error');
  });
  afterEach(() => errorLines.mockRestore());

  it.each([
    ['GET', '/'],
    ['GET', '/nonexistent'],
    ['POST', '/nonexistent/deeper?with=query'],
    ['DELETE', '/health'],
  ])('answers %s %s with 404 and a short JSON body, logging no error', async (method, path) => {
    const response = await fetch(`${origin}${path}`, { method });

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ statusCode: 404, message: 'Not found' });
    expect(errorLines).not.toHaveBeenCalled();
  });

  it.each([
    ['POST', '/health/ready'],
    ['PUT', '/health/live'],
    ['DELETE', '/metrics'],
  ])('answers %s %s with 405 and the methods it allows, logging no error', async (method, path) => {
    const response = await fetch(`${origin}${path}`, { method });

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(await response.json()).toEqual({ statusCode: 405, message: 'Method not allowed; this address answers GET, HEAD' });
    expect(errorLines).not.toHaveBeenCalled();
  });

  it('still serves the known addresses', async () => {
    expect((await fetch(`${origin}/health/live`)).status).toBe(200);
    expect((await api.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});
