import type { ProductFolder } from '../folder';
import * as lists from './lists';
import { accountResource } from './resources/account';
import { addressResource } from './resources/address';
import { apiKeyResource } from './resources/apiKey';
import { applicationResource } from './resources/application';
import { authorizedConnectAppResource } from './resources/authorizedConnectApp';
import { availablePhoneNumberResource } from './resources/availablePhoneNumber';
import { callResource } from './resources/call';
import { callPaymentResource } from './resources/callPayment';
import { callRecordingResource } from './resources/callRecording';
import { callSiprecResource } from './resources/callSiprec';
import { callStreamResource } from './resources/callStream';
import { callTranscriptionResource } from './resources/callTranscription';
import { callUserDefinedMessageResource } from './resources/callUserDefinedMessage';
import { conferenceResource } from './resources/conference';
import { conferenceRecordingResource } from './resources/conferenceRecording';
import { connectAppResource } from './resources/connectApp';
import { incomingPhoneNumberResource } from './resources/incomingPhoneNumber';
import { messageResource } from './resources/message';
import { messageMediaResource } from './resources/messageMedia';
import { notificationResource } from './resources/notification';
import { outgoingCallerIdResource } from './resources/outgoingCallerId';
import { participantResource } from './resources/participant';
import { phoneNumberAddOnResource } from './resources/phoneNumberAddOn';
import { queueResource } from './resources/queue';
import { queueMemberResource } from './resources/queueMember';
import { recordingResource } from './resources/recording';
import { recordingAddOnResultResource } from './resources/recordingAddOnResult';
import { sandboxResource } from './resources/sandbox';
import { shortCodeResource } from './resources/shortCode';
import { signingKeyResource } from './resources/signingKey';
import { sipCredentialListResource } from './resources/sipCredentialList';
import { sipDomainResource } from './resources/sipDomain';
import { sipDomainAuthResource } from './resources/sipDomainAuth';
import { sipIpAccessControlListResource } from './resources/sipIpAccessControlList';
import { tokenResource } from './resources/token';
import { transcriptionResource } from './resources/transcription';
import { usageRecordResource } from './resources/usageRecord';
import { usageTriggerResource } from './resources/usageTrigger';
import { api } from './product';

/**
 * The classic API: every resource of the Twilio Connector node, in the order the node lists them.
 */
export const apiProduct: ProductFolder = {
	...api,
	lists: Object.values(lists),
	resources: [
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
	],
};
