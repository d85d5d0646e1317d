import { json } from '../answer';
import type { TwilioRecord } from '../types';
import type { Behaviour, GenericContext } from './types';

/**
 * A create whose record Twilio's rules build rather than the description's example (a call is
 * `queued`, a message's segments are counted): stored in the path's collection, answered 201.
 */
export function createdBy(build: (context: GenericContext) => TwilioRecord): Behaviour {
	return {
		handle(context) {
			const record = build(context);
			context.collection.add(record);
			return json(201, record);
		},
	};
}

/** An update that Twilio's rules make (a call's status moves on): the record, changed, answered. */
export function updatedBy(
	change: (record: TwilioRecord, context: GenericContext) => void,
): Behaviour {
	return {
		handle(context) {
			const record = context.record();
			change(record, context);
			return json(200, record);
		},
	};
}
