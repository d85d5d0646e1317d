import type { Behaviour, CollectionConfig } from '../types';

/** What operations do beyond generic CRUD, by operationId, from Twilio's documentation. */
export const BEHAVIOURS: Record<string, Behaviour> = {};

/** Where collections' records live and what is computed when they are read, by path below /2010-04-01. */
export const COLLECTIONS: Record<string, CollectionConfig> = {};
