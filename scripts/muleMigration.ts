/**
 * Which resource/operation pair of the Twilio Connector node replaces each operation of the Mule
 * Twilio connector, and the Mule attributes whose n8n parameter has another name (any other
 * attribute is the parameter of the same name). Read by `migration-table.ts`, which writes the
 * README's migration table; `test/docs/migration.test.ts` checks that table against the node.
 * Not part of the package: the node itself does not need to know where its operations came from.
 */
interface MuleReplacement {
	resource: string;
	operation: string;
	attributes?: Record<string, string>;
}

export const MULE_REPLACEMENTS: Record<string, MuleReplacement> = {
	'get-account-details': { resource: 'account', operation: 'get' },
	'get-all-accounts-details': {
		resource: 'account',
		operation: 'getMany',
		attributes: { accountStatus: 'status' },
	},
	'update-account': {
		resource: 'account',
		operation: 'update',
		attributes: { accountStatus: 'status' },
	},
	'create-sub-account': { resource: 'account', operation: 'createSubaccount' },
	'get-sub-account-by-account-sid': { resource: 'account', operation: 'getSubaccount' },
	'get-sub-account-by-friendly-name': {
		resource: 'account',
		operation: 'getSubaccountsByFriendlyName',
	},
	'exchange-phone-numbers-between-subaccounts': {
		resource: 'account',
		operation: 'transferPhoneNumber',
		attributes: { accountSidFrom: 'accountSid', accountSidTo: 'destinationAccountSid' },
	},
	'get-application': { resource: 'application', operation: 'get' },
	'update-application': { resource: 'application', operation: 'update' },
	'delete-application': { resource: 'application', operation: 'delete' },
	'get-all-applications': { resource: 'application', operation: 'getMany' },
	'create-application': { resource: 'application', operation: 'create' },
	'get-available-phone-numbers': {
		resource: 'availablePhoneNumber',
		operation: 'searchLocal',
		attributes: { isoCountryCode: 'countryCode' },
	},
	'get-available-phone-numbers-advanced-seach': {
		resource: 'availablePhoneNumber',
		operation: 'searchLocalAdvanced',
		attributes: { isoCountryCode: 'countryCode', nearPhoneNumber: 'nearNumber' },
	},
	'get-available-toll-free-numbers': {
		resource: 'availablePhoneNumber',
		operation: 'searchTollFree',
		attributes: { isoCountryCode: 'countryCode' },
	},
	'make-call': {
		resource: 'call',
		operation: 'make',
		attributes: { ifMachine: 'machineDetection' },
	},
	'get-call': { resource: 'call', operation: 'get' },
	'get-calls': { resource: 'call', operation: 'getMany' },
	'change-call-state': { resource: 'call', operation: 'update' },
	'get-conference': { resource: 'conference', operation: 'get' },
	'get-conferences': { resource: 'conference', operation: 'getMany' },
	'get-incoming-phone-numbers-by-incoming-phone-number-sid': {
		resource: 'incomingPhoneNumber',
		operation: 'get',
	},
	'update-incoming-phone-numbers': { resource: 'incomingPhoneNumber', operation: 'update' },
	'delete-incoming-phone-number': { resource: 'incomingPhoneNumber', operation: 'release' },
	'get-incoming-phone-numbers': { resource: 'incomingPhoneNumber', operation: 'getMany' },
	'add-incoming-phone-number-by-phone-number': {
		resource: 'incomingPhoneNumber',
		operation: 'buyByPhoneNumber',
	},
	'add-incoming-phone-number-by-area-code': {
		resource: 'incomingPhoneNumber',
		operation: 'buyByAreaCode',
	},
	'send-sms-message': { resource: 'message', operation: 'send' },
	'get-sms-message': {
		resource: 'message',
		operation: 'get',
		attributes: { smsMessageSid: 'messageSid' },
	},
	'get-all-sms-messages': { resource: 'message', operation: 'getMany' },
	'get-notification': { resource: 'notification', operation: 'get' },
	'get-all-notifications': {
		resource: 'notification',
		operation: 'getMany',
		attributes: { log: 'logLevel' },
	},
	'get-notifications-by-call-sid': {
		resource: 'notification',
		operation: 'getManyByCall',
		attributes: { log: 'logLevel' },
	},
	'delete-notification': { resource: 'notification', operation: 'delete' },
	'get-outgoing-caller-id-by-outgoing-caller-id-sid': {
		resource: 'outgoingCallerId',
		operation: 'get',
	},
	'update-outgoing-caller-id-by-outgoing-caller-id-sid': {
		resource: 'outgoingCallerId',
		operation: 'update',
	},
	'get-all-outgoing-caller-ids': { resource: 'outgoingCallerId', operation: 'getMany' },
	'add-new-caller-id': { resource: 'outgoingCallerId', operation: 'add' },
	'delete-outgoing-caller-id': { resource: 'outgoingCallerId', operation: 'delete' },
	'get-participant': { resource: 'participant', operation: 'get' },
	'get-participants': { resource: 'participant', operation: 'getMany' },
	'update-participant-status': { resource: 'participant', operation: 'update' },
	'delete-participant': { resource: 'participant', operation: 'remove' },
	'get-recording': {
		resource: 'recording',
		operation: 'get',
		attributes: { recordingType: 'format' },
	},
	'delete-recording': { resource: 'recording', operation: 'delete' },
	'get-recordings': { resource: 'recording', operation: 'getMany' },
	'get-sandbox': { resource: 'sandbox', operation: 'get' },
	'update-sandbox': { resource: 'sandbox', operation: 'update' },
	'get-transcription-by-transcription-sid': {
		resource: 'transcription',
		operation: 'get',
		attributes: { transcriptionFormat: 'format' },
	},
	'get-transcriptions': {
		resource: 'transcription',
		operation: 'getMany',
		attributes: { transcriptionFormat: 'format' },
	},
};
