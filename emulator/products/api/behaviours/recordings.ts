import { redirect, type Answer } from '../../../answer';
import { recordingAudio } from '../../../audio';
import { notFound } from '../../../errors';
import type { CollectionConfig, OutsideRoute } from '../../../engine/types';
import { newSid, rfc2822 } from '../../../random';
import type { HandlerContext, SeededRecord, SeedTarget } from '../../../types';

interface RecordingSeed {
	callSid?: string;
	conferenceSid?: string;
	dateCreated?: Date;
	durationSeconds?: number;
	/** `completed` by default; a recording in any other state has no audio yet (or any more). */
	status?: 'processing' | 'completed' | 'absent';
	accountSid?: string;
}

/** Twilio records calls from TwiML or call options; tests put recordings in place with this. */
export function seedRecording(target: SeedTarget, seed: RecordingSeed = {}): SeededRecord {
	const accountSid = seed.accountSid ?? target.account.sid;
	const sid = newSid('RE');
	const base = `/2010-04-01/Accounts/${accountSid}/Recordings`;
	const date = rfc2822(seed.dateCreated ?? new Date());
	const record: SeededRecord = {
		account_sid: accountSid,
		api_version: '2010-04-01',
		call_sid: seed.callSid ?? newSid('CA'),
		conference_sid: seed.conferenceSid ?? null,
		channels: 1,
		date_created: date,
		date_updated: date,
		start_time: date,
		price: '-0.00250',
		price_unit: 'USD',
		duration: String(seed.durationSeconds ?? 4),
		sid,
		source: seed.conferenceSid ? 'StartConferenceRecordingAPI' : 'RecordVerb',
		status: seed.status ?? 'completed',
		error_code: null,
		encryption_details: null,
		uri: `${base}/${sid}.json`,
		subresource_uris: {
			add_on_results: `${base}/${sid}/AddOnResults.json`,
			transcriptions: `${base}/${sid}/Transcriptions.json`,
		},
		media_url: `https://api.twilio.com${base}/${sid}`,
	};
	target.store.add(base, record);
	return record;
}

/**
 * Twilio serves the audio at the recording's URI with `.mp3`, `.wav` or no extension (WAV), by
 * redirecting to the storage host (see `emulator/storage.ts`); the emulator answers 307 here and
 * 302 for message media, so that clients meet both redirects Twilio's helper libraries document.
 */
function audioRoute(extension: '' | '.mp3' | '.wav'): OutsideRoute {
	return {
		method: 'GET',
		pattern: `/2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}${extension}`,
		handle(context: HandlerContext): Answer {
			const record = context.store.get(context.collectionUri, context.path.Sid);
			if (record?.status !== 'completed')
				throw notFound(`${context.collectionUri}/${context.path.Sid}${extension}`);
			const sid = String(record.sid);
			const location =
				extension === '.mp3'
					? context.fileHost.presign(`${sid}.mp3`, 'audio/mpeg', recordingAudio(sid, 'mp3'))
					: context.fileHost.presign(`${sid}.wav`, 'audio/x-wav', recordingAudio(sid, 'wav'));
			return redirect(307, location);
		},
	};
}

export const recordingCollections: Record<string, CollectionConfig> = {
	'/Accounts/{AccountSid}/Recordings': { order: 'newest-first' },
};

/** The extensions first: a SID without one is the WAV. */
export const recordingAudioRoutes = [audioRoute('.mp3'), audioRoute('.wav'), audioRoute('')];
