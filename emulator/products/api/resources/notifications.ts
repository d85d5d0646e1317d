import { TwilioError } from '../../../errors';
import { matchesDateFilter, matchesExactly } from '../../../engine/filters';
import { newSid, rfc2822 } from '../../../random';
import type {
	HandlerContext,
	ResourceEmulation,
	SeededRecord,
	SeedTarget,
	TwilioRecord,
} from '../../../types';

const accountCollection = (accountSid: string) =>
	`/2010-04-01/Accounts/${accountSid}/Notifications`;

export interface NotificationSeed {
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

/** The account's notifications, or those of the call the path names. */
function notificationsOf({ store, path }: HandlerContext): TwilioRecord[] {
	const all = store.list(accountCollection(path.AccountSid));
	return path.CallSid ? all.filter((record) => record.call_sid === path.CallSid) : all;
}

/**
 * Twilio lists notifications without the request and response they logged: in its OpenAPI
 * description the list's records (`api.v2010.account.notification`) lack the `request_variables`,
 * `response_body` and `response_headers` that a fetched one
 * (`api.v2010.account.notification-instance`) carries.
 */
export function notificationAsListed({
	request_variables,
	response_body,
	response_headers,
	...record
}: TwilioRecord): TwilioRecord {
	void [request_variables, response_body, response_headers];
	return record;
}

const notificationEmulation = (collectionPath: string): ResourceEmulation => ({
	collectionPath,
	listKey: 'notifications',
	order: 'newest-first',
	listSource: (context) => notificationsOf(context).map(notificationAsListed),
	fetch: (context) => notificationsOf(context).find((record) => record.sid === context.path.Sid),
	matches: (record, query) =>
		matchesExactly(record, query, { Log: 'log' }) &&
		matchesDateFilter(record, query, 'MessageDate', 'message_date'),
});

export const notifications: ResourceEmulation = {
	...notificationEmulation('/Accounts/:AccountSid/Notifications'),
	// Deleting was removed: Twilio refuses the method whether or not the notification exists.
	customRoutes: [
		{
			method: 'DELETE',
			pattern: '/Accounts/:AccountSid/Notifications/:Sid.json',
			handle: () => {
				throw new TwilioError(405, 20004, 'Method not allowed');
			},
		},
	],
};

export const callNotifications = notificationEmulation(
	'/Accounts/:AccountSid/Calls/:CallSid/Notifications',
);
