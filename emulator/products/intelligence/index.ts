import { json } from '../../answer';
import { recordingAudio } from '../../audio';
import { TwilioError } from '../../errors';
import type { GenericContext, ProductBehaviours } from '../../engine/types';
import type { TwilioRecord } from '../../types';

/**
 * Voice Intelligence v2 (intelligence.twilio.com), as Twilio's Transcript reference describes it:
 * - a transcript is made from its Channel's media: `media_properties.source_sid`, a recording
 *   (RE…), or `media_properties.media_url`; the service it names must exist;
 * - its status goes queued → in-progress → completed. Twilio takes time between the steps; the
 *   emulator moves it one step each time it is read, so a poll sees every state without waiting;
 * - its sentences are there once it is completed (none before);
 * - a service's SID starts with GA (the description's ServiceSid pattern), and the operators
 *   attached to it are its read_only_attached_operator_sids;
 * - its media is at a pre-signed `media_url` on Twilio's storage (the emulator's storage host),
 *   read without the credential.
 */

const TRANSCRIPTS = '/intelligence/v2/Transcripts';
const SERVICES = '/intelligence/v2/Services';
const NEXT_STATUS: Record<string, string> = { queued: 'in-progress', 'in-progress': 'completed' };
const RECORDING_SID = /^RE[0-9a-fA-F]{32}$/;

function channelOf(context: GenericContext): { source_sid?: unknown; media_url?: unknown } {
	const raw = context.params.get('Channel');
	let channel: unknown;
	try {
		channel = JSON.parse(raw ?? '');
	} catch {
		channel = undefined;
	}
	const media = (channel as { media_properties?: unknown } | undefined)?.media_properties;
	if (!media || typeof media !== 'object')
		throw new TwilioError(400, 20001, 'Invalid Channel: media_properties is required');
	return media as { source_sid?: unknown; media_url?: unknown };
}

function transcriptOf(context: GenericContext, sid: string): TwilioRecord {
	const transcript = context.store.get(TRANSCRIPTS, sid);
	if (!transcript)
		throw new TwilioError(
			404,
			20404,
			`The requested resource /v2/Transcripts/${sid} was not found`,
		);
	return transcript;
}

function serviceOf(context: GenericContext): TwilioRecord {
	const sid = context.path.ServiceSid;
	const service = context.store.get(SERVICES, sid);
	if (!service)
		throw new TwilioError(404, 20404, `The requested resource /v2/Services/${sid} was not found`);
	return service;
}

function attachedTo(service: TwilioRecord): string[] {
	if (!Array.isArray(service.read_only_attached_operator_sids))
		service.read_only_attached_operator_sids = [];
	return service.read_only_attached_operator_sids as string[];
}

/** A completed transcript's sentences: two speakers, one sentence each. */
function sentencesOf(transcript: TwilioRecord): TwilioRecord[] {
	if (transcript.status !== 'completed') return [];
	const lines = ['Thank you for calling, how can I help?', 'I would like to check my order.'];
	return lines.map((text, index) => ({
		media_channel: index + 1,
		sentence_index: index,
		start_time: index * 2.5,
		end_time: index * 2.5 + 2.2,
		transcript: text,
		sid: `GX${String(transcript.sid).slice(2, 33)}${index}`,
		confidence: 0.92,
		words: text.split(' ').map((word) => ({ word, start_time: null, end_time: null })),
	}));
}

/** The recording a transcript was made from, if it was made from one. */
function sourceOf(transcript: TwilioRecord): string | undefined {
	const channel = transcript.channel as { media_properties?: { source_sid?: unknown } } | undefined;
	const source = channel?.media_properties?.source_sid;
	return typeof source === 'string' ? source : undefined;
}

export const intelligence: ProductBehaviours = {
	behaviours: {
		// The description gives a service's sid no pattern; every ServiceSid of it is GA….
		CreateService: {
			apply(record, context) {
				record.sid = context.newSid('GA');
				record.url = `https://intelligence.twilio.com/v2/Services/${record.sid}`;
				// Twilio's Service reference: language_code "en-US" by default.
				record.language_code ??= 'en-US';
				record.read_only_attached_operator_sids = [];
			},
		},
		CreateTranscript: {
			check(context) {
				const media = channelOf(context);
				const source = typeof media.source_sid === 'string' ? media.source_sid : undefined;
				const url = typeof media.media_url === 'string' ? media.media_url : undefined;
				if (!(source && RECORDING_SID.test(source)) && !(url && /^https?:\/\//.test(url)))
					throw new TwilioError(
						400,
						20001,
						'Invalid Channel: media_properties needs a source_sid (a recording, RE…) or a media_url',
					);
				const serviceSid = context.params.get('ServiceSid') ?? '';
				if (!context.store.get(SERVICES, serviceSid))
					throw new TwilioError(
						404,
						20404,
						`The requested resource /v2/Services/${serviceSid} was not found`,
					);
			},
			apply(record, context) {
				record.status = 'queued';
				record.channel = JSON.parse(context.params.get('Channel')!) as unknown;
				record.service_sid = context.params.get('ServiceSid');
				record.language_code =
					context.store.get(SERVICES, String(record.service_sid))?.language_code ?? 'en-US';
			},
		},
		FetchTranscript: {
			handle(context) {
				const transcript = transcriptOf(context, context.path.Sid);
				const next = NEXT_STATUS[String(transcript.status)];
				const shown = { ...transcript };
				if (next) transcript.status = next;
				return json(200, shown);
			},
		},
		// A service's operators are its read_only_attached_operator_sids (Service reference).
		CreateOperatorAttachment: {
			handle(context) {
				const service = serviceOf(context);
				const operatorSid = context.path.OperatorSid;
				if (!attachedTo(service).includes(operatorSid)) attachedTo(service).push(operatorSid);
				return json(202, {
					service_sid: service.sid,
					operator_sid: operatorSid,
					url: `https://intelligence.twilio.com/v2/Services/${String(service.sid)}/Operators/${operatorSid}`,
				});
			},
		},
		DeleteOperatorAttachment: {
			handle(context) {
				const service = serviceOf(context);
				if (!attachedTo(service).includes(context.path.OperatorSid))
					throw new TwilioError(
						404,
						20404,
						`The requested resource ${context.apiPath} was not found`,
					);
				service.read_only_attached_operator_sids = attachedTo(service).filter(
					(sid) => sid !== context.path.OperatorSid,
				);
				return json(204, undefined);
			},
		},
		FetchOperatorAttachments: {
			handle(context) {
				const service = serviceOf(context);
				return json(200, {
					service_sid: service.sid,
					operator_sids: attachedTo(service),
					url: `https://intelligence.twilio.com/v2/Services/${String(service.sid)}/Operators`,
				});
			},
		},
		FetchMedia: {
			handle(context) {
				const transcript = transcriptOf(context, context.path.Sid);
				const sid = String(transcript.sid);
				return json(200, {
					account_sid: transcript.account_sid,
					media_url: context.fileHost.presign(
						`${sid}.wav`,
						'audio/x-wav',
						recordingAudio(sourceOf(transcript) ?? sid, 'wav'),
					),
					service_sid: transcript.service_sid,
					sid,
					url: `https://intelligence.twilio.com/v2/Transcripts/${sid}/Media`,
				});
			},
		},
	},
	prepareContract: withServicePattern,
	collections: {
		'/v2/Transcripts': { order: 'newest-first' },
		'/v2/Transcripts/{TranscriptSid}/Sentences': {
			source: (context) => sentencesOf(transcriptOf(context, context.path.TranscriptSid)),
		},
	},
};

/**
 * The description gives FetchOperatorAttachments' ServiceSid an operator's pattern (^LY…),
 * though the path names a service (GA…) as everywhere else, and CreateOperatorAttachment's
 * ServiceSid at the same place is ^GA: the contract check takes the service's.
 */
function withServicePattern<T>(spec: T): T {
	const { paths } = spec as unknown as {
		paths: Record<
			string,
			{ get?: { parameters?: Array<{ name: string; schema: { pattern?: string } }> } }
		>;
	};
	for (const parameter of paths['/v2/Services/{ServiceSid}/Operators']?.get?.parameters ?? [])
		if (parameter.name === 'ServiceSid') parameter.schema.pattern = '^GA[0-9a-fA-F]{32}$';
	return spec;
}
