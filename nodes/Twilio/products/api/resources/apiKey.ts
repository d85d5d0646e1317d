import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { sidLocator } from '../../../fields/locator';
import { API_V2010 } from '../digest';
import { apiKeys } from '../lists';

const keySid = sidLocator({
	name: 'sid',
	displayName: 'API Key SID',
	twilioName: 'Sid',
	lookup: apiKeys,
	location: 'path',
	required: true,
	description: 'The API key, SK followed by 32 hexadecimal characters',
});

/** A key's secret is in Twilio's answer to the create only. */
const secretHint = {
	after: () =>
		"The key's secret is in this output only: Twilio never shows it again. Store it now, for example in an n8n credential.",
};

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const apiKeyResource = (): ResourceDeclaration => ({
	value: 'apiKey',
	name: 'API Key',
	description:
		"The account's Standard API keys, which authenticate API requests and can be revoked one by one",
	operations: standardOperations(
		{ one: 'an API key', many: 'API keys' },
		collectionOf(API_V2010, API_V2010.ListKey),
		{
			create: {
				description: 'Create a Standard API key; its secret is in the output once',
				hint: secretHint,
				notice: 'Managing API keys needs the Auth Token or a Main API key in the credential.',
			},
			get: { fields: [keySid] },
			update: { fields: [keySid], description: 'Change the friendly name of an API key' },
			delete: {
				fields: [keySid],
				description: 'Revoke an API key: requests made with it are refused from then on',
			},
		},
	),
});
