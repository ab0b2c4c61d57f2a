import { createHash } from 'node:crypto';
import { AppConfig } from '@samverkan/config';
import { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * A small GraphQL console for development, whole in one page: no script,
 * style or font from anywhere else, so it works on a network without
 * internet. (Apollo's GraphiQL page loads its code from a public CDN.)
 */
const CONSOLE_STYLE = `
body { font: 15px/1.4 system-ui, sans-serif; margin: 0; display: grid; grid-template-rows: auto 1fr; height: 100vh; }
header { padding: .5rem 1rem; background: #1d3557; color: #fff; display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
header h1 { font-size: 1rem; margin: 0; }
header label { display: flex; gap: .4rem; align-items: center; }
main { display: grid; grid-template-columns: 1fr 1fr; gap: .5rem; padding: .5rem; min-height: 0; }
section { display: grid; grid-template-rows: 3fr auto 1fr; gap: .25rem; min-height: 0; }
textarea, pre { font: 13px/1.4 ui-monospace, monospace; border: 1px solid #999; padding: .5rem; margin: 0; resize: none; overflow: auto; }
pre { background: #f4f4f4; white-space: pre-wrap; }
button { font: inherit; padding: .3rem 1rem; }
`;

const CONSOLE_SCRIPT = `
const form = document.getElementById('console');
const output = document.getElementById('result');
const saved = (name) => sessionStorage.getItem('samverkan-console-' + name);
for (const name of ['query', 'variables', 'token']) {
  const field = form.elements[name];
  if (saved(name) !== null) field.value = saved(name);
  field.addEventListener('input', () => sessionStorage.setItem('samverkan-console-' + name, field.value));
}
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  let variables;
  try {
    variables = form.elements.variables.value.trim() === '' ? {} : JSON.parse(form.elements.variables.value);
  } catch (error) {
    output.textContent = 'The variables are not valid JSON: ' + error.message;
    return;
  }
  const headers = { 'content-type': 'application/json' };
  const token = form.elements.token.value.trim();
  if (token !== '') headers.authorization = 'Bearer ' + token;
  output.textContent = 'Running...';
  try {
    const response = await fetch(location.pathname, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: form.elements.query.value, variables }),
    });
    const answer = await response.json();
    const accessToken = answer && answer.data && answer.data.login && answer.data.login.accessToken;
    if (accessToken) {
      form.elements.token.value = accessToken;
      sessionStorage.setItem('samverkan-console-token', accessToken);
    }
    output.textContent = JSON.stringify(answer, null, 2);
  } catch (error) {
    output.textContent = 'No answer: ' + error.message;
  }
});
`;

const EXAMPLE_QUERY = `# Log in first (the token is filled in for you), then ask for anything in the schema.
mutation {
  login(email: "admin@samverkan.example", password: "Samverkan-demo-2019") {
    accessToken
  }
}

# query {
#   plans { id name }
# }`;

const CONSOLE_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Samverkan GraphQL console</title>
<style>${CONSOLE_STYLE}</style>
</head>
<body>
<form id="console">
<header>
<h1>Samverkan GraphQL console</h1>
<label>Access token <input name="token" size="40" autocomplete="off"></label>
<button type="submit">Run</button>
</header>
<main>
<section>
<textarea name="query" aria-label="Query" spellcheck="false">${EXAMPLE_QUERY}</textarea>
<label for="variables">Variables (JSON)</label>
<textarea id="variables" name="variables" spellcheck="false">{}</textarea>
</section>
<pre id="result" aria-live="polite">Press Run to send the operation.</pre>
</main>
</form>
<script>${CONSOLE_SCRIPT}</script>
</body>
</html>
`;

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Only this page's own script and style may run, and it may talk to this origin alone. */
export const GRAPHQL_CONSOLE_CSP =
  `default-src 'none'; script-src ${sha256(CONSOLE_SCRIPT)}; style-src ${sha256(CONSOLE_STYLE)}; ` +
  "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const HOW_TO_ASK = {
  statusCode: 400,
  message: 'This is the GraphQL endpoint: POST a JSON body {"query": "...", "variables": {...}} with content-type application/json',
};

/**
 * `GET /graphql` without an operation: the console for a browser when it is
 * on (development), otherwise a short note on how to ask. GET requests that
 * carry a query go on to GraphQL.
 */
export function graphqlLanding(config: Pick<AppConfig, 'nodeEnv' | 'graphqlPlayground'>): RequestHandler {
  // Production never serves the console, whatever the config says.
  const servesConsole = config.graphqlPlayground && config.nodeEnv !== 'production';
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' || req.path !== '/graphql' || req.query.query !== undefined) return next();
    if (servesConsole && req.accepts(['json', 'html']) === 'html') {
      res.setHeader('Content-Security-Policy', GRAPHQL_CONSOLE_CSP);
      res.type('html').send(CONSOLE_PAGE);
      return;
    }
    res.status(400).json(HOW_TO_ASK);
  };
}
