import { json } from '../../../answer';
import { present } from '../../../engine/records';
import type { Behaviour, CollectionConfig } from '../../../engine/types';

/**
 * A network traversal token: a username and a password for Twilio's TURN servers, valid for Ttl
 * seconds ("The default value is 86400 (24 hours)", the description, CreateToken). Its ICE servers
 * are the example's: a STUN server, which takes no credentials, and TURN servers, which take
 * these.
 */
const createToken: Behaviour = {
	apply(token, context) {
		const username = `${context.newSid('').slice(0, 32)}${context.newSid('').slice(0, 32)}`;
		const password = context.newSid('').slice(0, 18);
		token.username = username;
		token.password = password;
		token.ttl = context.params.get('Ttl') ?? '86400';
		token.ice_servers = (token.ice_servers as Array<Record<string, unknown>>).map((server) => {
			const url = String(server.urls ?? server.url);
			const turn = url.startsWith('turn:');
			return {
				url,
				urls: url,
				username: turn ? username : null,
				credential: turn ? password : null,
			};
		});
	},
};

/**
 * The data of an add-on result's payload is a redirect: the description answers
 * FetchRecordingAddOnResultPayloadData with 307 and `redirect_to`, where the data is. The emulator
 * sends the stored `redirect_to` (seed it with seedRecord) in the body and in `Location`.
 */
const payloadData: Behaviour = {
	handle(context) {
		let record = context.store.get(context.collectionUri, '');
		if (!record) {
			record = { redirect_to: String(context.operation.examples[0]?.redirect_to ?? '') };
			context.store.add(context.collectionUri, record, '');
		}
		const answer = json(307, present(record, context.schema));
		return { ...answer, headers: { Location: String(record.redirect_to) } };
	},
};

export const miscBehaviours: Record<string, Behaviour> = {
	CreateToken: createToken,
	FetchRecordingAddOnResultPayloadData: payloadData,
};

/** A recording's transcriptions are the account's transcriptions of it. */
export const miscCollections: Record<string, CollectionConfig> = {
	'/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions': {
		view: {
			source: '/Accounts/{AccountSid}/Transcriptions',
			where: { recording_sid: '{RecordingSid}' },
		},
		order: 'newest-first',
	},
};
