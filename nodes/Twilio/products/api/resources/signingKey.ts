import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { sidLocator } from '../../../fields/locator';
import { API_V2010 } from '../digest';
import { signingKeys } from '../lists';

const signingKeySid = sidLocator({
	name: 'sid',
	displayName: 'Signing Key SID',
	twilioName: 'Sid',
	lookup: signingKeys,
	location: 'path',
	required: true,
	description: 'The signing key, SK followed by 32 hexadecimal characters',
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const signingKeyResource = (): ResourceDeclaration => ({
	value: 'signingKey',
	name: 'Signing Key',
	description: 'Keys that sign Access Tokens for Twilio client SDKs',
	operations: standardOperations(
		{ one: 'a signing key', many: 'signing keys' },
		collectionOf(API_V2010, API_V2010.ListSigningKey),
		{
			create: {
				description: 'Create a signing key; its secret is in the output once',
				hint: {
					after: () =>
						"The signing key's secret is in this output only: Twilio never shows it again. Store it now.",
				},
			},
			get: { fields: [signingKeySid] },
			update: { fields: [signingKeySid], description: 'Change the friendly name of a signing key' },
			delete: {
				fields: [signingKeySid],
				description: 'Delete a signing key: Access Tokens it signed stop working',
			},
		},
	),
});
