import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { API_V2010 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const conferenceRecordingResource = (): ResourceDeclaration => ({
	value: 'conferenceRecording',
	name: 'Conference Recording',
	description: 'Recordings of a conference: pause, resume or stop them while it runs',
	parameters: {
		Sid: {
			displayName: 'Recording SID',
			description:
				'The recording (RE…), or Twilio.CURRENT for the one recording the conference now',
			placeholder: 'Twilio.CURRENT',
		},
		Status: {
			description: 'Paused or In Progress (resume) pause or resume the recording, Stopped ends it',
		},
	},
	operations: standardOperations(
		{ one: 'a conference recording', many: 'conference recordings' },
		collectionOf(API_V2010, API_V2010.ListConferenceRecording),
		{
			getMany: { description: 'List the recordings of one conference' },
			update: { description: 'Pause, resume or stop a recording of a conference in progress' },
		},
	),
});
