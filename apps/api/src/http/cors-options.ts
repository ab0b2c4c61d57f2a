import { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';
import { AppConfig } from '@samverkan/config';

/**
 * Cross-origin access only for the configured browser origins; with none
 * configured, no CORS headers are sent and browsers keep other sites out.
 * Cross-origin callers use bearer tokens; the session cookie is SameSite=Strict
 * and meant for the api's own origin, so credentials stay off.
 */
export function corsOptions({ corsOrigins }: Pick<AppConfig, 'corsOrigins'>): CorsOptions {
  return {
    origin: corsOrigins.length > 0 ? corsOrigins : false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'],
    credentials: false,
    maxAge: 600,
  };
}
