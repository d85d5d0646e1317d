import { findOperation as findIn } from '../engine/catalog';
import type { OperationDefinition, ResourceDefinition } from '../engine/types';
import { withOptions } from '../fields/options';
import { accountResource } from './account';
import { applicationResource } from './application';
import { availablePhoneNumberResource } from './availablePhoneNumber';
import { callResource } from './call';
import { incomingPhoneNumberResource } from './incomingPhoneNumber';
import { messageResource } from './message';
import { outgoingCallerIdResource } from './outgoingCallerId';
import { conferenceResource } from './conference';
import { notificationResource } from './notification';
import { participantResource } from './participant';
import { recordingResource } from './recording';
import { sandboxResource } from './sandbox';
import { transcriptionResource } from './transcription';

/** Every resource of the node, each operation with its Options fields. */
export const resources: ResourceDefinition[] = [
	callResource,
	messageResource,
	accountResource,
	availablePhoneNumberResource,
	outgoingCallerIdResource,
	incomingPhoneNumberResource,
	applicationResource,
	conferenceResource,
	participantResource,
	recordingResource,
	transcriptionResource,
	notificationResource,
	sandboxResource,
].map(withOptions);

/** The operation the editor's resource/operation pair names, or undefined. */
export function findOperation(resource: string, operation: string): OperationDefinition | undefined {
	return findIn(resources, resource, operation);
}
