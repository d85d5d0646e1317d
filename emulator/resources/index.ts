import type { ResourceEmulation } from '../types';
import { accounts } from './accounts';
import { calls } from './calls';
import { incomingPhoneNumbers } from './incomingPhoneNumbers';
import { messages } from './messages';

/** Every resource the emulator serves. */
export const emulatedResources: ResourceEmulation[] = [accounts, calls, incomingPhoneNumbers, messages];
