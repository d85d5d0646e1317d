import { invalidParameter, TwilioError } from '../../../errors';
import type { TwilioRecord } from '../../../types';
import type { GenericContext } from '../../../engine/types';

/** `/2010-04-01/Accounts/{the path's account}` + a suffix: where another resource's records are. */
export const accountUri = (context: Pick<GenericContext, 'path'>, suffix: string) =>
	`/2010-04-01/Accounts/${context.path.AccountSid}${suffix}`;

/** The call the path names (`CallSid`), from the Calls resource. */
function callOf(context: GenericContext): TwilioRecord | undefined {
	return context.store.get(accountUri(context, '/Calls'), context.path.CallSid);
}

/**
 * Recordings, streams, SIPREC sessions, real-time transcriptions, payments and user-defined
 * messages act on a live call. Twilio's error 21220, "Invalid call state": "You attempted a
 * realtime operation on a Call that was not in-progress. Calls that have completed cannot be
 * recorded or redirected." (docs: API errors, 21220).
 */
export function requireLiveCall(context: GenericContext): void {
	const call = callOf(context);
	if (call && call.status !== 'in-progress') {
		throw new TwilioError(
			400,
			21220,
			`Call ${String(call.sid)} is not in-progress (it is ${String(call.status)})`,
		);
	}
}

/**
 * A value Twilio's description refuses, where Twilio documents the rule but no error code of its
 * own: answered as the emulator's other parameter checks are, 400 with 20001.
 */
export const invalid = (message: string) => invalidParameter(20001, message);

/** The record the path's last placeholder names, when the operation acts on one. */
export function targetOf(context: GenericContext): TwilioRecord | undefined {
	const key = context.operation.keyPlaceholder;
	return key ? context.collection.get(context.path[key]) : undefined;
}
