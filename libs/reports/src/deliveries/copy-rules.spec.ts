import { AppConfig } from '@samverkan/config';
import { assertWebhookUrlAllowed, isBlockedAddress } from './copy-rules';

describe('webhook addresses', () => {
  it.each(['127.0.0.1', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', 'fd00::1', 'fe80::1', '::ffff:10.0.0.1', '::ffff:7f00:1'])(
    'blocks %s',
    (address) => expect(isBlockedAddress(address)).toBe(true),
  );

  it.each(['8.8.8.8', '172.32.0.1', '193.10.0.1', '2001:db8::1'])('lets %s through', (address) => expect(isBlockedAddress(address)).toBe(false));

  it('requires HTTPS in production, whatever the address setting says', () => {
    const production = { nodeEnv: 'production', webhookAllowPrivateAddresses: true } as AppConfig;
    expect(() => assertWebhookUrlAllowed('http://dms.example/copies', production, 'input.url')).toThrow(/https/);
    expect(() => assertWebhookUrlAllowed('https://dms.example/copies', production, 'input.url')).not.toThrow();
  });
});
