import type { ResourceEmulation } from '../types';
import { accounts } from './accounts';
import { calls } from './calls';
import { conferences } from './conferences';
import { incomingPhoneNumbers } from './incomingPhoneNumbers';
import { messages } from './messages';
import { callNotifications, notifications } from './notifications';
import { participants } from './participants';
import { recordings } from './recordings';
import { sandbox } from './sandbox';
import { recordingTranscriptions, transcriptions } from './transcriptions';

/** Every resource the emulator serves. */
export const emulatedResources: ResourceEmulation[] = [
	accounts,
	calls,
	incomingPhoneNumbers,
	messages,
	conferences,
	participants,
	recordings,
	transcriptions,
	recordingTranscriptions,
	notifications,
	callNotifications,
	sandbox,
];
