import { TwilioError } from '../../errors';
import type { GenericContext, ProductBehaviours } from '../../engine/types';

const SINKS = '/events/v1/Sinks';

/**
 * Event Streams v1 (events.twilio.com), served from its description by the generic engine: sinks,
 * subscriptions and their event types, the event types and schemas (from the description's
 * examples). A sink starts `initialized` and is `active` once validated (Event Streams: Sink
 * resource, "Validate a Sink"), and only an active sink takes a subscription (CreateSubscription's
 * SinkSid: "Sink must be active for the subscription to be created").
 */
/**
 * Twilio's catalog of event types, schemas and their versions, the same for every account: what the
 * description's examples of the operation show (a type's schema is Messaging.MessageStatus…).
 */
const CATALOG = { source: (context: GenericContext) => context.operation.examples };

export const events: ProductBehaviours = {
	collections: {
		'/v1/Types': CATALOG,
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
			},
		},
		CreateSink: {
			apply(record) {
				record.status = 'initialized';
			},
		},
		CreateSinkValidate: {
			apply(record, context) {
				const sink = context.store.get(SINKS, context.path.Sid);
				if (sink) sink.status = 'active';
				record.result = 'valid';
			},
		},
	},
};
