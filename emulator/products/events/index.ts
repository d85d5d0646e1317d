import { TwilioError } from '../../errors';
import { cloudEvent, sendToSink } from '../../eventStreams';
import type { GenericContext, ProductBehaviours } from '../../engine/types';
import type { TwilioRecord } from '../../types';
import { CATALOG_TYPES } from './types';

const SINKS = '/events/v1/Sinks';

/**
 * Event Streams v1 (events.twilio.com), served from its description by the generic engine: sinks,
 * subscriptions and their event types, the event types and schemas (from the description's
 * examples). A sink is `active` from its creation and validating one always answers `valid`
 * (Event Streams docs, Sink Validate resource: "There is no longer a need for validating a Sink.
 * The status of Sinks is active by default", "always returns a result property with a value of
 * valid"); a subscription still needs an active sink (CreateSubscription's SinkSid: "Sink must be
 * active for the subscription to be created"), which a failed sink is not.
 */
/**
 * Twilio's catalog of event types, schemas and their versions, the same for every account: what the
 * description's examples of the operation show (a type's schema is Messaging.MessageStatus…).
 */
const CATALOG = { source: (context: GenericContext) => context.operation.examples };

/**
 * The event types: the description's examples, and the rest of the catalog (`types.ts`), each type
 * once (the examples show some types in several versions; Twilio lists a type once).
 */
const TYPES = {
	source: (context: GenericContext) => {
		const byType = new Map<unknown, TwilioRecord>();
		for (const record of [...context.operation.examples, ...CATALOG_TYPES])
			if (!byType.has(record.type)) byType.set(record.type, record as TwilioRecord);
		return [...byType.values()];
	},
};

/** Types a new subscription may not name (Event Types: "restricted", "discontinued"). */
const CLOSED = ['restricted', 'discontinued'];

/** The subscription's types as sent: each a JSON object with `type` and `schema_version`. */
function typesOf(context: GenericContext): Array<{ type: string; schema_version?: number }> {
	return context.params.getAll('Types').map((text) => {
		try {
			const parsed = JSON.parse(text) as { type?: unknown; schema_version?: unknown };
			if (typeof parsed.type !== 'string') throw new Error('no type');
			return {
				type: parsed.type,
				...(typeof parsed.schema_version === 'number'
					? { schema_version: parsed.schema_version }
					: {}),
			};
		} catch {
			throw new TwilioError(400, 20001, `Invalid Types: ${text}`);
		}
	});
}

/**
 * The sink's configuration: a JSON object, which for a webhook names its `destination` URL and its
 * `method` (Webhook Quickstart: `{"destination": …, "method": …, "batch_events": …}`).
 */
function configurationOf(context: GenericContext): Record<string, unknown> {
	const text = context.params.get('SinkConfiguration') ?? '';
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		// refused below
	}
	const configuration = (parsed ?? {}) as Record<string, unknown>;
	const webhook = context.params.get('SinkType') === 'webhook';
	const valid =
		typeof parsed === 'object' &&
		!Array.isArray(parsed) &&
		(!webhook ||
			(typeof configuration.destination === 'string' &&
				URL.canParse(configuration.destination) &&
				typeof configuration.method === 'string'));
	if (!valid) throw new TwilioError(400, 20001, `Invalid SinkConfiguration: ${text}`);
	return configuration;
}

export const events: ProductBehaviours = {
	collections: {
		'/v1/Types': TYPES,
		'/v1/Schemas': CATALOG,
		'/v1/Schemas/{Id}/Versions': CATALOG,
	},
	behaviours: {
		CreateSubscription: {
			check(context) {
				const sink = context.store.get(SINKS, context.params.get('SinkSid') ?? '');
				if (sink?.status !== 'active')
					throw new TwilioError(
						400,
						20001,
						'Sink must be active for the subscription to be created',
					);
				for (const { type } of typesOf(context)) {
					const known = CATALOG_TYPES.find((record) => record.type === type);
					if (!known || CLOSED.includes(String(known.status)))
						throw new TwilioError(400, 20001, `Event type ${type} cannot be subscribed to`);
				}
			},
			// Its types become its subscribed events (Subscribed Event resource).
			apply(record, context) {
				for (const { type, schema_version } of typesOf(context))
					context.store.add(
						`/events/v1/Subscriptions/${String(record.sid)}/SubscribedEvents`,
						{
							account_sid: record.account_sid,
							type,
							schema_version: schema_version ?? 1,
							subscription_sid: record.sid,
							url: `https://events.twilio.com/v1/Subscriptions/${String(record.sid)}/SubscribedEvents/${type}`,
						},
						type,
					);
			},
		},
		CreateSink: {
			// Twilio answers the configuration it was sent (JSON text) as an object.
			check(context) {
				configurationOf(context);
			},
			apply(record, context) {
				record.status = 'active';
				record.sink_configuration = configurationOf(context);
			},
		},
		// A test event goes to the sink, subscribed or not (Sink Test resource); the answer is the
		// description's example, `result: submitted`.
		CreateSinkTest: {
			apply(record, context) {
				record.result = 'submitted';
				const sink = context.store.get(SINKS, context.path.Sid);
				if (sink)
					sendToSink(context.store, context.principal, sink, [
						cloudEvent('com.twilio.eventstreams.test-event', 'EventStreams.TestSink/1', 'Sink', {
							test_id: context.newSid('TE'),
						}),
					]);
			},
		},
		CreateSinkValidate: {
			apply(record) {
				record.result = 'valid';
			},
		},
	},
};
