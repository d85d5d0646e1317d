import type { ParameterTexts } from './derivedFields';

const SID = (what: string, prefix: string) =>
	`The ${what}, ${prefix} followed by 32 hexadecimal characters`;

/**
 * Texts of parameters many resources share, by Twilio name: their plain meaning. A resource or an
 * operation says more of one where it means something else there (its `parameters`). Facts come
 * from Twilio's API reference; the words are the project's.
 */
export const COMMON_TEXTS: ParameterTexts = {
	// Records and the records they belong to
	FriendlyName: {
		description: 'A name for your own reference, up to 64 characters',
		filter: 'Only records whose friendly name is exactly this',
		maxLength: 64,
	},
	CallSid: { displayName: 'Call SID', description: SID('call', 'CA') },
	ParentCallSid: {
		displayName: 'Parent Call SID',
		description:
			'Only calls started by the call with this SID (the legs of a TwiML Dial, for example)',
	},
	ConferenceSid: { displayName: 'Conference SID', description: SID('conference', 'CF') },
	MessageSid: {
		displayName: 'Message SID',
		description: 'The message, SM or MM followed by 32 hexadecimal characters',
	},
	QueueSid: { displayName: 'Queue SID', description: SID('queue', 'QU') },
	DomainSid: { displayName: 'Domain SID', description: SID('SIP domain', 'SD') },
	CredentialListSid: {
		displayName: 'Credential List SID',
		description: SID('SIP credential list', 'CL'),
	},
	IpAccessControlListSid: {
		displayName: 'IP Access Control List SID',
		description: SID('IP access control list', 'AL'),
	},
	RecordingSid: { displayName: 'Recording SID', description: SID('recording', 'RE') },
	AddressSid: {
		displayName: 'Address SID',
		description: 'The address this phone number is registered with, where regulations ask for one',
	},
	IdentitySid: {
		displayName: 'Identity SID',
		description: 'The identity this phone number is registered with, where regulations ask for one',
	},
	BundleSid: {
		displayName: 'Bundle SID',
		description:
			'The regulatory bundle this phone number is registered with, where regulations ask for one',
	},
	ConnectAppSid: { displayName: 'Connect App SID', description: SID('Connect app', 'CN') },
	AddOnResultSid: { displayName: 'Add-On Result SID', description: SID('add-on result', 'XR') },
	PayloadSid: { displayName: 'Payload SID', description: SID('payload', 'XH') },
	AssignedAddOnSid: {
		displayName: 'Assigned Add-On SID',
		description: SID('add-on assigned to the number', 'XE'),
	},
	InstalledAddOnSid: {
		displayName: 'Installed Add-On SID',
		description: 'The add-on installed on the account (XE…) to assign to the number',
	},
	IdempotencyKey: {
		description:
			'A value of your own, unique for each request: Twilio acts once for several requests with the same key',
	},

	// Where Twilio calls back
	Url: { displayName: 'URL', description: 'The URL Twilio fetches TwiML instructions from' },
	Method: { description: 'HTTP method Twilio uses to call URL' },
	FallbackUrl: {
		displayName: 'Fallback URL',
		description: 'URL Twilio fetches instructions from when URL fails or answers with an error',
	},
	FallbackMethod: { description: 'HTTP method Twilio uses to call Fallback URL' },
	StatusCallback: {
		displayName: 'Status Callback URL',
		description: 'URL Twilio calls with each status change',
	},
	StatusCallbackMethod: { description: 'HTTP method Twilio uses to call Status Callback URL' },
	VoiceUrl: {
		displayName: 'Voice URL',
		description: 'URL Twilio fetches TwiML from when a call comes in',
	},
	VoiceMethod: { description: 'HTTP method Twilio uses to call Voice URL' },
	VoiceFallbackUrl: {
		displayName: 'Voice Fallback URL',
		description: 'URL Twilio fetches TwiML from when Voice URL fails',
	},
	VoiceFallbackMethod: { description: 'HTTP method Twilio uses to call Voice Fallback URL' },
	SmsUrl: { displayName: 'SMS URL', description: 'URL Twilio calls when a message comes in' },
	SmsMethod: { description: 'HTTP method Twilio uses to call SMS URL' },
	SmsFallbackUrl: {
		displayName: 'SMS Fallback URL',
		description: 'URL Twilio calls when SMS URL fails',
	},
	SmsFallbackMethod: { description: 'HTTP method Twilio uses to call SMS Fallback URL' },
	ApiVersion: {
		displayName: 'API Version',
		description:
			'The API version of the requests Twilio makes to the URLs: 2010-04-01, or the older 2008-08-01',
	},

	// Phone numbers' configuration
	SmsApplicationSid: {
		displayName: 'SMS Application SID',
		description:
			"An application whose SMS URLs handle the number's messages, instead of the number's own",
	},
	VoiceApplicationSid: {
		displayName: 'Voice Application SID',
		description:
			"An application whose voice URLs handle the number's calls, instead of the number's own",
	},
	VoiceCallerIdLookup: {
		displayName: 'Voice Caller ID Lookup',
		description: "Whether Twilio looks up callers' names (CNAM) for incoming calls, at extra cost",
	},
	VoiceReceiveMode: { description: 'Whether the number takes voice calls or faxes' },
	TrunkSid: {
		displayName: 'Trunk SID',
		description:
			"An Elastic SIP trunk that handles the number's calls; its settings then replace the voice URLs",
	},
	EmergencyStatus: {
		description: 'Whether the number can make emergency calls; it needs an Emergency Address SID',
	},
	EmergencyAddressSid: {
		displayName: 'Emergency Address SID',
		description: 'The address emergency services get for calls from this number',
	},

	// Calls and their recordings
	To: { description: 'The number, SIP address (sip:…) or client (client:…) to call' },
	From: { description: 'The number or client the call comes from, as the callee sees it' },
	Timeout: {
		description: 'Seconds to let the phone ring before the call counts as unanswered',
		min: 1,
		max: 600,
	},
	// Twilio ends a call after 4 hours unless the account allows 24 ("Extended Call Duration": "If
	// the 24-Hour Maximum Call Duration switch is disabled, the time limit is four hours"; Twilio
	// blog "Configurable Call Limits for Programmable Voice").
	TimeLimit: {
		description:
			'The longest the call may last, in seconds (4 hours by default); Twilio then hangs up',
		min: 1,
		max: 86_400,
		default: 14_400,
	},
	Record: { description: 'Whether to record the call' },
	RecordingChannels: {
		description: 'Mono records both sides in one channel; Dual records each side in its own',
		values: 'listed',
	},
	RecordingStatusCallback: {
		displayName: 'Recording Status Callback URL',
		description: "URL Twilio calls as the recording's status changes",
	},
	RecordingStatusCallbackMethod: {
		description: 'HTTP method Twilio uses to call Recording Status Callback URL',
	},
	RecordingStatusCallbackEvent: {
		displayName: 'Recording Status Callback Events',
		description:
			'Which recording events Twilio sends to Recording Status Callback URL (completed alone when empty)',
		values: 'listed',
	},
	RecordingTrack: {
		description:
			'Which audio to record: what Twilio receives (inbound), what it sends (outbound), or both',
		values: 'listed',
	},
	Trim: {
		description: 'Whether to cut the silence at the start and end of the recording',
		values: 'listed',
	},
	SipAuthUsername: {
		displayName: 'SIP Auth Username',
		description: 'The user name to authenticate with when the call goes to a SIP address',
	},
	SipAuthPassword: {
		displayName: 'SIP Auth Password',
		description: 'The password to authenticate with when the call goes to a SIP address',
		password: true,
	},
	MachineDetection: {
		description:
			'Detect whether a person or a machine answered; Twilio sends the result as AnsweredBy',
		values: 'listed',
		choiceNames: { Enable: 'Enable', DetectMessageEnd: 'Detect Message End' },
	},
	MachineDetectionTimeout: {
		description:
			'Seconds to try to detect an answering machine before giving up with AnsweredBy unknown',
		min: 3,
		max: 59,
	},
	MachineDetectionSpeechThreshold: {
		description: 'Milliseconds of speech beyond which the speaker counts as a machine',
		min: 1000,
		max: 6000,
	},
	MachineDetectionSpeechEndThreshold: {
		description: 'Milliseconds of silence after speech that end it',
		min: 500,
		max: 5000,
	},
	MachineDetectionSilenceTimeout: {
		description: 'Milliseconds of silence at the start after which AnsweredBy is unknown',
		min: 2000,
		max: 10_000,
	},
	AsyncAmd: {
		displayName: 'Async AMD',
		description:
			"Whether machine detection runs alongside the call's instructions instead of before them",
	},
	AsyncAmdStatusCallback: {
		displayName: 'Async AMD Status Callback URL',
		description: 'URL Twilio calls with the result of machine detection run in the background',
	},
	AsyncAmdStatusCallbackMethod: {
		displayName: 'Async AMD Status Callback Method',
		description: 'HTTP method Twilio uses to call Async AMD Status Callback URL',
	},
	CallerId: {
		displayName: 'Caller ID',
		description: 'The caller ID the callee sees, for calls to SIP addresses and clients',
	},
	Byoc: {
		displayName: 'BYOC Trunk SID',
		description:
			'A Bring Your Own Carrier trunk to route the call through, when To is a phone number',
	},
	CallReason: { description: "Why you call, shown on the callee's phone (Branded Calls)" },
	CallToken: {
		description: "The call_token of an incoming call, to forward it with its caller's identity",
		password: true,
	},
	ClientNotificationUrl: {
		displayName: 'Client Notification URL',
		description: 'URL Twilio delivers push notifications of the call to, for Voice SDK clients',
	},
	PauseBehavior: {
		description: 'While paused, whether the recording skips the time or records silence',
		values: 'listed',
	},
	IncludeSoftDeleted: {
		description:
			'Whether to include recordings deleted in the last 40 days, whose details Twilio still keeps',
	},
	DateCreated: { subject: 'records created', description: 'Only records created on this date' },

	// Streams, SIPREC and real-time transcriptions
	Name: {
		description:
			'A name of your own, unique within the call: it can stop the session instead of its SID',
	},
	Track: {
		description: 'Which audio: what the caller says (inbound), what they hear (outbound), or both',
	},

	// Addresses
	CustomerName: { description: 'The name of the person or business at the address' },
	Street: { description: 'The number and street' },
	StreetSecondary: { description: 'More of the street address, such as an apartment or suite' },
	City: { description: 'The city of the address' },
	Region: { description: 'The state, province or region' },
	PostalCode: { description: 'The postal code of the address' },
	IsoCountry: {
		displayName: 'ISO Country',
		description: 'The country, as an ISO 3166-1 alpha-2 code such as US or DE',
	},
	EmergencyEnabled: { description: 'Whether the address may be used for emergency calls' },
	AutoCorrectAddress: {
		description: 'Whether Twilio may correct the address it is given (it does by default)',
	},

	// Searches for numbers
	AreaCode: { description: 'Only numbers in this area code (US and Canada)', min: 200, max: 999 },
	Contains: {
		description:
			'Only numbers matching this pattern of digits or letters; * matches any one character',
	},
	SmsEnabled: {
		displayName: 'SMS Enabled',
		description:
			'Whether to find only numbers that can receive SMS (on) or only those that cannot (off)',
	},
	MmsEnabled: {
		displayName: 'MMS Enabled',
		description:
			'Whether to find only numbers that can receive MMS (on) or only those that cannot (off)',
	},
	VoiceEnabled: {
		description:
			'Whether to find only numbers that can receive calls (on) or only those that cannot (off)',
	},
	FaxEnabled: {
		description:
			'Whether to find only numbers that can receive faxes (on) or only those that cannot (off)',
	},
	ExcludeAllAddressRequired: {
		description: 'Whether to leave out numbers that need an address registered',
	},
	ExcludeLocalAddressRequired: {
		description: 'Whether to leave out numbers that need a local address registered',
	},
	ExcludeForeignAddressRequired: {
		description: 'Whether to leave out numbers that need a foreign address registered',
	},
	Beta: { description: 'Whether to include numbers new to Twilio (on by default)' },
	NearNumber: {
		description: 'Only numbers near this one, within Distance (US and Canada)',
		placeholder: '+14155552671',
	},
	NearLatLong: {
		displayName: 'Near Lat/Long',
		description:
			'Only numbers near this place, as latitude,longitude, within Distance (US and Canada)',
		placeholder: '37.840,-122.461',
	},
	Distance: {
		description: 'Miles around Near Number or Near Lat/Long (25 by default)',
		min: 0,
		max: 500,
	},
	InPostalCode: { description: 'Only numbers in this postal code (US and Canada)' },
	InRegion: {
		description: 'Only numbers in this state or province, as its two-letter code (US and Canada)',
	},
	InRateCenter: {
		description: 'Only numbers in this rate center; needs In LATA as well (US and Canada)',
	},
	InLata: {
		displayName: 'In LATA',
		description: 'Only numbers in this LATA, local access and transport area (US and Canada)',
	},
	InLocality: { description: 'Only numbers in this city or locality' },
	PhoneNumber: {
		description: 'The phone number, in E.164 format',
		filter: 'Only numbers containing these digits; * matches any one digit',
	},
	Origin: {
		description: 'Only numbers bought from Twilio (twilio) or hosted from another carrier (hosted)',
	},

	// Usage
	Category: {
		description:
			'Only this usage category, such as calls, sms or phonenumbers (Twilio lists them in its usage docs)',
	},
	StartDate: {
		description:
			'Only usage on or after this day (UTC), as YYYY-MM-DD, or an offset from today such as -30days',
	},
	EndDate: {
		description:
			'Only usage on or before this day (UTC), as YYYY-MM-DD, or an offset from today such as +30days',
	},
	IncludeSubaccounts: {
		description: "Whether to add the subaccounts' usage to the account's (on by default)",
	},

	// Participants
	// As long as Participant → Get, Update and Remove take one (fields/sid.ts, sidOrLabel): a label
	// given here can be used there.
	Label: {
		description:
			'A label for the participant, to address it by instead of its call SID (up to 128 characters)',
		maxLength: 128,
	},
	Muted: {
		description: 'Whether the participant is muted: it hears the others, they do not hear it',
	},
	Hold: { description: 'Whether the participant is on hold' },
	Coaching: {
		description:
			'Whether the participant coaches another one (Call SID to Coach), who alone hears it',
	},
	CallSidToCoach: {
		displayName: 'Call SID to Coach',
		description: 'The participant that alone hears this one, when Coaching is on',
	},
	Beep: {
		description:
			'Whether the others hear a beep when the participant joins, leaves, both or neither',
		values: 'listed',
	},
	StartConferenceOnEnter: {
		description: 'Whether the conference starts when this participant joins (on by default)',
	},
	EndConferenceOnExit: { description: 'Whether the conference ends when this participant leaves' },
	EarlyMedia: {
		description: 'Whether the participant hears the outgoing call ring before it is answered',
	},
	WaitUrl: {
		displayName: 'Wait URL',
		description: 'Music or TwiML played while the conference has not started',
	},
	WaitMethod: {
		description: 'HTTP method Twilio uses to fetch Wait URL (GET lets Twilio cache a file)',
	},
	MaxParticipants: {
		description: 'The most participants the conference may hold',
		min: 2,
		max: 250,
	},
	ConferenceRecord: { description: 'Whether to record the conference', values: 'listed' },
	ConferenceTrim: {
		description: "Whether to cut the silence at the start and end of the conference's recording",
		values: 'listed',
	},
	ConferenceStatusCallback: {
		displayName: 'Conference Status Callback URL',
		description:
			"URL Twilio calls on the conference's events (only the first participant's value counts)",
	},
	ConferenceStatusCallbackMethod: {
		description: 'HTTP method Twilio uses to call Conference Status Callback URL',
	},
	ConferenceStatusCallbackEvent: {
		displayName: 'Conference Status Callback Events',
		description:
			'Which conference events Twilio sends to Conference Status Callback URL (start and end when empty)',
		values: 'listed',
	},
	ConferenceRecordingStatusCallback: {
		displayName: 'Conference Recording Status Callback URL',
		description: "URL Twilio calls as the conference recording's status changes",
	},
	ConferenceRecordingStatusCallbackMethod: {
		description: 'HTTP method Twilio uses to call Conference Recording Status Callback URL',
	},
	ConferenceRecordingStatusCallbackEvent: {
		displayName: 'Conference Recording Status Callback Events',
		description:
			'Which conference recording events Twilio sends to Conference Recording Status Callback URL',
		values: 'listed',
	},
	JitterBufferSize: {
		description:
			"How much of the participant's audio Twilio buffers to smooth it before mixing (large by default)",
		values: 'listed',
	},
	CallerDisplayName: {
		description: 'The name in the From header, for calls to SIP addresses (2 to 255 characters)',
	},
	AmdStatusCallback: {
		displayName: 'AMD Status Callback URL',
		description: 'URL Twilio calls with the result of machine detection',
	},
	AmdStatusCallbackMethod: {
		displayName: 'AMD Status Callback Method',
		description: 'HTTP method Twilio uses to call AMD Status Callback URL',
	},
	AnnounceUrl: {
		displayName: 'Announce URL',
		description: 'URL of audio or TwiML played to the participant now',
		actsAgain: true,
	},
	AnnounceMethod: { description: 'HTTP method Twilio uses to fetch Announce URL' },
	StatusCallbackEvent: {
		displayName: 'Status Callback Events',
		description:
			'Which call events Twilio sends to Status Callback URL (completed alone when empty)',
		values: 'listed',
	},
};
