import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { sidLocator } from '../../../fields/locator';
import { MONITOR_V1 } from '../digest';
import { alerts } from '../lists';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const alertResource = (): ResourceDeclaration => ({
	value: 'alert',
	name: 'Alert',
	description:
		"The account's errors and warnings (Twilio's Debugger): a webhook that failed, a message refused…",
	parameters: {
		LogLevel: {
			description: 'Only alerts of this level',
			values: 'listed',
		},
		StartDate: { description: 'Only alerts from this moment on' },
		EndDate: { description: 'Only alerts up to this moment' },
	},
	operations: standardOperations(
		{ one: 'an alert', many: 'alerts' },
		collectionOf(MONITOR_V1, MONITOR_V1.ListAlert),
		{
			get: {
				description:
					'An alert with its details: the error code, the request Twilio made and the answer it got',
				fields: [
					sidLocator({
						name: 'sid',
						displayName: 'Alert SID',
						twilioName: 'Sid',
						lookup: alerts,
						location: 'path',
						required: true,
						description: 'The alert, NO followed by 32 hexadecimal characters',
					}),
				],
			},
			getMany: {
				description:
					"List the account's alerts, newest first: all of them, or up to a limit (Twilio keeps them 30 days)",
			},
		},
	),
});
