import { ExpressAdapter } from '@nestjs/platform-express';
import type { Express, Request, RequestHandler, Response } from 'express';

/** A layer of Express's router, as far as this handler reads it: routes know their methods. */
interface RouterLayer {
  route?: { methods: Record<string, boolean | undefined> };
  match(path: string): boolean;
}

/**
 * The last handler of the api: whatever no route, middleware or page
 * answered. A path that some route serves with other methods gets 405 and an
 * Allow header; any other gets 404. Both are the caller's mistake, so a short
 * JSON answer and nothing at error level in the log.
 */
export function unknownAddressHandler(app: Express): RequestHandler {
  return (req: Request, res: Response): void => {
    const allowed = methodsServing(app, req.path);
    if (allowed.length === 0) {
      res.status(404).json({ statusCode: 404, message: 'Not found' });
      return;
    }
    res.setHeader('Allow', allowed.join(', '));
    res.status(405).json({ statusCode: 405, message: `Method not allowed; this address answers ${allowed.join(', ')}` });
  };
}

/** The methods the app's routes answer on path (HEAD wherever GET is, as Express does). */
function methodsServing(app: Express, path: string): string[] {
  const layers = (app.router as unknown as { stack: RouterLayer[] }).stack;
  const methods = new Set<string>();
  for (const layer of layers) {
    if (!layer.route || !layer.match(path)) continue;
    for (const [method, served] of Object.entries(layer.route.methods)) if (served) methods.add(method.toUpperCase());
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

/**
 * Express for Nest, with unknownAddressHandler where Nest would put its own
 * not-found handler: after every route, once the app is initialised. (Nest's
 * throws NotFoundException into the exception filters for every stray
 * request, which the GraphQL error filter logs and masks as a 500.)
 */
export class ApiHttpAdapter extends ExpressAdapter {
  override setNotFoundHandler(): this {
    this.use(unknownAddressHandler(this.getInstance<Express>()));
    return this;
  }
}
