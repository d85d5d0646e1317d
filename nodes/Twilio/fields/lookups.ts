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
	/**
	 * Twilio's filter for a search made of digits (a part of a phone number); other searches match
	 * the entry's text.
	 */
	digitsFilter?: string;
	/**
	 * For SID values: the kind of SID, and its page in the Twilio Console (`{{$value}}` is the SID).
	 */
	sid?: { kind: SidKind; consolePage?: string };
	/** Only records whose field at this dotted path has this value, such as approved templates. */
	only?: { field: string; equals: string };
}

const CONSOLE = 'https://console.twilio.com/us1';

/**
 * Records of a resource picked by their SID, listed by the resource's Get Many (or another of its
 * lists).
 */
function bySid<Sid extends NonNullable<Lookup['sid']>>(
	resource: string,
	sid: Sid,
	shown: Pick<Lookup, 'title' | 'details' | 'digitsFilter' | 'only'>,
	operation = 'getMany',
): Lookup & { sid: Sid } {
	return { list: { resource, operation }, value: 'sid', sid, ...shown };
}

/** Every list the editor offers, by name. */
export const LOOKUPS = {
	incomingPhoneNumbers: bySid(
		'incomingPhoneNumber',
		{
			kind: 'phoneNumber',
			consolePage: `${CONSOLE}/develop/phone-numbers/manage/incoming/{{$value}}/configure`,
		},
		{ title: '{phone_number}', details: ['{friendly_name}'], digitsFilter: 'PhoneNumber' },
	),
	/** The account's numbers as senders: the entry gives the number itself. */
	fromNumbers: {
		list: { resource: 'incomingPhoneNumber', operation: 'getMany' },
		value: 'phone_number',
		title: '{phone_number}',
		details: ['{friendly_name}'],
		digitsFilter: 'PhoneNumber',
	},
	outgoingCallerIds: bySid(
		'outgoingCallerId',
		{ kind: 'phoneNumber' },
		{ title: '{phone_number}', details: ['{friendly_name}'], digitsFilter: 'PhoneNumber' },
	),
	applications: bySid(
		'application',
		{
			kind: 'application',
			consolePage: 'https://www.twilio.com/console/voice/twiml/apps/{{$value}}',
		},
		{ title: '{friendly_name}' },
	),
	calls: bySid(
		'call',
		{
			kind: 'call',
			consolePage: `${CONSOLE}/monitor/logs/calls?frameUrl=%2Fconsole%2Fvoice%2Fcalls%2Flogs%2F{{$value}}`,
		},
		{ title: '{from} → {to}', details: ['{status}', '{start_time}'] },
	),
	conferences: bySid(
		'conference',
		{
			kind: 'conference',
			consolePage: 'https://www.twilio.com/console/voice/conferences/logs/{{$value}}',
		},
		{ title: '{friendly_name}', details: ['{status}', '{date_created}'] },
	),
	recordings: bySid(
		'recording',
		{
			kind: 'recording',
			consolePage: `${CONSOLE}/monitor/logs/call-recordings?frameUrl=%2Fconsole%2Fvoice%2Frecordings%2Frecording-logs%2F{{$value}}`,
		},
		{ title: '{date_created}', details: ['{duration} s', 'call {call_sid}'] },
	),
	messages: bySid(
		'message',
		{ kind: 'message' },
		{ title: '{from} → {to}', details: ['{date_sent}', '{status}'] },
	),
	queues: bySid(
		'queue',
		{ kind: 'queue' },
		{ title: '{friendly_name}', details: ['{current_size} waiting'] },
	),
	addresses: bySid(
		'address',
		{ kind: 'address' },
		{ title: '{customer_name}', details: ['{street}', '{city}', '{iso_country}'] },
	),
	connectApps: bySid('connectApp', { kind: 'connectApp' }, { title: '{friendly_name}' }),
	shortCodes: bySid(
		'shortCode',
		{ kind: 'shortCode' },
		{ title: '{short_code}', details: ['{friendly_name}'] },
	),
	usageTriggers: bySid(
		'usageTrigger',
		{ kind: 'usageTrigger' },
		{ title: '{friendly_name}', details: ['{usage_category}', '{trigger_value}'] },
	),
	sipDomains: bySid(
		'sipDomain',
		{ kind: 'sipDomain' },
		{ title: '{domain_name}', details: ['{friendly_name}'] },
	),
	credentialLists: bySid(
		'sipCredentialList',
		{ kind: 'credentialList' },
		{ title: '{friendly_name}' },
	),
	ipAccessControlLists: bySid(
		'sipIpAccessControlList',
		{ kind: 'ipAccessControlList' },
		{ title: '{friendly_name}' },
	),
	apiKeys: bySid(
		'apiKey',
		{ kind: 'apiKey' },
		{ title: '{friendly_name}', details: ['{date_created}'] },
	),
	signingKeys: bySid(
		'signingKey',
		{ kind: 'apiKey' },
		{ title: '{friendly_name}', details: ['{date_created}'] },
	),
	verifyServices: bySid(
		'verifyService',
		{ kind: 'verifyService', consolePage: `${CONSOLE}/verify/services/{{$value}}/settings` },
		{ title: '{friendly_name}', details: ['{code_length} digits'] },
	),
	messagingServices: bySid(
		'messagingService',
		{
			kind: 'messagingService',
			consolePage: `${CONSOLE}/service/sms/{{$value}}/messaging-service-properties`,
		},
		{ title: '{friendly_name}', details: ['{usecase}'] },
	),
	contents: bySid(
		'contentTemplate',
		{ kind: 'content' },
		{ title: '{friendly_name}', details: ['{language}'] },
	),
	/** Templates WhatsApp approved, for a message that must use one. */
	approvedContents: bySid(
		'contentTemplate',
		{ kind: 'content' },
		{
			title: '{friendly_name}',
			details: ['{language}'],
			only: { field: 'approval_requests.status', equals: 'approved' },
		},
		'getManyWithApprovals',
	),
	studioFlows: bySid(
		'studioFlow',
		{ kind: 'studioFlow', consolePage: `${CONSOLE}/studio/flows/{{$value}}` },
		{ title: '{friendly_name}', details: ['{status}'] },
	),
	/** Countries Twilio sells numbers in. */
	countries: {
		list: {
			path: '/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers.json',
			key: 'countries',
		},
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
