import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** What the browser carries between leaving for the provider and coming back: one sign-in attempt. */
export interface SignInFlow {
  state: string;
  nonce: string;
  /** PKCE: only whoever started the flow can redeem the code. */
  codeVerifier: string;
  /** A path on this site to return to. */
  returnTo: string;
  /** Epoch milliseconds; after this the attempt is void. */
  expiresAt: number;
}

/** Long enough to sign in at the provider, short enough that a forgotten tab's attempt is void. */
export const SIGN_IN_FLOW_TTL_MS = 10 * 60_000;

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Seals and opens the flow cookie with AES-256-GCM under a key derived from
 * JWT_SECRET: the browser holds it but can neither read the PKCE verifier
 * nor change the state, nonce or return path.
 */
export class SignInFlowSeal {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHash('sha256').update(`samverkan single sign-on flow\0${secret}`).digest();
  }

  seal(flow: SignInFlow): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(flow), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** The flow, or null when the value was not sealed here, was altered, or has expired. */
  open(sealed: string, now = Date.now()): SignInFlow | null {
    const bytes = Buffer.from(sealed, 'base64url');
    if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const text = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      const flow = JSON.parse(text) as SignInFlow;
      return flow.expiresAt > now ? flow : null;
    } catch {
      return null;
    }
  }
}

/**
 * Where to go after signing in: a path on this site only. Anything that a
 * browser could read as another origin (`//host`, `/\host`, `https:`) or the
 * sign-in page itself becomes the start page.
 */
export function sameSiteReturnPath(requested: unknown): string {
  if (typeof requested !== 'string' || !/^\/(?![/\\])/.test(requested)) return '/';
  if (/[\u0000-\u001f\\]/.test(requested) || requested.startsWith('/logga-in')) return '/';
  return requested;
}
