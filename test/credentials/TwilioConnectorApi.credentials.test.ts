import { Workflow, type ICredentialDataDecryptedObject, type INode } from 'n8n-workflow';

import { TwilioConnectorApi } from '../../credentials/TwilioConnectorApi.credentials';
import { apiBaseUrl } from '../../nodes/TwilioConnector/transport/baseUrl';
import { useTwilio } from '../helpers/twilio';

const credentialType = new TwilioConnectorApi();

const twilio = useTwilio();

/** Resolves one of the credential's expressions the way n8n does, with `$credentials` set. */
function resolve(expression: string, credentials: ICredentialDataDecryptedObject): string {
	const node: INode = { id: '1', name: 'n', type: 'n', typeVersion: 1, position: [0, 0], parameters: {} };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: { getByName: () => undefined, getByNameAndVersion: () => undefined, getKnownTypes: () => ({}) } as never });
	return String(workflow.expression.getSimpleParameterValue(node, expression, 'internal', { $credentials: credentials }, undefined, ''));
}

const withDefaults = (data: ICredentialDataDecryptedObject): ICredentialDataDecryptedObject => ({
	...(Object.fromEntries(
		credentialType.properties.map((property) => [property.name, property.default]),
	) as ICredentialDataDecryptedObject),
	...data,
});

describe('the credential test', () => {
	test('fetches the account from the configured base URL with Basic auth', async () => {
		const credentials = withDefaults(twilio.credentials);
		const { request } = credentialType.test;
		const url = resolve(request.baseURL!, credentials) + resolve(request.url!, credentials);
		const { auth } = await credentialType.authenticate(credentials, { url });
		const basic = Buffer.from(`${auth!.username}:${auth!.password}`).toString('base64');
		const response = await fetch(url, { headers: { Authorization: `Basic ${basic}` } });
		expect(response.status).toBe(200);
		expect(twilio.emulator.requests.map((received) => [received.method, received.path])).toEqual([
			['GET', `/2010-04-01/Accounts/${twilio.emulator.account.sid}.json`],
		]);
		expect(((await response.json()) as { sid: string }).sid).toBe(twilio.emulator.account.sid);
	});

	test.each([
		[{}, 'https://api.twilio.com'],
		[{ region: 'ie1' }, 'https://api.ie1.twilio.com'],
		[{ edge: 'sydney' }, 'https://api.sydney.us1.twilio.com'],
		[{ edge: 'sydney', region: 'au1' }, 'https://api.sydney.au1.twilio.com'],
		[{ edge: 'sydney', baseUrl: 'http://127.0.0.1:9999/' }, 'http://127.0.0.1:9999'],
	])('its host and the node\'s agree for %j', (settings, expected) => {
		const credentials = withDefaults({ accountSid: 'AC0123456789abcdef0123456789abcdef', ...settings });
		expect(resolve(credentialType.test.request.baseURL!, credentials)).toBe(expected);
		expect(apiBaseUrl(credentials)).toBe(expected);
	});
});

describe('authentication modes', () => {
	test('an API key authenticates as the key, with the Account SID still in the path', async () => {
		const key = twilio.emulator.account.apiKeys[0];
		const { error } = await twilio.run({
			credentials: { authType: 'apiKey', accountSid: twilio.emulator.account.sid, apiKeySid: key.sid, apiKeySecret: key.secret, baseUrl: twilio.emulator.url },
			parameters: { resource: 'message', operation: 'send', from: '+15005550006', to: '+14155551234', body: 'Hi' },
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect(request.authUser).toBe(key.sid);
		expect(request.path).toBe(`/2010-04-01/Accounts/${twilio.emulator.account.sid}/Messages.json`);
	});

	test('Options → Account SID acts on a subaccount with the parent credential', async () => {
		const created = await fetch(`${twilio.emulator.url}/2010-04-01/Accounts.json`, {
			method: 'POST',
			headers: {
				Authorization: `Basic ${Buffer.from(`${twilio.emulator.account.sid}:${twilio.emulator.account.authToken}`).toString('base64')}`,
				'Content-Type': 'application/x-www-form-urlencoded',
			},
			body: 'FriendlyName=Customer+42',
		});
		const subaccount = ((await created.json()) as { sid: string }).sid;
		twilio.emulator.requests.length = 0;
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'message',
				operation: 'send',
				from: '+15005550006',
				to: '+14155551234',
				body: 'Hi',
				options: { accountSid: subaccount },
			},
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].path).toBe(`/2010-04-01/Accounts/${subaccount}/Messages.json`);
		expect(twilio.emulator.requests[0].authUser).toBe(twilio.emulator.account.sid);
		expect(output[0].json.account_sid).toBe(subaccount);
	});

	test.each([
		['an Account SID that is not AC + 32 hex', { accountSid: 'AC123' }, /The credential's Account SID is not valid: it must be "AC" followed by 32 hexadecimal characters/],
		['an edge that is not a host name part', { edge: 'evil.example.com/', baseUrl: '' }, /The credential's Edge "evil.example.com\/" is not a Twilio edge name/],
		['a base URL that is not http(s)', { baseUrl: 'file:///etc/passwd' }, /The credential's API Base URL must start with https:\/\/ or http:\/\//],
	])('a credential with %s fails clearly and sends nothing', async (_, settings, message) => {
		const { error } = await twilio.run({
			credentials: { ...twilio.credentials, ...settings },
			parameters: { resource: 'message', operation: 'send', from: '+15005550006', to: '+14155551234', body: 'Hi' },
		});
		expect(error?.message).toMatch(message);
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});
