import type { SidKind } from '../transport/sid';

/**
 * Records the editor lists for a field to pick from: where Twilio lists them, what each entry
 * shows, and what the field receives. `methods/listSearch.ts` makes one list-search method of each.
 */
export interface Lookup {
	/**
	 * Where the list comes from: a Get Many operation of the node, whose path and list key are
	 * used, or a list no operation reads.
	 */
	list: { resource: string; operation: string } | { path: string; key: string };
	/** The record's field the picked entry gives, e.g. `sid` or `phone_number`. */
	value: string;
	/**
	 * What an entry shows: `title`, then the `details` that have a value, in parentheses. Each is a
	 * template of `{field}`s; a template with an empty field is left out.
	 */
	title: string;
	details?: string[];
	/** Twilio's filter for a search made of digits (a part of a phone number); other searches match the entry's text. */
	digitsFilter?: string;
	/** For SID values: the kind of SID, and its page in the Twilio Console (`{{$value}}` is the SID). */
	sid?: { kind: SidKind; consolePage?: string };
	/** Only records whose field at this dotted path has this value, such as approved templates. */
	only?: { field: string; equals: string };
}

const CONSOLE = 'https://console.twilio.com/us1';

/** Every list the editor offers, by name. */
export const LOOKUPS = {
	incomingPhoneNumbers: {
		list: { resource: 'incomingPhoneNumber', operation: 'getMany' },
		value: 'sid',
		title: '{phone_number}',
		details: ['{friendly_name}'],
		digitsFilter: 'PhoneNumber',
		sid: { kind: 'phoneNumber', consolePage: `${CONSOLE}/develop/phone-numbers/manage/incoming/{{$value}}/configure` },
	},
	/** The account's numbers as senders: the entry gives the number itself. */
	fromNumbers: {
		list: { resource: 'incomingPhoneNumber', operation: 'getMany' },
		value: 'phone_number',
		title: '{phone_number}',
		details: ['{friendly_name}'],
		digitsFilter: 'PhoneNumber',
	},
	outgoingCallerIds: {
		list: { resource: 'outgoingCallerId', operation: 'getMany' },
		value: 'sid',
		title: '{phone_number}',
		details: ['{friendly_name}'],
		digitsFilter: 'PhoneNumber',
		sid: { kind: 'phoneNumber' },
	},
	applications: {
		list: { resource: 'application', operation: 'getMany' },
		value: 'sid',
		title: '{friendly_name}',
		sid: { kind: 'application', consolePage: 'https://www.twilio.com/console/voice/twiml/apps/{{$value}}' },
	},
	calls: {
		list: { resource: 'call', operation: 'getMany' },
		value: 'sid',
		title: '{from} → {to}',
		details: ['{status}', '{start_time}'],
		sid: {
			kind: 'call',
			consolePage: `${CONSOLE}/monitor/logs/calls?frameUrl=%2Fconsole%2Fvoice%2Fcalls%2Flogs%2F{{$value}}`,
		},
	},
	conferences: {
		list: { resource: 'conference', operation: 'getMany' },
		value: 'sid',
		title: '{friendly_name}',
		details: ['{status}', '{date_created}'],
		sid: { kind: 'conference', consolePage: 'https://www.twilio.com/console/voice/conferences/logs/{{$value}}' },
	},
	recordings: {
		list: { resource: 'recording', operation: 'getMany' },
		value: 'sid',
		title: '{date_created}',
		details: ['{duration} s', 'call {call_sid}'],
		sid: {
			kind: 'recording',
			consolePage: `${CONSOLE}/monitor/logs/call-recordings?frameUrl=%2Fconsole%2Fvoice%2Frecordings%2Frecording-logs%2F{{$value}}`,
		},
	},
	messages: {
		list: { resource: 'message', operation: 'getMany' },
		value: 'sid',
		title: '{from} → {to}',
		details: ['{date_sent}', '{status}'],
		sid: { kind: 'message' },
	},
	queues: {
		list: { resource: 'queue', operation: 'getMany' },
		value: 'sid',
		title: '{friendly_name}',
		details: ['{current_size} waiting'],
		sid: { kind: 'queue' },
	},
	addresses: {
		list: { resource: 'address', operation: 'getMany' },
		value: 'sid',
		title: '{customer_name}',
		details: ['{street}', '{city}', '{iso_country}'],
		sid: { kind: 'address' },
	},
	connectApps: {
		list: { resource: 'connectApp', operation: 'getMany' },
		value: 'sid',
		title: '{friendly_name}',
		sid: { kind: 'connectApp' },
	},
	shortCodes: {
		list: { resource: 'shortCode', operation: 'getMany' },
		value: 'sid',
		title: '{short_code}',
		details: ['{friendly_name}'],
		sid: { kind: 'shortCode' },
	},
	usageTriggers: {
		list: { resource: 'usageTrigger', operation: 'getMany' },
		value: 'sid',
		title: '{friendly_name}',
		details: ['{usage_category}', '{trigger_value}'],
		sid: { kind: 'usageTrigger' },
	},
	sipDomains: {
		list: { resource: 'sipDomain', operation: 'getMany' },
		value: 'sid',
		title: '{domain_name}',
		details: ['{friendly_name}'],
		sid: { kind: 'sipDomain' },
	},
	credentialLists: {
		list: { resource: 'sipCredentialList', operation: 'getMany' },
		value: 'sid',
		title: '{friendly_name}',
		sid: { kind: 'credentialList' },
	},
	ipAccessControlLists: {
		list: { resource: 'sipIpAccessControlList', operation: 'getMany' },
		value: 'sid',
		title: '{friendly_name}',
		sid: { kind: 'ipAccessControlList' },
	},
	apiKeys: {
		list: { resource: 'apiKey', operation: 'getMany' },
		value: 'sid',
		title: '{friendly_name}',
		details: ['{date_created}'],
		sid: { kind: 'apiKey' },
	},
	signingKeys: {
		list: { resource: 'signingKey', operation: 'getMany' },
		value: 'sid',
		title: '{friendly_name}',
		details: ['{date_created}'],
		sid: { kind: 'apiKey' },
	},
	verifyServices: {
		list: { resource: 'verifyService', operation: 'getMany' },
		value: 'sid',
		title: '{friendly_name}',
		details: ['{code_length} digits'],
		sid: { kind: 'verifyService', consolePage: `${CONSOLE}/verify/services/{{$value}}/settings` },
	},
	messagingServices: {
		list: { resource: 'messagingService', operation: 'getMany' },
		value: 'sid',
		title: '{friendly_name}',
		details: ['{usecase}'],
		sid: { kind: 'messagingService', consolePage: `${CONSOLE}/service/sms/{{$value}}/messaging-service-properties` },
	},
	contents: {
		list: { resource: 'contentTemplate', operation: 'getMany' },
		value: 'sid',
		title: '{friendly_name}',
		details: ['{language}'],
		sid: { kind: 'content' },
	},
	/** Templates WhatsApp approved, for a message that must use one. */
	approvedContents: {
		list: { resource: 'contentTemplate', operation: 'getManyWithApprovals' },
		value: 'sid',
		title: '{friendly_name}',
		details: ['{language}'],
		only: { field: 'approval_requests.status', equals: 'approved' },
		sid: { kind: 'content' },
	},
	studioFlows: {
		list: { resource: 'studioFlow', operation: 'getMany' },
		value: 'sid',
		title: '{friendly_name}',
		details: ['{status}'],
		sid: { kind: 'studioFlow', consolePage: `${CONSOLE}/studio/flows/{{$value}}` },
	},
	/** Countries Twilio sells numbers in. */
	countries: {
		list: { path: '/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers.json', key: 'countries' },
		value: 'country_code',
		title: '{country}',
		details: ['{country_code}'],
	},
} satisfies Record<string, Lookup>;

export type LookupName = keyof typeof LOOKUPS;

/**
 * The list a SID field of a kind offers when the operation names none, where the node can list the
 * account's records of that kind (a signing key's SK… is picked by its own field).
 */
export const LOOKUP_OF_KIND: Partial<Record<SidKind, LookupName>> = {
	address: 'addresses',
	application: 'applications',
	call: 'calls',
	conference: 'conferences',
	connectApp: 'connectApps',
	content: 'contents',
	credentialList: 'credentialLists',
	ipAccessControlList: 'ipAccessControlLists',
	message: 'messages',
	phoneNumber: 'incomingPhoneNumbers',
	queue: 'queues',
	recording: 'recordings',
	messagingService: 'messagingServices',
	shortCode: 'shortCodes',
	sipDomain: 'sipDomains',
	studioFlow: 'studioFlows',
	usageTrigger: 'usageTriggers',
	verifyService: 'verifyServices',
};

/** The list-search method of a lookup, as the node declares it in `methods.listSearch`. */
export function searchMethodName(lookup: LookupName): string {
	return `search${lookup[0].toUpperCase()}${lookup.slice(1)}`;
}
