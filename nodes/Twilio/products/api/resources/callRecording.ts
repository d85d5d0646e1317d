import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { API_V2010 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const callRecordingResource = (): ResourceDeclaration => ({
	value: 'callRecording',
	name: 'Call Recording',
	description: 'Recordings of a call in progress: start, pause, resume and stop them',
	parameters: {
		Sid: {
			displayName: 'Recording SID',
			description: 'The recording (RE…), or Twilio.CURRENT for the one recording the call now',
			placeholder: 'Twilio.CURRENT',
		},
		Status: {
			description: 'Paused or In Progress (resume) pause or resume the recording, Stopped ends it',
		},
	},
	operations: standardOperations(
		{ one: 'a call recording', many: 'call recordings' },
		collectionOf(API_V2010, API_V2010.ListCallRecording),
		{
			create: {
				value: 'start',
				name: 'Start',
				action: 'Start recording a call',
				description: 'Start recording a call in progress',
			},
			getMany: { description: 'List the recordings of one call' },
			update: { description: 'Pause, resume or stop a recording of a call in progress' },
			delete: { description: "Delete a call's recording and its audio" },
		},
	),
});
