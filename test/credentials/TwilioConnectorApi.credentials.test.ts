import { Workflow, type ICredentialDataDecryptedObject, type INode } from 'n8n-workflow';

import { TwilioConnectorApi } from '../../credentials/TwilioConnectorApi.credentials';
import { apiBaseUrl } from '../../nodes/Twilio/transport/hosts';
import { useTwilio } from '../helpers/twilio';

const credentialType = new TwilioConnectorApi();

const twilio = useTwilio();

/** Resolves one of the credential's expressions the way n8n does, with `$credentials` set. */
function resolve(expression: string, credentials: ICredentialDataDecryptedObject): string {
	const node: INode = {
		id: '1',
		name: 'n',
		type: 'n',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: {
			getByName: () => undefined,
			getByNameAndVersion: () => undefined,
			getKnownTypes: () => ({}),
		} as never,
	});
	return String(
		workflow.expression.getSimpleParameterValue(
			node,
			expression,
			'internal',
			{ $credentials: credentials },
			undefined,
			'',
		),
	);
}

const withDefaults = (data: ICredentialDataDecryptedObject): ICredentialDataDecryptedObject => ({
	...(Object.fromEntries(
		credentialType.properties.map((property) => [property.name, property.default]),
	) as ICredentialDataDecryptedObject),
	...data,
});

/**
 * Sends the credential test's request as n8n builds it: base URL, path and query from the
 * expressions, Basic auth.
 */
async function runCredentialTest(data: ICredentialDataDecryptedObject): Promise<Response> {
	const credentials = withDefaults(data);
	const { request } = credentialType.test;
	const query = new URLSearchParams(
		Object.entries(request.qs ?? {}).map(([name, value]): [string, string] => [
			name,
			String(value),
		]),
	);
	const url = `${resolve(request.baseURL!, credentials)}${resolve(request.url!, credentials)}?${query}`;
	const { auth } = await credentialType.authenticate(credentials, { url });
	const basic = Buffer.from(`${auth!.username}:${auth!.password}`).toString('base64');
	return fetch(url, { headers: { Authorization: `Basic ${basic}` } });
}

const keyCredentials = (
	kind: 'standard' | 'main',
	secret?: string,
): ICredentialDataDecryptedObject => {
	const key = twilio.emulator.account.apiKeys.find((candidate) => candidate.kind === kind)!;
	return {
		...twilio.credentials,
		authType: 'apiKey',
		apiKeySid: key.sid,
		apiKeySecret: secret ?? key.secret,
	};
};

describe('the credential test', () => {
	test('reads a one-record page of messages from the configured base URL with Basic auth', async () => {
		const response = await runCredentialTest(twilio.credentials);
		expect(response.status).toBe(200);
		expect(
			twilio.emulator.requests.map((received) => [
				received.method,
				received.path,
				received.rawQuery,
			]),
		).toEqual([
			['GET', `/2010-04-01/Accounts/${twilio.emulator.account.sid}/Messages.json`, 'PageSize=1'],
		]);
		expect(((await response.json()) as { messages: unknown[] }).messages).toEqual([]);
	});

	test.each(['standard', 'main'] as const)('passes with a good %s API key', async (kind) => {
		const response = await runCredentialTest(keyCredentials(kind));
		expect(response.status).toBe(200);
		expect(twilio.emulator.requests[0].authUser).toBe(keyCredentials(kind).apiKeySid);
	});

	test.each([
		['a wrong API key secret', () => keyCredentials('standard', 'not-the-secret')],
		['a wrong Auth Token', () => ({ ...twilio.credentials, authToken: 'not-the-token' })],
	])('fails with %s', async (_, credentials) => {
		const response = await runCredentialTest(credentials());
		expect(response.status).toBe(401);
		expect(((await response.json()) as { code: number }).code).toBe(20003);
	});

	test.each([
		[{}, 'https://api.twilio.com'],
		[{ region: 'ie1' }, 'https://api.dublin.ie1.twilio.com'],
		[{ region: 'au1' }, 'https://api.sydney.au1.twilio.com'],
		[{ region: 'jp1', edge: 'tokyo' }, 'https://api.tokyo.jp1.twilio.com'],
		[{ edge: 'sydney' }, 'https://api.sydney.us1.twilio.com'],
		[{ region: 'us1', edge: 'umatilla' }, 'https://api.umatilla.us1.twilio.com'],
		[{ edge: 'sydney', baseUrl: 'http://127.0.0.1:9999/' }, 'http://127.0.0.1:9999'],
	])("its host and the node's agree for %j", (settings, expected) => {
		const credentials = withDefaults({
			accountSid: 'AC0123456789abcdef0123456789abcdef',
			...settings,
		});
		expect(resolve(credentialType.test.request.baseURL!, credentials)).toBe(expected);
		expect(apiBaseUrl(credentials)).toBe(expected);
	});

	test('a Region with another edge than its own is refused (the editor hides Edge when a Region is chosen)', () => {
		expect(apiBaseUrl({ region: 'ie1', edge: 'sydney' })).toEqual({
			error:
				"The credential's Region ie1 is reached through the edge dublin, not sydney: leave Edge empty or choose dublin",
		});
		const edge = credentialType.properties.find((property) => property.name === 'edge')!;
		expect(edge.displayOptions).toEqual({ show: { region: [''] } });
	});

	test('offers each Region with the edge it is reached through', () => {
		const region = credentialType.properties.find((property) => property.name === 'region')!;
		expect(region.options).toEqual([
			{ name: 'United States (US1, Default)', value: '' },
			{ name: 'Australia (AU1, Through sydney)', value: 'au1' },
			{ name: 'Ireland (IE1, Through dublin)', value: 'ie1' },
			{ name: 'Japan (JP1, Through tokyo)', value: 'jp1' },
		]);
	});
});

describe('API key kinds', () => {
	test('Account → Get with a Standard key says that a Main key or the Auth Token is needed', async () => {
		const { error } = await twilio.run({
			credentials: keyCredentials('standard'),
			parameters: { resource: 'account', operation: 'get' },
		});
		expect(error?.message).toBe(
			'Twilio error 20003: Authentication Error - invalid username. This operation needs a Main API key or the Auth Token (Standard API keys cannot use accounts, subaccounts or API keys)',
		);
		expect(error?.description).toMatch(/^Set the credential to Auth Token, or use a Main API key/);
		expect(JSON.stringify(error)).not.toContain(keyCredentials('standard').apiKeySecret);
	});

	test('Account → Get with a Main key works', async () => {
		const { output, error } = await twilio.run({
			credentials: keyCredentials('main'),
			parameters: { resource: 'account', operation: 'get' },
		});
		expect(error).toBeUndefined();
		expect(output[0].json.sid).toBe(twilio.emulator.account.sid);
		expect(output[0].json).not.toHaveProperty('auth_token');
	});

	test('a Standard key acting on a subaccount is refused with the reason', async () => {
		const created = await twilio.run({
			parameters: {
				resource: 'account',
				operation: 'createSubaccount',
				friendlyName: 'Customer 7',
			},
		});
		const subaccount = created.output[0].json.sid as string;
		twilio.emulator.requests.length = 0;
		const { error } = await twilio.run({
			credentials: keyCredentials('standard'),
			parameters: {
				resource: 'message',
				operation: 'send',
				from: '+15005550006',
				to: '+14155551234',
				body: 'Hi',
				options: { accountSid: subaccount },
			},
		});
		expect(error?.message).toMatch(/Acting on a subaccount needs a Main API key or the Auth Token/);
		expect(twilio.emulator.records(`/2010-04-01/Accounts/${subaccount}/Messages`)).toHaveLength(0);
	});

	test('a wrong key secret says what to check, without naming a key kind', async () => {
		const { error } = await twilio.run({
			credentials: keyCredentials('main', 'wrong'),
			parameters: {
				resource: 'message',
				operation: 'get',
				messageSid: 'SM0123456789abcdef0123456789abcdef',
			},
		});
		expect(error?.message).toBe('Twilio error 20003: Authenticate');
		expect(error?.description).toMatch(/^Check the credential's API Key SID and Secret/);
	});
});

describe('authentication modes', () => {
	test('an API key authenticates as the key, with the Account SID still in the path', async () => {
		const key = twilio.emulator.account.apiKeys[0];
		expect(key.kind).toBe('standard');
		const { error } = await twilio.run({
			credentials: {
				authType: 'apiKey',
				accountSid: twilio.emulator.account.sid,
				apiKeySid: key.sid,
				apiKeySecret: key.secret,
				baseUrl: twilio.emulator.url,
			},
			parameters: {
				resource: 'message',
				operation: 'send',
				from: '+15005550006',
				to: '+14155551234',
				body: 'Hi',
			},
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
		expect(twilio.emulator.requests[0].path).toBe(
			`/2010-04-01/Accounts/${subaccount}/Messages.json`,
		);
		expect(twilio.emulator.requests[0].authUser).toBe(twilio.emulator.account.sid);
		expect(output[0].json.account_sid).toBe(subaccount);
	});

	test.each([
		[
			'an Account SID that is not AC + 32 hex',
			{ accountSid: 'AC123' },
			/The credential's Account SID is not valid: it must be "AC" followed by 32 hexadecimal characters/,
		],
		[
			'an edge that is not a Twilio edge location',
			{ edge: 'evil.example.com/', baseUrl: '' },
			/The credential's Edge "evil.example.com\/" is not a Twilio edge location/,
		],
		[
			'a base URL that is not http(s)',
			{ baseUrl: 'file:///etc/passwd' },
			/The credential's API Base URL must start with https:\/\/ or http:\/\//,
		],
	])('a credential with %s fails clearly and sends nothing', async (_, settings, message) => {
		const { error } = await twilio.run({
			credentials: { ...twilio.credentials, ...settings },
			parameters: {
				resource: 'message',
				operation: 'send',
				from: '+15005550006',
				to: '+14155551234',
				body: 'Hi',
			},
		});
		expect(error?.message).toMatch(message);
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});
