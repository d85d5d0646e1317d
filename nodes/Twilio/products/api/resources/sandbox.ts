import type { ResourceDeclaration } from '../../../declarations/complete';
import type { Retirement } from '../../../engine/types';

import { httpMethod, url } from '../../../fields/basic';

const SANDBOX_PATH = '/2010-04-01/Accounts/{AccountSid}/Sandbox.json';

const SANDBOX_RETIRED: Retirement = {
	reason:
		'the developer Sandbox was replaced in 2010 by a trial phone number on every account; its endpoint answers 404 Not Found.',
	instead:
		"Incoming Phone Number → Get Many finds the account's trial number, and Incoming Phone Number → Update sets its Voice URL, Voice Method, SMS URL and SMS Method.",
};

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const sandboxResource = (): ResourceDeclaration => ({
	value: 'sandbox',
	name: 'Sandbox',
	description:
		'The developer sandbox number Twilio retired in 2010, kept so old workflows explain themselves',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get the sandbox',
			description:
				'Twilio no longer has a sandbox: this operation always fails, saying what to use instead',
			method: 'GET',
			path: SANDBOX_PATH,
			retired: SANDBOX_RETIRED,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update the sandbox',
			description:
				'Twilio no longer has a sandbox: this operation always fails, saying what to use instead',
			method: 'POST',
			path: SANDBOX_PATH,
			// The path names the account's one sandbox: an update, not a create.
			retry: 'idempotent',
			optionalFields: {
				collection: 'updateFields',
				fields: [
					url({
						name: 'voiceUrl',
						displayName: 'Voice URL',
						twilioName: 'VoiceUrl',
						description: 'URL Twilio called when someone called the sandbox number',
					}),
					httpMethod({
						name: 'voiceMethod',
						displayName: 'Voice Method',
						twilioName: 'VoiceMethod',
						description: 'HTTP method Twilio used to call Voice URL',
					}),
					url({
						name: 'smsUrl',
						displayName: 'SMS URL',
						twilioName: 'SmsUrl',
						description: 'URL Twilio called when someone texted the sandbox number',
					}),
					httpMethod({
						name: 'smsMethod',
						displayName: 'SMS Method',
						twilioName: 'SmsMethod',
						description: 'HTTP method Twilio used to call SMS URL',
					}),
				],
			},
			retired: SANDBOX_RETIRED,
		},
	],
});
