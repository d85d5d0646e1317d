import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { API_V2010 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const queueResource = (): ResourceDeclaration => ({
	value: 'queue',
	name: 'Queue',
	description: 'Call queues that the TwiML Enqueue verb puts callers in, to wait for an agent',
	parameters: {
		Sid: {
			displayName: 'Queue SID',
			description: 'The queue, QU followed by 32 hexadecimal characters',
		},
		MaxSize: {
			description: 'The most callers that may wait in the queue (1,000 by default)',
			min: 1,
			max: 5000,
		},
	},
	operations: standardOperations(
		{ one: 'a queue', many: 'queues' },
		collectionOf(API_V2010, API_V2010.ListQueue),
		{
			getMany: {
				description:
					"List the account's queues, each with how many callers wait and for how long on average",
			},
			update: { description: 'Rename a queue or change how many callers it holds' },
			delete: { description: 'Delete a queue; Twilio refuses while callers wait in it' },
		},
	),
});
