import type {
	Icon,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

/**
 * The host the credential points at, as an n8n expression (the credential test cannot call code).
 * It mirrors `apiBaseUrl()` in the node's transport: an explicit base URL wins, then edge/region.
 */
const BASE_URL_EXPRESSION =
	"={{ ($credentials.baseUrl || 'https://api.twilio.com').replace(/\\/+$/, '') !== 'https://api.twilio.com' ? $credentials.baseUrl.replace(/\\/+$/, '') : 'https://api' + ($credentials.edge ? '.' + $credentials.edge + '.' + ($credentials.region || 'us1') : ($credentials.region ? '.' + $credentials.region : '')) + '.twilio.com' }}";

export class TwilioConnectorApi implements ICredentialType {
	name = 'twilioConnectorApi';

	displayName = 'Twilio Connector API';

	icon: Icon = { light: 'file:../nodes/TwilioConnector/twilio.svg', dark: 'file:../nodes/TwilioConnector/twilio.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-twilio-connector#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Authentication',
			name: 'authType',
			type: 'options',
			options: [
				{
					name: 'Auth Token',
					value: 'authToken',
					description: "The account's primary credential: Account SID and Auth Token",
				},
				{
					name: 'API Key',
					value: 'apiKey',
					description: 'An API Key SID and secret, which can be revoked on its own',
				},
			],
			default: 'authToken',
		},
		{
			displayName: 'Account SID',
			name: 'accountSid',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
			description:
				'Your account\'s SID, "AC" followed by 32 hexadecimal characters, from the Twilio Console. API requests are made on this account unless an operation names a subaccount.',
		},
		{
			displayName: 'Auth Token',
			name: 'authToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: { show: { authType: ['authToken'] } },
		},
		{
			displayName: 'API Key SID',
			name: 'apiKeySid',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
			displayOptions: { show: { authType: ['apiKey'] } },
		},
		{
			displayName: 'API Key Secret',
			name: 'apiKeySecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: { show: { authType: ['apiKey'] } },
		},
		{
			displayName: 'Auth Token (for Webhook Signatures)',
			name: 'authToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authType: ['apiKey'] } },
			description:
				"Twilio signs its webhooks with the account's Auth Token, never with an API key. The Twilio Connector Trigger needs it to check that a request really comes from Twilio.",
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'string',
			default: '',
			placeholder: 'ie1',
			description:
				'Twilio Region to process requests in, e.g. "au1" or "ie1". Leave empty for the default (US). API keys belong to one region.',
		},
		{
			displayName: 'Edge',
			name: 'edge',
			type: 'string',
			default: '',
			placeholder: 'dublin',
			description:
				'Twilio Edge location the requests enter through, e.g. "sydney" or "dublin". Leave empty for the default.',
		},
		{
			displayName: 'API Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.twilio.com',
			description:
				'Advanced: send requests to another address than Twilio\'s, such as a proxy or a local emulator. When set, Region and Edge are ignored.',
		},
	];

	/**
	 * Basic authentication with the API key or the account's Auth Token. A function rather than
	 * expressions: n8n evaluates a generic credential's expressions on every request, which costs
	 * more CPU than the rest of a send (see docs/performance.md).
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const apiKey = credentials.authType === 'apiKey';
		return {
			...requestOptions,
			auth: {
				username: String(apiKey ? credentials.apiKeySid : credentials.accountSid),
				password: String(apiKey ? credentials.apiKeySecret : credentials.authToken),
			},
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: BASE_URL_EXPRESSION,
			url: '=/2010-04-01/Accounts/{{ encodeURIComponent($credentials.accountSid) }}.json',
			method: 'GET',
		},
	};
}
