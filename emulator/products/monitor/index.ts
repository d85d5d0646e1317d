import type { Behaviour, GenericContext, ProductBehaviours } from '../../engine/types';
import type { TwilioRecord } from '../../types';

/**
 * Monitor v1 (monitor.twilio.com): the account's alerts and audit events, which Twilio writes on
 * its own (tests put them in place with `seedProductRecord`). Both lists come newest first and
 * filter on a time range: StartDate "on or after", EndDate "on or before" (Monitor reference, List
 * Alert and List Event), a day alone meaning its midnight UTC. Alerts filter on LogLevel too;
 * events on ActorSid, EventType, ResourceSid and SourceIpAddress, the record's fields of the same
 * names.
 */

/** Whether a record's time is within the request's StartDate and EndDate. */
function inRange(record: TwilioRecord, field: string, context: GenericContext): boolean {
	const time = Date.parse(String(record[field]));
	const start = context.params.get('StartDate');
	const end = context.params.get('EndDate');
	if (start !== undefined && !(time >= Date.parse(start))) return false;
	if (end !== undefined && !(time <= Date.parse(end))) return false;
	return true;
}

/** The list's filters: each parameter equals the record's field of the same (snake_case) name. */
function listed(timeField: string, filters: Record<string, string>): Behaviour {
	return {
		matches: (record, context) =>
			inRange(record, timeField, context) &&
			Object.entries(filters).every(([parameter, field]) => {
				const wanted = context.params.get(parameter);
				return wanted === undefined || String(record[field]) === wanted;
			}),
	};
}

export const monitor: ProductBehaviours = {
	behaviours: {
		ListAlert: listed('date_generated', { LogLevel: 'log_level' }),
		ListEvent: listed('event_date', {
			ActorSid: 'actor_sid',
			EventType: 'event_type',
			ResourceSid: 'resource_sid',
			SourceIpAddress: 'source_ip_address',
		}),
	},
	collections: {
		'/v1/Alerts': { order: 'newest-first' },
		'/v1/Events': { order: 'newest-first' },
	},
};
