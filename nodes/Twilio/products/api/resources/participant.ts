import type { ResourceDeclaration } from '../../../declarations/complete';
import { API_V2010 } from '../digest';
import type { FieldDefinition } from '../../../engine/types';
import { boolean, httpMethod, url } from '../../../fields/basic';
import { sidLocator } from '../../../fields/locator';
import { sidOrLabel } from '../../../fields/sid';
import { isSid } from '../../../transport/sid';
import { calls, conferences } from '../lists';

const conferenceSid = sidLocator({
	name: 'conferenceSid',
	displayName: 'Conference SID',
	twilioName: 'ConferenceSid',
	lookup: conferences,
	location: 'path',
	required: true,
	description: 'The SID of the conference, starting with CF',
});

const participant = sidOrLabel({
	name: 'callSid',
	displayName: 'Call SID or Label',
	twilioName: 'CallSid',
	kind: 'call',
	location: 'path',
	required: true,
	maxLength: 128,
	description:
		"The participant's call SID (CA…), or the label it was given when it joined (any text but . and ..).",
});

/** Get Many's filters: Muted, Hold and Coaching, each true or false. */
const stateFilters: FieldDefinition[] = [
	['Muted', 'muted'],
	['Hold', 'on hold'],
	['Coaching', 'coaching another participant'],
].map(([twilioName, state]) =>
	boolean({
		name: twilioName.toLowerCase(),
		displayName: twilioName,
		twilioName,
		description: `Whether to list only participants that are ${state} (on) or only those that are not (off)`,
	}),
);

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const participantResource = (): ResourceDeclaration => ({
	value: 'participant',
	name: 'Participant',
	description: 'Calls taking part in a conference',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a participant',
			description: 'Get one participant of a conference by its call SID or label',
			spec: API_V2010.FetchParticipant,
			fields: [conferenceSid, participant],
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many participants',
			description: 'List the participants of a conference',
			spec: API_V2010.ListParticipant,
			fields: [conferenceSid],
			optionalFields: { collection: 'filters', fields: stateFilters },
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a participant',
			description:
				'Mute or unmute a participant, and optionally hold, coach or change what it hears',
			spec: API_V2010.UpdateParticipant,
			fields: [
				conferenceSid,
				participant,
				boolean({
					name: 'muted',
					displayName: 'Muted',
					twilioName: 'Muted',
					required: true,
					description: 'Whether the participant is muted (on) or can be heard (off)',
				}),
			],
			optionalFields: {
				collection: 'updateFields',
				fields: [
					boolean({
						name: 'hold',
						displayName: 'Hold',
						twilioName: 'Hold',
						description:
							'Whether the participant is on hold: it hears Hold URL and the others do not hear it',
					}),
					url({
						name: 'holdUrl',
						displayName: 'Hold URL',
						twilioName: 'HoldUrl',
						description:
							'URL of the music, or of TwiML with Play, Say, Pause or Redirect, that a participant on hold hears',
					}),
					httpMethod({
						name: 'holdMethod',
						displayName: 'Hold Method',
						twilioName: 'HoldMethod',
						description: 'HTTP method Twilio uses to fetch Hold URL',
					}),
					url({
						name: 'announceUrl',
						displayName: 'Announce URL',
						twilioName: 'AnnounceUrl',
						description: 'URL of an announcement (audio or TwiML) played to this participant now',
						actsAgain: true,
					}),
					httpMethod({
						name: 'announceMethod',
						displayName: 'Announce Method',
						twilioName: 'AnnounceMethod',
						description: 'HTTP method Twilio uses to fetch Announce URL',
					}),
					url({
						name: 'waitUrl',
						displayName: 'Wait URL',
						twilioName: 'WaitUrl',
						description: 'URL of the music or TwiML played while the conference waits to start',
					}),
					httpMethod({
						name: 'waitMethod',
						displayName: 'Wait Method',
						twilioName: 'WaitMethod',
						description: 'HTTP method Twilio uses to fetch Wait URL',
					}),
					boolean({
						name: 'beepOnExit',
						displayName: 'Beep On Exit',
						twilioName: 'BeepOnExit',
						description: 'Whether the others hear a beep when this participant leaves',
					}),
					boolean({
						name: 'endConferenceOnExit',
						displayName: 'End Conference On Exit',
						twilioName: 'EndConferenceOnExit',
						description: 'Whether the conference ends when this participant leaves',
					}),
					boolean({
						name: 'coaching',
						displayName: 'Coaching',
						twilioName: 'Coaching',
						description:
							'Whether the participant coaches another one (Call SID to Coach), who alone hears it',
					}),
					sidLocator({
						name: 'callSidToCoach',
						displayName: 'Call SID to Coach',
						twilioName: 'CallSidToCoach',
						lookup: calls,
						description:
							'With Coaching on: the participant (call SID) that hears this participant, alone of all',
					}),
				],
			},
			check: (values) =>
				values.coaching === 'true' && !values.callSidToCoach
					? 'Coaching needs the Call SID to Coach (Update Fields)'
					: undefined,
		},
		{
			value: 'remove',
			name: 'Remove',
			action: 'Remove a participant',
			description: 'Remove a participant from its conference: its call leaves the conference',
			spec: API_V2010.DeleteParticipant,
			fields: [conferenceSid, participant],
			output: (_, values) => ({
				deleted: true,
				conference_sid: values.conferenceSid,
				[isSid('call', String(values.callSid)) ? 'call_sid' : 'label']: values.callSid,
			}),
		},
		{
			value: 'add',
			name: 'Add',
			action: 'Add a participant to a conference',
			description:
				'Call a number, SIP address or client and put it in a conference (the conference starts if it is not running)',
			spec: API_V2010.CreateParticipant,
			fields: [
				// Twilio dials into a conference by name too, and starts it when none of that name runs.
				sidOrLabel({
					name: 'conference',
					displayName: 'Conference SID or Name',
					twilioName: 'ConferenceSid',
					kind: 'conference',
					location: 'path',
					required: true,
					maxLength: 128,
					description:
						"The conference's SID (CF…), or the friendly name of a conference to start or join",
				}),
			],
		},
	],
});
