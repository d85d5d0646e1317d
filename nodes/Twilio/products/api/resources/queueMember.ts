import type { ResourceDeclaration } from '../../../declarations/complete';
import { API_V2010 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const queueMemberResource = (): ResourceDeclaration => ({
	value: 'queueMember',
	name: 'Queue Member',
	description: 'Callers waiting in a queue',
	parameters: {
		CallSid: {
			displayName: 'Call SID or Front',
			description: 'The waiting call (CA…), or Front for the caller who has waited longest',
			placeholder: 'Front',
		},
	},
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a queue member',
			description: 'Get one waiting caller by call SID, or the one at the front of the queue',
			spec: API_V2010.FetchMember,
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many queue members',
			description: 'List the callers waiting in a queue, in the order they will be answered',
			spec: API_V2010.ListMember,
		},
		{
			value: 'dequeue',
			name: 'Dequeue',
			action: 'Take a caller out of a queue',
			description:
				'Take a waiting caller out of the queue and send their call to new TwiML instructions',
			spec: API_V2010.UpdateMember,
			parameters: {
				Url: {
					description: 'The TwiML instructions the call gets once out of the queue',
					// Repeated, it would take the next caller at the front out of the queue as well.
					actsAgain: true,
				},
			},
		},
	],
});
