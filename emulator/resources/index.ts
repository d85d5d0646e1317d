import type { ResourceEmulation } from '../types';
import { accounts } from './accounts';
import { applications } from './applications';
import { availableLocalNumbers, availableTollFreeNumbers } from './availablePhoneNumbers';
import { calls } from './calls';
import { incomingPhoneNumbers } from './incomingPhoneNumbers';
import { messages } from './messages';
import { outgoingCallerIds } from './outgoingCallerIds';

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
];
