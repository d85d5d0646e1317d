import { CONSOLE, sidList } from '../../fields/lookups';

export const outgoingCallerIds = sidList(
	'outgoingCallerIds',
	'outgoingCallerId',
	{ kind: 'phoneNumber' },
	{ title: '{phone_number}', details: ['{friendly_name}'], digitsFilter: 'PhoneNumber' },
);

export const applications = sidList(
	'applications',
	'application',
	{
		kind: 'application',
		consolePage: 'https://www.twilio.com/console/voice/twiml/apps/{{$value}}',
		ofKind: true,
	},
	{ title: '{friendly_name}' },
);

export const calls = sidList(
	'calls',
	'call',
	{
		kind: 'call',
		consolePage: `${CONSOLE}/monitor/logs/calls?frameUrl=%2Fconsole%2Fvoice%2Fcalls%2Flogs%2F{{$value}}`,
		ofKind: true,
	},
	{ title: '{from} → {to}', details: ['{status}', '{start_time}'] },
);

export const conferences = sidList(
	'conferences',
	'conference',
	{
		kind: 'conference',
		consolePage: 'https://www.twilio.com/console/voice/conferences/logs/{{$value}}',
		ofKind: true,
	},
	{ title: '{friendly_name}', details: ['{status}', '{date_created}'] },
);

export const recordings = sidList(
	'recordings',
	'recording',
	{
		kind: 'recording',
		consolePage: `${CONSOLE}/monitor/logs/call-recordings?frameUrl=%2Fconsole%2Fvoice%2Frecordings%2Frecording-logs%2F{{$value}}`,
		ofKind: true,
	},
	{ title: '{date_created}', details: ['{duration} s', 'call {call_sid}'] },
);

export const messages = sidList(
	'messages',
	'message',
	{ kind: 'message', ofKind: true },
	{ title: '{from} → {to}', details: ['{date_sent}', '{status}'] },
);

export const queues = sidList(
	'queues',
	'queue',
	{ kind: 'queue', ofKind: true },
	{ title: '{friendly_name}', details: ['{current_size} waiting'] },
);

export const addresses = sidList(
	'addresses',
	'address',
	{ kind: 'address', ofKind: true },
	{ title: '{customer_name}', details: ['{street}', '{city}', '{iso_country}'] },
);

export const connectApps = sidList(
	'connectApps',
	'connectApp',
	{ kind: 'connectApp', ofKind: true },
	{ title: '{friendly_name}' },
);

export const shortCodes = sidList(
	'shortCodes',
	'shortCode',
	{ kind: 'shortCode', ofKind: true },
	{ title: '{short_code}', details: ['{friendly_name}'] },
);

export const usageTriggers = sidList(
	'usageTriggers',
	'usageTrigger',
	{ kind: 'usageTrigger', ofKind: true },
	{ title: '{friendly_name}', details: ['{usage_category}', '{trigger_value}'] },
);

export const sipDomains = sidList(
	'sipDomains',
	'sipDomain',
	{ kind: 'sipDomain', ofKind: true },
	{ title: '{domain_name}', details: ['{friendly_name}'] },
);

export const credentialLists = sidList(
	'credentialLists',
	'sipCredentialList',
	{ kind: 'credentialList', ofKind: true },
	{ title: '{friendly_name}' },
);

export const ipAccessControlLists = sidList(
	'ipAccessControlLists',
	'sipIpAccessControlList',
	{ kind: 'ipAccessControlList', ofKind: true },
	{ title: '{friendly_name}' },
);

export const apiKeys = sidList(
	'apiKeys',
	'apiKey',
	{ kind: 'apiKey' },
	{ title: '{friendly_name}', details: ['{date_created}'] },
);

export const signingKeys = sidList(
	'signingKeys',
	'signingKey',
	{ kind: 'apiKey' },
	{ title: '{friendly_name}', details: ['{date_created}'] },
);
