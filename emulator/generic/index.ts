import { emulatedResources } from '../resources';
import { BEHAVIOURS, COLLECTIONS } from './behaviours';
import { GenericEmulation } from './engine';

export { GenericEmulation } from './engine';
export { seedRecord } from './seed';

/** The generic emulation beside the hand-written resources. */
export const createGenericEmulation = () =>
	new GenericEmulation(emulatedResources, BEHAVIOURS, COLLECTIONS);
