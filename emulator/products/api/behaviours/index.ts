import type { Behaviour, CollectionConfig, OutsideRoute } from '../../../engine/types';
import { accountBehaviours, accountCollections } from './accounts';
import { applicationBehaviours } from './applications';
import { availableNumberBehaviours, availableNumberCollections } from './availablePhoneNumbers';
import { callBehaviours, callCollections } from './calls';
import { conferenceCollections } from './conferences';
import { incomingNumberBehaviours } from './incomingPhoneNumbers';
import { keyBehaviours, keyCollections } from './keys';
import { mediaCollections, mediaFiles } from './messageMedia';
import { messageBehaviours, messageCollections } from './messages';
import { miscBehaviours, miscCollections } from './misc';
import { notificationCollections, notificationDeletion } from './notifications';
import { numberBehaviours, numberCollections } from './numbers';
import { callResourceBehaviours, callResourceCollections } from './outboundCalls';
import { callerIdBehaviours } from './outgoingCallerIds';
import { participantBehaviours } from './participants';
import { queueBehaviours, queueCollections } from './queues';
import { recordingAudioRoutes, recordingCollections } from './recordings';
import { sandbox } from './sandbox';
import { sipBehaviours } from './sip';
import { transcriptionCollections, transcriptionRenderings } from './transcriptions';
import { usageBehaviours } from './usage';

/** The tables of each file as one, where no key may be declared twice. */
function joined<T>(tables: Array<Record<string, T>>): Record<string, T> {
	const all: Record<string, T> = {};
	for (const table of tables) {
		for (const [key, value] of Object.entries(table)) {
			if (key in all) throw new Error(`${key} is declared twice`);
			all[key] = value;
		}
	}
	return all;
}

/** What operations do beyond generic CRUD, by operationId, from Twilio's documentation. */
export const BEHAVIOURS = joined<Behaviour>([
	accountBehaviours,
	applicationBehaviours,
	availableNumberBehaviours,
	callResourceBehaviours,
	callBehaviours,
	incomingNumberBehaviours,
	messageBehaviours,
	callerIdBehaviours,
	participantBehaviours,
	queueBehaviours,
	keyBehaviours,
	sipBehaviours,
	usageBehaviours,
	numberBehaviours,
	miscBehaviours,
]);

/**
 * Where collections' records live and what is computed when they are read, by path below
 * /2010-04-01.
 */
export const COLLECTIONS = joined<CollectionConfig>([
	accountCollections,
	availableNumberCollections,
	callResourceCollections,
	callCollections,
	conferenceCollections,
	mediaCollections,
	messageCollections,
	notificationCollections,
	recordingCollections,
	transcriptionCollections,
	queueCollections,
	keyCollections,
	numberCollections,
	miscCollections,
]);

/** What Twilio serves beyond its description: media, renderings, the retired Sandbox. */
export const OUTSIDE_SPEC: OutsideRoute[] = [
	mediaFiles,
	notificationDeletion,
	...recordingAudioRoutes,
	...transcriptionRenderings,
	...sandbox,
];
