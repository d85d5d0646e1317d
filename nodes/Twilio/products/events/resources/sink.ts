import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { EVENTS_V1 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const sinkResource = (): ResourceDeclaration => ({
	value: 'sink',
	name: 'Sink',
	description:
		'Where Event Streams delivers events: a webhook, an Amazon Kinesis stream, Segment or e-mail',
	parameters: {
		Sid: {
			displayName: 'Sink SID',
			description: 'The sink, DG followed by 32 hexadecimal characters',
		},
		Description: { description: 'A name for the sink (Twilio asks for no personal data here)' },
		SinkType: { displayName: 'Sink Type', description: 'Where the events go' },
		SinkConfiguration: {
			description:
				'The destination as JSON: for a webhook {"destination": "https://…", "method": "POST", "batch_events": false}; for Kinesis {"arn": "…", "role_arn": "…", "external_id": "…"}',
		},
		InUse: {
			description: 'Whether to list only the sinks a subscription uses (off: only the unused ones)',
		},
		Status: {
			description: 'Only sinks in this state',
			values: 'listed',
		},
		TestId: {
			description: "The test event's ID, from the event Send Test delivered to the sink",
		},
	},
	operations: [
		...standardOperations(
			{ one: 'a sink', many: 'sinks' },
			collectionOf(EVENTS_V1, EVENTS_V1.ListSink),
			{
				create: {
					description: 'Create a sink; Twilio makes it active at once, ready for a subscription',
				},
			},
		),
		{
			value: 'sendTest',
			name: 'Send Test',
			action: 'Send a test event to a sink',
			description:
				'Deliver a test event to the sink, to see that it receives events. Never sent twice.',
			spec: EVENTS_V1.CreateSinkTest,
		},
		{
			value: 'validate',
			name: 'Validate',
			action: 'Validate a sink',
			description:
				'Confirm a test event reached the sink; Twilio no longer needs it (sinks are active from their creation) and always answers valid',
			spec: EVENTS_V1.CreateSinkValidate,
		},
	],
});
