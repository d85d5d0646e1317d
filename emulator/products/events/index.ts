import { TwilioError } from '../../errors';
import type { GenericContext, ProductBehaviours } from '../../engine/types';

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
				record.status = 'active';
			},
		},
		CreateSinkValidate: {
			apply(record) {
				record.result = 'valid';
			},
		},
	},
};
