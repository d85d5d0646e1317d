import type { ResourceEmulation } from '../../../types';
import { accounts } from './accounts';
import { applications } from './applications';
import {
	availableCountries,
	availableLocalNumbers,
	availableTollFreeNumbers,
} from './availablePhoneNumbers';
import { calls } from './calls';
import { conferences } from './conferences';
import { incomingPhoneNumbers } from './incomingPhoneNumbers';
import { messageMedia } from './messageMedia';
import { messages } from './messages';
import { outgoingCallerIds } from './outgoingCallerIds';
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
	applications,
	outgoingCallerIds,
	availableLocalNumbers,
	availableTollFreeNumbers,
	availableCountries,
	conferences,
	participants,
	recordings,
	transcriptions,
	recordingTranscriptions,
	notifications,
	callNotifications,
	sandbox,
	messageMedia,
];
