import { TwilioError } from '../../../errors';
import { Params } from '../../../params';
import { rfc2822 } from '../../../random';
import { newCall } from './outboundCalls';
import { seedConference } from './conferences';
import type { TwilioRecord } from '../../../types';
import type { Behaviour, CollectionConfig, GenericContext } from '../../../engine/types';
import { accountUri, invalid, requireLiveCall, targetOf } from './common';

/** A call Twilio is still connecting or carrying. */
const LIVE = ['queued', 'ringing', 'in-progress'];

/**
 * What a recording started through the API is (the description's CreateCallRecording example:
 * status `in-progress`, source `StartCallRecordingAPI`, no duration or price yet), with the
 * channels and track asked for: RecordingChannels "Can be: `mono` or `dual` and the default is
 * `mono`"; RecordingTrack "Can be: `inbound`, `outbound` or `both`. The default is `both`".
 * The account's Recordings list shows it too, with its media URL and subresources.
 */
function startedRecording(record: TwilioRecord, context: GenericContext): void {
	const date = rfc2822(context.now);
	Object.assign(record, {
		status: 'in-progress',
		source: 'StartCallRecordingAPI',
		channels: context.params.get('RecordingChannels') === 'dual' ? 2 : 1,
		track: context.params.get('RecordingTrack') ?? 'both',
		start_time: date,
		duration: null,
		price: null,
		price_unit: null,
		conference_sid: null,
	});
}

/**
 * A recording of a call or conference, as the account's Recordings show it: its media URL and
 * subresources.
 */
function asAccountRecording(record: TwilioRecord, context: Pick<GenericContext, 'path'>): void {
	const canonical = accountUri(context, `/Recordings/${String(record.sid)}`);
	record.media_url ??= `https://api.twilio.com${canonical}`;
	record.subresource_uris ??= {
		add_on_results: `${canonical}/AddOnResults.json`,
		transcriptions: `${canonical}/Transcriptions.json`,
	};
}

/**
 * A recording's `Sid` may be `Twilio.CURRENT`, the call's or conference's recording in progress
 * (the description, UpdateCallRecording).
 */
function currentRecording(context: GenericContext): void {
	if (context.path.Sid !== 'Twilio.CURRENT') return;
	const current = [...context.collection.list()]
		.reverse()
		.find((record) => record.status === 'in-progress' || record.status === 'paused');
	if (current) context.path.Sid = String(current.sid);
}

/**
 * A recording can be paused, resumed (`in-progress`) or stopped while the call is live (21220
 * otherwise, see requireLiveCall); a stopped one cannot start again.
 */
const updateRecording: Behaviour = {
	check(context) {
		currentRecording(context);
		if (context.path.CallSid) requireLiveCall(context);
		const recording = targetOf(context);
		if (recording && !['in-progress', 'paused'].includes(String(recording.status))) {
			throw new TwilioError(
				400,
				21220,
				`Recording ${String(recording.sid)} is ${String(recording.status)}: it can no longer be paused or resumed`,
			);
		}
	},
};

/** Status `stopped` on a SIPREC session, a stream or a real-time transcription ends it. */
const liveCallChild: Behaviour = { check: requireLiveCall };

export const callBehaviours: Record<string, Behaviour> = {
	/**
	 * Error 20009 (docs: API errors): "If you are attempting to delete a call, verify that the call
	 * is not still in-progress."
	 */
	DeleteCall: {
		deleting(call) {
			if (LIVE.includes(String(call.status))) {
				throw new TwilioError(
					400,
					20009,
					`Cannot delete call ${String(call.sid)} before it is complete (it is ${String(call.status)})`,
				);
			}
		},
	},
	CreateCallRecording: { check: requireLiveCall, apply: startedRecording },
	UpdateCallRecording: updateRecording,
	UpdateConferenceRecording: updateRecording,
	CreatePayments: liveCallChild,
	UpdatePayments: liveCallChild,
	CreateSiprec: { check: requireLiveCall, apply: (record) => void (record.status = 'in-progress') },
	UpdateSiprec: liveCallChild,
	CreateStream: { check: requireLiveCall, apply: (record) => void (record.status = 'in-progress') },
	UpdateStream: liveCallChild,
	CreateRealtimeTranscription: {
		check: requireLiveCall,
		apply: (record) => void (record.status = 'in-progress'),
	},
	UpdateRealtimeTranscription: liveCallChild,
	/**
	 * Content: "The User Defined Message in the form of URL-encoded JSON string" (the description).
	 */
	CreateUserDefinedMessage: {
		check(context) {
			requireLiveCall(context);
			try {
				JSON.parse(context.params.get('Content') ?? '');
			} catch {
				throw invalid('Content must be a JSON string');
			}
		},
	},
	CreateUserDefinedMessageSubscription: liveCallChild,
	/**
	 * UpdateConference with `Status=completed` ends the conference: Twilio's enumeration of
	 * `reason_conference_ended` has `conference-ended-via-api`, and its participants leave.
	 */
	UpdateConference: {
		apply(conference, context) {
			if (context.params.get('Status') !== 'completed') return;
			conference.reason_conference_ended = 'conference-ended-via-api';
			conference.call_sid_ending_conference = null;
			const participants = `${context.collectionUri}/${String(conference.sid)}/Participants`;
			for (const record of [...context.store.list(participants)])
				context.store.removeRecord(participants, record);
		},
	},
	/**
	 * Adding a participant dials out: Twilio creates the call (the participant's `call_sid`) and
	 * the participant is `queued` until it answers (the description's CreateParticipant examples).
	 * The call goes through the Calls resource's own checks of To and From. A conference that has
	 * ended takes no one.
	 */
	CreateParticipant: {
		/**
		 * Twilio dials into a conference named by its friendly name as well as by its SID, and starts
		 * one of that name when none is running (Conference Participant resource, "Create a
		 * Participant": "the SID or friendly name of the conference"; the Conference resource: a
		 * conference is created when its first participant joins, status `init`).
		 */
		address(context) {
			const name = context.path.ConferenceSid;
			if (/^CF[0-9a-fA-F]{32}$/.test(name)) return context;
			const base = accountUri(context, '/Conferences');
			const running = context.store
				.list(base)
				.find((record) => record.friendly_name === name && record.status !== 'completed');
			const conference =
				running ??
				seedConference(
					{ store: context.store, account: context.accounts.get(context.path.AccountSid)! },
					{ friendlyName: name, status: 'init' },
				);
			const sid = String(conference.sid);
			return {
				...context,
				path: { ...context.path, ConferenceSid: sid },
				collectionUri: `${base}/${sid}/Participants`,
			};
		},
		check(context) {
			// Coaching: "If `true`, `call_sid_to_coach` must be defined" (the description).
			if (context.params.get('Coaching') === 'true' && !context.params.get('CallSidToCoach')) {
				throw invalid('CallSidToCoach is required when Coaching is true');
			}
			const conference = context.store.get(
				accountUri(context, '/Conferences'),
				context.path.ConferenceSid,
			);
			if (conference?.status === 'completed') {
				throw new TwilioError(400, 20001, `Conference ${String(conference.sid)} has ended`);
			}
		},
		apply(participant, context) {
			const callsUri = accountUri(context, '/Calls');
			const dial = new Params(
				new URLSearchParams({
					To: context.params.get('To') ?? '',
					From: context.params.get('From') ?? '',
					Twiml: `<Response><Dial><Conference>${context.path.ConferenceSid}</Conference></Dial></Response>`,
				}).toString(),
			);
			const call = newCall({ ...context, params: dial, collectionUri: callsUri });
			context.store.add(callsUri, call);
			participant.call_sid = call.sid;
			participant.status = 'queued';
			participant.coaching =
				context.params.get('Coaching') === 'true' || context.params.has('CallSidToCoach');
		},
	},
};

/** Recordings of a call or a conference are the account's recordings of it. */
export const callCollections: Record<string, CollectionConfig> = {
	'/Accounts/{AccountSid}/Calls/{CallSid}/Recordings': {
		view: { source: '/Accounts/{AccountSid}/Recordings', where: { call_sid: '{CallSid}' } },
		order: 'newest-first',
		complete: asAccountRecording,
	},
	'/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings': {
		view: {
			source: '/Accounts/{AccountSid}/Recordings',
			where: { conference_sid: '{ConferenceSid}' },
		},
		order: 'newest-first',
		complete: asAccountRecording,
	},
	'/Accounts/{AccountSid}/Calls/{CallSid}/Notifications': {
		view: { source: '/Accounts/{AccountSid}/Notifications', where: { call_sid: '{CallSid}' } },
		order: 'newest-first',
	},
};
