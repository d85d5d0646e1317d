import type { CollectionConfig, OutsideRoute } from '../../../engine/types';
import { TwilioError } from '../../../errors';
import { newSid, rfc2822 } from '../../../random';
import type { SeededRecord, SeedTarget } from '../../../types';

const accountCollection = (accountSid: string) =>
	`/2010-04-01/Accounts/${accountSid}/Notifications`;

interface NotificationSeed {
	callSid?: string | null;
	/** 0 for an error, 1 for a warning. */
	log?: 0 | 1;
	messageDate?: Date;
	errorCode?: string;
}

/** Twilio logs a notification when a webhook fails; tests put one in place with this. */
export function seedNotification(target: SeedTarget, seed: NotificationSeed = {}): SeededRecord {
	const accountSid = target.account.sid;
	const sid = newSid('NO');
	const errorCode = seed.errorCode ?? '11200';
	const messageDate = rfc2822(seed.messageDate ?? new Date());
	const record: SeededRecord = {
		account_sid: accountSid,
		api_version: '2010-04-01',
		call_sid: seed.callSid === undefined ? newSid('CA') : seed.callSid,
		date_created: messageDate,
		date_updated: messageDate,
		error_code: errorCode,
		log: String(seed.log ?? 0),
		message_date: messageDate,
		message_text: `LogLevel=${seed.log === 1 ? 'WARN' : 'ERROR'}&ErrorCode=${errorCode}&Msg=HTTP+retrieval+failure`,
		more_info: `https://www.twilio.com/docs/errors/${errorCode}`,
		request_method: 'POST',
		request_url: 'https://example.com/twiml',
		request_variables: '',
		response_body: '',
		response_headers: '',
		sid,
		uri: `${accountCollection(accountSid)}/${sid}.json`,
	};
	target.store.add(accountCollection(accountSid), record);
	return record;
}

/**
 * Twilio lists notifications without the request and response they logged: in its OpenAPI
 * description the list's records (`api.v2010.account.notification`) lack the `request_variables`,
 * `response_body` and `response_headers` that a fetched one
 * (`api.v2010.account.notification-instance`) carries; the answer shows each as its schema says.
 * A call's notifications are the account's of that call.
 */
export const notificationCollections: Record<string, CollectionConfig> = {
	'/Accounts/{AccountSid}/Notifications': { order: 'newest-first' },
};

/** Deleting was removed: Twilio refuses the method whether or not the notification exists. */
export const notificationDeletion: OutsideRoute = {
	method: 'DELETE',
	pattern: '/2010-04-01/Accounts/{AccountSid}/Notifications/{Sid}.json',
	handle: () => {
		throw new TwilioError(405, 20004, 'Method not allowed');
	},
};
