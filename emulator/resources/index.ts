import type { ResourceEmulation } from '../types';
import { accounts } from './accounts';
import { calls } from './calls';
import { incomingPhoneNumbers } from './incomingPhoneNumbers';
import { messageMedia } from './messageMedia';
import { messages } from './messages';

/** Every resource the emulator serves. */
export const emulatedResources: ResourceEmulation[] = [accounts, calls, incomingPhoneNumbers, messages, messageMedia];
