import { findOperation as findIn } from '../engine/operations';
import type { OperationDefinition, ResourceDefinition } from '../engine/types';
import { buildCatalog } from '../declarations/complete';
import { accountResource } from './api/resources/account';
import { applicationResource } from './api/resources/application';
import { availablePhoneNumberResource } from './api/resources/availablePhoneNumber';
import { callResource } from './api/resources/call';
import { incomingPhoneNumberResource } from './api/resources/incomingPhoneNumber';
import { messageResource } from './api/resources/message';
import { outgoingCallerIdResource } from './api/resources/outgoingCallerId';
import { conferenceResource } from './api/resources/conference';
import { notificationResource } from './api/resources/notification';
import { participantResource } from './api/resources/participant';
import { recordingResource } from './api/resources/recording';
import { sandboxResource } from './api/resources/sandbox';
import { transcriptionResource } from './api/resources/transcription';
import { addressResource } from './api/resources/address';
import { apiKeyResource } from './api/resources/apiKey';
import { authorizedConnectAppResource } from './api/resources/authorizedConnectApp';
import { callPaymentResource } from './api/resources/callPayment';
import { callRecordingResource } from './api/resources/callRecording';
import { callSiprecResource } from './api/resources/callSiprec';
import { callStreamResource } from './api/resources/callStream';
import { callTranscriptionResource } from './api/resources/callTranscription';
import { callUserDefinedMessageResource } from './api/resources/callUserDefinedMessage';
import { conferenceRecordingResource } from './api/resources/conferenceRecording';
import { connectAppResource } from './api/resources/connectApp';
import { messageMediaResource } from './api/resources/messageMedia';
import { phoneNumberAddOnResource } from './api/resources/phoneNumberAddOn';
import { queueResource } from './api/resources/queue';
import { queueMemberResource } from './api/resources/queueMember';
import { recordingAddOnResultResource } from './api/resources/recordingAddOnResult';
import { shortCodeResource } from './api/resources/shortCode';
import { signingKeyResource } from './api/resources/signingKey';
import { sipCredentialListResource } from './api/resources/sipCredentialList';
import { sipDomainResource } from './api/resources/sipDomain';
import { sipDomainAuthResource } from './api/resources/sipDomainAuth';
import { sipIpAccessControlListResource } from './api/resources/sipIpAccessControlList';
import { tokenResource } from './api/resources/token';
import { usageRecordResource } from './api/resources/usageRecord';
import { usageTriggerResource } from './api/resources/usageTrigger';
import { beyondClassicApi } from './beyondClassicApi';

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
