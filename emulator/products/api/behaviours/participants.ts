import { updatedBy } from '../../../engine/behaviours';
import type { Behaviour } from '../../../engine/types';
import { newSid, rfc2822 } from '../../../random';
import type { HandlerContext, SeededRecord, SeedTarget, TwilioRecord } from '../../../types';

interface ParticipantSeed {
	callSid?: string;
	label?: string;
	muted?: boolean;
	hold?: boolean;
	coaching?: boolean;
	callSidToCoach?: string;
}

/** Form parameter → boolean field of a participant (BeepOnExit and the URLs change no field). */
const FLAGS: Record<string, string> = {
	Muted: 'muted',
	Hold: 'hold',
	Coaching: 'coaching',
	EndConferenceOnExit: 'end_conference_on_exit',
};

/** Puts a call into a conference, as joining by TwiML does. Stored under its call SID. */
export function seedParticipant(
	target: SeedTarget,
	conference: TwilioRecord,
	seed: ParticipantSeed = {},
): SeededRecord<'call_sid'> {
	const callSid = seed.callSid ?? newSid('CA');
	const base = `/2010-04-01/Accounts/${String(conference.account_sid)}/Conferences/${String(conference.sid)}/Participants`;
	const date = rfc2822(new Date());
	const record: SeededRecord<'call_sid'> = {
		account_sid: conference.account_sid,
		call_sid: callSid,
		label: seed.label ?? null,
		call_sid_to_coach: seed.callSidToCoach ?? null,
		coaching: seed.coaching ?? false,
		conference_sid: conference.sid,
		date_created: date,
		date_updated: date,
		end_conference_on_exit: false,
		muted: seed.muted ?? false,
		hold: seed.hold ?? false,
		start_conference_on_enter: true,
		status: 'connected',
		queue_time: null,
		uri: `${base}/${callSid}.json`,
	};
	target.store.add(base, record, callSid);
	return record;
}

/**
 * A participant is addressed by its call SID or by its label: "The Call SID or label of the
 * participant … Non URL safe characters in a label must be percent encoded" (FetchParticipant).
 */
function byCallSidOrLabel(context: HandlerContext): HandlerContext {
	const { store, collectionUri, path } = context;
	if (store.get(collectionUri, path.CallSid)) return context;
	const labelled = store.list(collectionUri).find((record) => record.label === path.CallSid);
	return labelled ? { ...context, path: { ...path, CallSid: String(labelled.call_sid) } } : context;
}

export const participantBehaviours: Record<string, Behaviour> = {
	FetchParticipant: { address: byCallSidOrLabel },
	DeleteParticipant: { address: byCallSidOrLabel },
	UpdateParticipant: {
		address: byCallSidOrLabel,
		...updatedBy((record, { params, now }) => {
			for (const [parameter, field] of Object.entries(FLAGS)) {
				const value = params.get(parameter);
				if (value !== undefined) record[field] = value === 'true';
			}
			const coach = params.get('CallSidToCoach');
			if (coach !== undefined) record.call_sid_to_coach = coach;
			record.date_updated = rfc2822(now);
		}),
	},
};
