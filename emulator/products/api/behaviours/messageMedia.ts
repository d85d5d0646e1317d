import { redirect } from '../../../answer';
import { notFound } from '../../../errors';
import { rfc2822 } from '../../../random';
import type { CollectionConfig, OutsideRoute } from '../../../engine/types';
import type { TwilioRecord } from '../../../types';

/**
 * The bytes of each media file, beside its record: Twilio's JSON for a media file does not carry
 * them.
 */
const contents = new WeakMap<TwilioRecord, Buffer>();

/**
 * A media file of a message, e.g. an image someone sent in an MMS; `content` is what its URL
 * serves.
 */
export function mediaRecord(
	accountSid: string,
	messageSid: string,
	sid: string,
	contentType: string,
	content: Buffer,
	now: Date = new Date(),
): TwilioRecord {
	const record: TwilioRecord = {
		account_sid: accountSid,
		content_type: contentType,
		date_created: rfc2822(now),
		date_updated: rfc2822(now),
		parent_sid: messageSid,
		sid,
		uri: `/2010-04-01/Accounts/${accountSid}/Messages/${messageSid}/Media/${sid}.json`,
	};
	contents.set(record, content);
	return record;
}

export const mediaCollections: Record<string, CollectionConfig> = {
	'/Accounts/{AccountSid}/Messages/{MessageSid}/Media': { order: 'newest-first' },
};

/**
 * Each media file at its URL without `.json`, which answers 302 to the file on the storage host
 * (`emulator/storage.ts`; twilio-csharp issue #455 shows the 302).
 */
export const mediaFiles: OutsideRoute = {
	method: 'GET',
	pattern: '/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}',
	handle({ store, collectionUri, path, fileHost }) {
		const record = store.get(collectionUri, path.Sid);
		const content = record && contents.get(record);
		if (!record || !content) throw notFound(`${collectionUri}/${path.Sid}`);
		return redirect(
			302,
			fileHost.presign(String(record.sid), String(record.content_type), content),
		);
	},
};
