import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { MONITOR_V1 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const eventResource = (): ResourceDeclaration => ({
	value: 'event',
	name: 'Event',
	description:
		"The account's audit log: who changed what, when and from where (Console users and API credentials)",
	parameters: {
		Sid: {
			displayName: 'Event SID',
			description: 'The event, AE followed by 32 hexadecimal characters',
		},
		ActorSid: {
			description: 'Only events of this user (US…), who acted in the Console or with the API',
		},
		EventType: {
			description: 'Only events of this type, such as phone-number.created',
			placeholder: 'phone-number.created',
		},
		ResourceSid: {
			description: 'Only events about this record: the history of one number, app or key',
		},
		SourceIpAddress: {
			description: 'Only events that came from this IP address',
		},
		StartDate: { description: 'Only events from this moment on' },
		EndDate: { description: 'Only events up to this moment' },
	},
	operations: standardOperations(
		{ one: 'an event', many: 'events' },
		collectionOf(MONITOR_V1, MONITOR_V1.ListEvent),
		{
			get: { description: 'An event with its actor, the record it is about and the change' },
			getMany: {
				description:
					"List the account's audit events, newest first: all of them, or up to a limit (Twilio keeps them 30 days)",
			},
		},
	),
});
