import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { EVENTS_V1 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const eventTypeResource = (): ResourceDeclaration => ({
	value: 'eventType',
	name: 'Event Type',
	description: 'The kinds of event Twilio can stream, each with its description, schema and status',
	parameters: {
		Type: {
			description: 'The event type, such as com.twilio.messaging.message.delivered',
			placeholder: 'com.twilio.messaging.message.delivered',
		},
		SchemaId: {
			description: 'Only the event types of this schema, such as Messaging.MessageStatus',
		},
	},
	operations: standardOperations(
		{ one: 'an event type', many: 'event types' },
		collectionOf(EVENTS_V1, EVENTS_V1.ListEventType),
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const schemaResource = (): ResourceDeclaration => ({
	value: 'schema',
	name: 'Schema',
	description: "The shape of an event type's data, version by version (JSON Schema)",
	parameters: {
		Id: {
			displayName: 'Schema ID',
			description: 'The schema, such as Messaging.MessageStatus (an event type names its own)',
			placeholder: 'Messaging.MessageStatus',
		},
		SchemaVersion: { description: 'The version of the schema, from 1' },
	},
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a schema',
			description: 'Get a schema with its latest version and the date it was last changed',
			spec: EVENTS_V1.FetchSchema,
		},
		{
			value: 'getVersions',
			name: 'Get Versions',
			action: 'Get the versions of a schema',
			description: "List a schema's versions: all of them, or up to a limit",
			spec: EVENTS_V1.ListSchemaVersion,
		},
		{
			value: 'getVersion',
			name: 'Get Version',
			action: 'Get a version of a schema',
			description: 'Get one version of a schema, with its JSON Schema text',
			spec: EVENTS_V1.FetchSchemaVersion,
		},
	],
});
