import { invalidParameter, TwilioError } from '../../../errors';
import type { Behaviour } from '../../../engine/types';
import { targetOf } from './common';

/** A message still on its way: Twilio has not finished with it. */
const IN_FLIGHT = ['accepted', 'scheduled', 'queued', 'sending', 'receiving'];

export const messageBehaviours: Record<string, Behaviour> = {
	/**
	 * UpdateMessage either redacts or cancels. The description: "To redact the text content of a
	 * Message, this parameter's value must be an empty string" (Body). Error 30400 (docs: API
	 * errors) covers a body missing both Body and Status, both at once ("Attempted to cancel the
	 * message and redact the message body at the same time") and a redaction whose Body is not
	 * empty. Error 30409, "This message cannot be canceled": only a message whose status is
	 * `scheduled` can be canceled.
	 */
	UpdateMessage: {
		check(context) {
			const { params } = context;
			const body = params.get('Body');
			const status = params.get('Status');
			if (body === undefined && status === undefined)
				throw invalidParameter(30400, 'Parameters are not valid: Body or Status is required');
			if (body !== undefined && status !== undefined) {
				throw invalidParameter(
					30400,
					'Parameters are not valid: a message cannot be canceled and redacted at once',
				);
			}
			if (body !== undefined && body !== '') {
				throw invalidParameter(30400, 'Parameters are not valid: a redaction takes an empty Body');
			}
			const message = targetOf(context);
			if (status === 'canceled' && message && message.status !== 'scheduled') {
				throw invalidParameter(
					30409,
					`This message cannot be canceled: its status is ${String(message.status)}`,
				);
			}
		},
	},
	/**
	 * Error 20009, "Cannot delete this resource before it is complete": "You attempted to delete a
	 * call or message resource before it was completed" (docs: API errors). Deleting a message
	 * "will also delete any media objects associated with that message" (Twilio Support: Deleting
	 * messages, message media or message bodies).
	 */
	DeleteMessage: {
		deleting(message, context) {
			if (IN_FLIGHT.includes(String(message.status))) {
				throw new TwilioError(
					400,
					20009,
					`Cannot delete message ${String(message.sid)} before it is complete (it is ${String(message.status)})`,
				);
			}
			const media = `${context.collectionUri}/${String(message.sid)}/Media`;
			for (const record of [...context.store.list(media)])
				context.store.removeRecord(media, record);
		},
	},
};
