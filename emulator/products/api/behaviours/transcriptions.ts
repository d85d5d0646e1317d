import { redirect, type Answer } from '../../../answer';
import { notFound } from '../../../errors';
import { newSid, rfc2822 } from '../../../random';
import type { CollectionConfig, OutsideRoute } from '../../../engine/types';
import type { HandlerContext, SeededRecord, SeedTarget, TwilioRecord } from '../../../types';

const accountCollection = (accountSid: string) =>
	`/2010-04-01/Accounts/${accountSid}/Transcriptions`;

/**
 * Twilio transcribes a recording made with <Record transcribe="true">; tests put the result in
 * place with this.
 */
export function seedTranscription(
	target: SeedTarget,
	recording: TwilioRecord,
	seed: { text?: string; dateCreated?: Date } = {},
): SeededRecord {
	const accountSid = String(recording.account_sid);
	const sid = newSid('TR');
	const date = rfc2822(seed.dateCreated ?? new Date());
	const record: SeededRecord = {
		account_sid: accountSid,
		api_version: '2010-04-01',
		date_created: date,
		date_updated: date,
		duration: recording.duration,
		price: '-0.05000',
		price_unit: 'USD',
		recording_sid: recording.sid,
		sid,
		status: 'completed',
		transcription_text: seed.text ?? 'Hello, please call me back about my order.',
		type: 'fast',
		uri: `${accountCollection(accountSid)}/${sid}.json`,
	};
	target.store.add(accountCollection(accountSid), record);
	return record;
}

/** The account's transcriptions, or those of the recording the path names. */
function transcriptionsOf({ store, path }: HandlerContext): TwilioRecord[] {
	const all = store.list(accountCollection(path.AccountSid));
	return path.RecordingSid
		? all.filter((record) => record.recording_sid === path.RecordingSid)
		: all;
}

function findTranscription(context: HandlerContext): TwilioRecord | undefined {
	return transcriptionsOf(context).find((record) => record.sid === context.path.Sid);
}

const escapeXml = (text: string) =>
	text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);

/** Twilio's XML form of a record: `<TwilioResponse><Transcription><Sid>…</Sid>…`. */
function twilioXml(element: string, record: TwilioRecord): string {
	const fields = Object.entries(record)
		.map(([key, value]) => {
			const name = key.replace(/(^|_)(\w)/g, (_, __, letter: string) => letter.toUpperCase());
			return value === null ? `<${name}/>` : `<${name}>${escapeXml(String(value))}</${name}>`;
		})
		.join('');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<TwilioResponse><${element}>${fields}</${element}></TwilioResponse>`;
}

/**
 * `.txt` is the bare text, `.xml` the transcription in Twilio's XML; like recordings, they are
 * served from the storage host behind a redirect (`emulator/storage.ts`).
 */
function renderingRoutes(collectionPath: string): OutsideRoute[] {
	const route = (extension: 'txt' | 'xml'): OutsideRoute => ({
		method: 'GET',
		pattern: `/2010-04-01${collectionPath}/{Sid}.${extension}`,
		handle(context): Answer {
			const record = findTranscription(context);
			if (!record) throw notFound(`${context.collectionUri}/${context.path.Sid}.${extension}`);
			const name = `${String(record.sid)}.${extension}`;
			const location =
				extension === 'txt'
					? context.fileHost.presign(
							name,
							'text/plain; charset=utf-8',
							Buffer.from(String(record.transcription_text)),
						)
					: context.fileHost.presign(
							name,
							'application/xml; charset=utf-8',
							Buffer.from(twilioXml('Transcription', record)),
						);
			return redirect(307, location);
		},
	});
	return [route('txt'), route('xml')];
}

export const transcriptionCollections: Record<string, CollectionConfig> = {
	'/Accounts/{AccountSid}/Transcriptions': { order: 'newest-first' },
};

export const transcriptionRenderings = [
	...renderingRoutes('/Accounts/{AccountSid}/Transcriptions'),
	...renderingRoutes('/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions'),
];
