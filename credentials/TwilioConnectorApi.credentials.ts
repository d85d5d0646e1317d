import type {
	Icon,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import {
	CLASSIC_PRODUCT,
	EDGES,
	PRODUCT_PLACEHOLDER,
	REGION_EDGES,
	TWILIO_API_URL,
} from '../nodes/Twilio/transport/hosts';

/** The credential's host without a trailing slash, as an n8n expression piece. */
const CONFIGURED = `($credentials.baseUrl || '${TWILIO_API_URL}').replace(/\\/+$/, '').split('${PRODUCT_PLACEHOLDER}').join('${CLASSIC_PRODUCT}')`;
const OWN_EDGE = `(${JSON.stringify(REGION_EDGES)})[$credentials.region]`;

/**
 * The host the credential points at, as an n8n expression (the credential test cannot call code).
 * It follows `apiBaseUrl()` in the node's transport: an explicit base URL wins, then a Region with
 * its own edge, then an edge alone (region us1).
 */
const BASE_URL_EXPRESSION =
	`={{ ${CONFIGURED} !== '${TWILIO_API_URL}' ? ${CONFIGURED} : ` +
	`${OWN_EDGE} ? 'https://api.' + ${OWN_EDGE} + '.' + $credentials.region + '.twilio.com' : ` +
	`$credentials.edge ? 'https://api.' + $credentials.edge + '.us1.twilio.com' : '${TWILIO_API_URL}' }}`;

const REGION_NAMES: Record<keyof typeof REGION_EDGES, string> = {
	au1: 'Australia',
	ie1: 'Ireland',
	jp1: 'Japan',
};

export class TwilioConnectorApi implements ICredentialType {
	name = 'twilioConnectorApi';

	displayName = 'Twilio Connector API';

	icon: Icon = {
		light: 'file:../nodes/TwilioConnector/twilio.svg',
		dark: 'file:../nodes/TwilioConnector/twilio.dark.svg',
	};

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
			type: 'options',
			options: [
				{ name: 'United States (US1, Default)', value: '' },
				...Object.entries(REGION_EDGES).map(([region, edge]) => ({
					name: `${REGION_NAMES[region as keyof typeof REGION_EDGES]} (${region.toUpperCase()}, Through ${edge})`,
					value: region,
				})),
			],
			default: '',
			description:
				'The Twilio Region that processes the requests. A Region outside the US is reached through its own edge location, and its API keys and Auth Token are its own: create them in that Region.',
		},
		{
			displayName: 'Edge',
			name: 'edge',
			type: 'options',
			options: [
				{ name: "The Region's Own", value: '' },
				...EDGES.map((edge) => ({ name: edge, value: edge })),
			],
			default: '',
			displayOptions: { show: { region: [''] } },
			description:
				'For the US1 Region: the edge location requests enter Twilio through, such as the one nearest to n8n. Regions outside the US use their own edge.',
		},
		{
			displayName: 'API Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.twilio.com',
			description:
				"Advanced: send requests to another address than Twilio's, such as a proxy or a local emulator. The classic API goes to this address and every other product below it (for example …/verify/v2/Services); {product} in the address is replaced by the product's name instead (https://{product}.proxy.example). When set, Region and Edge are ignored.",
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

	/**
	 * A one-record page of messages: a request every kind of API key may make. Standard keys (the
	 * usual kind, and the only kind the API creates) cannot read the Accounts resource.
	 */
	test: ICredentialTestRequest = {
		request: {
			baseURL: BASE_URL_EXPRESSION,
			url: '=/2010-04-01/Accounts/{{ encodeURIComponent($credentials.accountSid) }}/Messages.json',
			qs: { PageSize: 1 },
			method: 'GET',
		},
	};
}
