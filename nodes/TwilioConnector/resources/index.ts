import { findOperation as findIn } from '../engine/catalog';
import type { OperationDefinition, ResourceDefinition } from '../engine/types';
import { buildCatalog } from '../fields/catalog';
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
import { addressResource } from './address';
import { apiKeyResource } from './apiKey';
import { authorizedConnectAppResource } from './authorizedConnectApp';
import { callPaymentResource } from './callPayment';
import { callRecordingResource } from './callRecording';
import { callSiprecResource } from './callSiprec';
import { callStreamResource } from './callStream';
import { callTranscriptionResource } from './callTranscription';
import { callUserDefinedMessageResource } from './callUserDefinedMessage';
import { conferenceRecordingResource } from './conferenceRecording';
import { connectAppResource } from './connectApp';
import { messageMediaResource } from './messageMedia';
import { phoneNumberAddOnResource } from './phoneNumberAddOn';
import { queueResource } from './queue';
import { queueMemberResource } from './queueMember';
import { recordingAddOnResultResource } from './recordingAddOnResult';
import { shortCodeResource } from './shortCode';
import { signingKeyResource } from './signingKey';
import { sipCredentialListResource } from './sipCredentialList';
import { sipDomainResource } from './sipDomain';
import { sipDomainAuthResource } from './sipDomainAuth';
import { sipIpAccessControlListResource } from './sipIpAccessControlList';
import { tokenResource } from './token';
import { usageRecordResource } from './usageRecord';
import { usageTriggerResource } from './usageTrigger';
import { beyondClassicApi } from './products';

/** Every resource of the node, each declared by a function that runs when the catalog is built. */
const declarations = [
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
	addressResource,
	apiKeyResource,
	authorizedConnectAppResource,
	callPaymentResource,
	callRecordingResource,
	callSiprecResource,
	callStreamResource,
	callTranscriptionResource,
	callUserDefinedMessageResource,
	conferenceRecordingResource,
	connectAppResource,
	messageMediaResource,
	phoneNumberAddOnResource,
	queueResource,
	queueMemberResource,
	recordingAddOnResultResource,
	shortCodeResource,
	signingKeyResource,
	sipCredentialListResource,
	sipDomainResource,
	sipDomainAuthResource,
	sipIpAccessControlListResource,
	tokenResource,
	usageRecordResource,
	usageTriggerResource,
	...beyondClassicApi,
];

let built: ResourceDefinition[] | undefined;

/**
 * The node's resources, every operation completed from its spec operation. Built on first use:
 * loading the node (which n8n does at start) needs only its description, built into dist as data.
 */
export function catalog(): ResourceDefinition[] {
	return (built ??= buildCatalog(declarations.map((declare) => declare())));
}

/** The operation the editor's resource/operation pair names, or undefined. */
export function findOperation(
	resource: string,
	operation: string,
): OperationDefinition | undefined {
	return findIn(catalog(), resource, operation);
}
