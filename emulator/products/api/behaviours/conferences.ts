import type { CollectionConfig } from '../../../engine/types';
import { newSid, rfc2822 } from '../../../random';
import type { SeededRecord, SeedTarget } from '../../../types';

interface ConferenceSeed {
	friendlyName?: string;
	status?: 'init' | 'in-progress' | 'completed';
	dateCreated?: Date;
	dateUpdated?: Date;
	accountSid?: string;
}

/**
 * Twilio creates conferences from TwiML (<Dial><Conference>), not through this API: tests put them
 * in place with this. Returns the record as Twilio shows it.
 */
export function seedConference(target: SeedTarget, seed: ConferenceSeed = {}): SeededRecord {
	const accountSid = seed.accountSid ?? target.account.sid;
	const sid = newSid('CF');
	const base = `/2010-04-01/Accounts/${accountSid}/Conferences`;
	const status = seed.status ?? 'in-progress';
	const created = seed.dateCreated ?? new Date();
	const record: SeededRecord = {
		account_sid: accountSid,
		api_version: '2010-04-01',
		call_sid_ending_conference: null,
		date_created: rfc2822(created),
		date_updated: rfc2822(seed.dateUpdated ?? created),
		friendly_name: seed.friendlyName ?? 'Support call',
		reason_conference_ended: status === 'completed' ? 'last-participant-left' : null,
		region: 'us1',
		sid,
		status,
		subresource_uris: {
			participants: `${base}/${sid}/Participants.json`,
			recordings: `${base}/${sid}/Recordings.json`,
		},
		uri: `${base}/${sid}.json`,
	};
	target.store.add(base, record);
	return record;
}

export const conferenceCollections: Record<string, CollectionConfig> = {
	'/Accounts/{AccountSid}/Conferences': { order: 'newest-first' },
};
