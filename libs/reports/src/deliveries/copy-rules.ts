import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { AppConfig } from '@samverkan/config';
import { ErrorKind } from '@samverkan/common';
import { ReportsException, ReportsExceptionCode } from '../reports.exception';

/** Message-ID of a version's copy to an agency: a re-send after a crash is recognisably the same message. */
export function copyMessageId(versionId: string, agencyId: string): string {
  return `<report-version.${versionId}.copy.${agencyId}@samverkan>`;
}

/**
 * Addresses a webhook must not reach unless WEBHOOK_ALLOW_PRIVATE_ADDRESSES
 * says so: this host, link-local (cloud metadata at 169.254.169.254), private
 * networks, carrier-grade NAT, unspecified and multicast. Otherwise a report
 * copy is a way to make the worker send requests inside our own network.
 */
const BLOCKED_V4: [number, number][] = [
  [0x00000000, 8], [0x0a000000, 8], [0x64400000, 10], [0x7f000000, 8], [0xa9fe0000, 16],
  [0xac100000, 12], [0xc0a80000, 16], [0xc6120000, 15], [0xe0000000, 3],
];

function ipv4Blocked(address: string): boolean {
  const value = address.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
  return BLOCKED_V4.some(([network, bits]) => Math.floor(value / 2 ** (32 - bits)) === Math.floor(network / 2 ** (32 - bits)));
}

function ipv6Blocked(address: string): boolean {
  const lower = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return ipv4Blocked(mapped[1]!);
  // The URL parser writes a mapped IPv4 address in hex: ::ffff:7f00:1 is 127.0.0.1.
  const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (mappedHex) {
    const [high, low] = [parseInt(mappedHex[1]!, 16), parseInt(mappedHex[2]!, 16)];
    return ipv4Blocked(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  // Loopback, unspecified, unique local (fc00::/7), link-local (fe80::/10), multicast (ff00::/8).
  return lower === '::1' || lower === '::' || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower) || lower.startsWith('ff');
}

/** Whether an IP address (v4 or v6) lies in a range webhooks must not reach. */
export function isBlockedAddress(address: string): boolean {
  const kind = isIP(address);
  return kind === 4 ? ipv4Blocked(address) : kind === 6 ? ipv6Blocked(address) : false;
}

function refuse(field: string, message: string): never {
  throw new ReportsException(ReportsExceptionCode.INSECURE_URL, ErrorKind.BAD_USER_INPUT, message, field);
}

/**
 * Webhooks must use HTTPS except on development and test machines, and must
 * not name a blocked address or this host by name, unless
 * WEBHOOK_ALLOW_PRIVATE_ADDRESSES is set.
 */
export function assertWebhookUrlAllowed(url: string, config: AppConfig, field: string): void {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && config.nodeEnv === 'production') refuse(field, `${field} must be an https: URL`);
  if (config.webhookAllowPrivateAddresses) return;
  const host = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || isBlockedAddress(host)) {
    refuse(field, `${field} must not point at this server, a private network or a link-local address`);
  }
}

/** At sending time: the name must not resolve to a blocked address either (it may have changed since it was set). */
export async function assertWebhookTargetAllowed(url: string, config: AppConfig, field: string): Promise<void> {
  assertWebhookUrlAllowed(url, config, field);
  if (config.webhookAllowPrivateAddresses) return;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return;
  const addresses = await lookup(host, { all: true });
  if (addresses.some(({ address }) => isBlockedAddress(address))) refuse(field, `${field} resolves to a private network or a link-local address`);
}
