import type { TwilioRecord } from '../../types';

/**
 * Event types of Twilio's catalog, as Twilio's "Event types list" page names them, each with the
 * schema its event pages give (`dataschema`); where the description's examples show a type,
 * `GET /v1/Types` shows the example. Outbound message status and inbound messages
 * (Messaging.MessageStatus, Messaging.InboundMessageV1), call status callbacks, Studio executions
 * and steps, Conversations, Verify message status, error logs and the sink test event. A Verify
 * delivery-report type Twilio restricted ("You may not create new subscriptions for restricted
 * event types") stands for the types a subscription cannot name.
 */
const TYPES: Array<[type: string, schema: string, description: string, status?: string]> = [
	[
		'com.twilio.messaging.message.delivered',
		'Messaging.MessageStatus',
		'Messaging- delivered message',
	],
	['com.twilio.messaging.message.failed', 'Messaging.MessageStatus', 'Messaging- failed message'],
	['com.twilio.messaging.message.queued', 'Messaging.MessageStatus', 'Messaging- queued message'],
	['com.twilio.messaging.message.sent', 'Messaging.MessageStatus', 'Messaging- sent message'],
	[
		'com.twilio.messaging.message.undelivered',
		'Messaging.MessageStatus',
		'Messaging- undelivered message',
	],
	['com.twilio.messaging.message.read', 'Messaging.MessageStatus', 'Messaging- read message'],
	[
		'com.twilio.messaging.inbound-message.received',
		'Messaging.InboundMessageV1',
		'Messaging- inbound message received',
	],
	['com.twilio.voice.status-callback.call.ringing', 'Voice.StatusCallback', 'Voice- call ringing'],
	[
		'com.twilio.voice.status-callback.call.answered',
		'Voice.StatusCallback',
		'Voice- call answered',
	],
	[
		'com.twilio.voice.status-callback.call.completed',
		'Voice.StatusCallback',
		'Voice- call completed',
	],
	[
		'com.twilio.studio.flow.execution.started',
		'Studio.FlowExecutionEvent',
		'Studio- flow execution started',
	],
	[
		'com.twilio.studio.flow.execution.ended',
		'Studio.FlowExecutionEvent',
		'Studio- flow execution ended',
	],
	['com.twilio.studio.flow.step.ended', 'Studio.FlowStepEvent', 'Studio- flow step ended'],
	[
		'com.twilio.conversations.message.added',
		'Conversations.MessageEvent',
		'Conversations- message added',
	],
	[
		'com.twilio.accountsecurity.verify.message.delivered',
		'AccountSecurity.MessageStatusEvent',
		'Verify- message delivered',
	],
	[
		'com.twilio.accountsecurity.verify.attempt-dlr.delivered',
		'AccountSecurity.VerifyEventStreamDLREvent',
		'Verify- attempt delivery report delivered',
		'restricted',
	],
	['com.twilio.error-logs.error.logged', 'ErrorLogs.ErrorLogged', 'Error Logs- error logged'],
	['com.twilio.eventstreams.test-event', 'EventStreams.TestSink', 'Event Streams- sink test event'],
];

/** The catalog's records, as `GET /v1/Types` shows them. */
export const CATALOG_TYPES: TwilioRecord[] = TYPES.map(([type, schema, description, status]) => ({
	date_created: '2020-08-13T13:28:20Z',
	date_updated: '2020-08-13T13:28:20Z',
	type,
	schema_id: schema,
	status: status ?? 'available',
	documentation_url: null,
	description,
	url: `https://events.twilio.com/v1/Types/${type}`,
	links: { schema: `https://events.twilio.com/v1/Schemas/${schema}/Versions` },
}));
