import type { Behaviour, CollectionConfig } from '../../../engine/types';
import { callBehaviours, callCollections } from './calls';
import { keyBehaviours, keyCollections } from './keys';
import { messageBehaviours } from './messages';
import { miscBehaviours, miscCollections } from './misc';
import { numberBehaviours, numberCollections } from './numbers';
import { queueBehaviours, queueCollections } from './queues';
import { sipBehaviours } from './sip';
import { usageBehaviours } from './usage';

/** What operations do beyond generic CRUD, by operationId, from Twilio's documentation. */
export const BEHAVIOURS: Record<string, Behaviour> = {
	...messageBehaviours,
	...callBehaviours,
	...queueBehaviours,
	...keyBehaviours,
	...sipBehaviours,
	...usageBehaviours,
	...numberBehaviours,
	...miscBehaviours,
};

/**
 * Where collections' records live and what is computed when they are read, by path below
 * /2010-04-01.
 */
export const COLLECTIONS: Record<string, CollectionConfig> = {
	...callCollections,
	...queueCollections,
	...keyCollections,
	...numberCollections,
	...miscCollections,
};
