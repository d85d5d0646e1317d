/** Twilio's two-letter SID prefixes, by what the SID names. */
export const SID_PREFIXES = {
	account: ['AC'],
	addOnExtension: ['XF'],
	addOnPayload: ['XH'],
	addOnResult: ['XR'],
	address: ['AD'],
	application: ['AP'],
	apiKey: ['SK'],
	bundle: ['BU'],
	byocTrunk: ['BY'],
	call: ['CA'],
	conference: ['CF'],
	connectApp: ['CN'],
	content: ['HX'],
	credential: ['CR'],
	credentialList: ['CL'],
	identity: ['RI'],
	installedAddOn: ['XE'],
	ipAccessControlList: ['AL'],
	ipAddress: ['IP'],
	media: ['ME'],
	message: ['SM', 'MM'],
	messagingService: ['MG'],
	notification: ['NO'],
	payment: ['PK'],
	phoneNumber: ['PN'],
	queue: ['QU'],
	recording: ['RE'],
	shortCode: ['SC'],
	sipDomain: ['SD'],
	transcription: ['TR'],
	trunk: ['TK'],
	usageTrigger: ['UT'],
	userDefinedMessageSubscription: ['ZY'],
	// Products beyond the classic API: Verify, Messaging, Studio, Monitor (an alert is a
	// notification, NO…), Event Streams, Voice Intelligence, Conversations.
	verifyService: ['VA'],
	verification: ['VE'],
	verifyTemplate: ['HJ'],
	verifyAccessToken: ['YK'],
	verifyEntity: ['YE'],
	verifyFactor: ['YF'],
	verifyChallenge: ['YC'],
	verifyNotification: ['NT'],
	verifyRateLimit: ['RK'],
	verifyBucket: ['BL'],
	verifyWebhook: ['YW'],
	verificationAttempt: ['VL'],
	safelistNumber: ['GN'],
	brandRegistration: ['BN'],
	brandVetting: ['VT'],
	usAppToPerson: ['QE'],
	tollfreeVerification: ['HH'],
	linkShorteningDomain: ['DN'],
	intelligenceService: ['GA'],
	transcript: ['GT'],
	transcriptSentence: ['GX'],
	intelligenceOperator: ['LY'],
	operatorType: ['EY'],
	conversation: ['CH'],
	conversationParticipant: ['MB'],
	conversationMessage: ['IM'],
	conversationReceipt: ['DY'],
	conversationService: ['IS'],
	conversationRole: ['RL'],
	conversationWebhook: ['WH'],
	conversationAddress: ['IG'],
	pushBinding: ['BS'],
	studioFlow: ['FW'],
	studioExecution: ['FN'],
	studioStep: ['FT'],
	monitorEvent: ['AE'],
	sink: ['DG'],
	subscription: ['DF'],
	user: ['US'],
} as const;

export type SidKind = keyof typeof SID_PREFIXES;

/** True when `value` is a SID of that kind: its prefix and 32 hexadecimal characters. */
export function isSid(kind: SidKind, value: string): boolean {
	return (
		value.length === 34 &&
		(SID_PREFIXES[kind] as readonly string[]).includes(value.slice(0, 2)) &&
		/^[0-9a-fA-F]{32}$/.test(value.slice(2))
	);
}

/**
 * The kind of SID a spec's pattern names by its prefixes (`['SM', 'MM']` → message), if the node
 * knows it.
 */
export function sidKindOf(prefixes: readonly string[]): SidKind | undefined {
	return (Object.keys(SID_PREFIXES) as SidKind[]).find(
		(kind) =>
			SID_PREFIXES[kind].length === prefixes.length &&
			prefixes.every((prefix) => (SID_PREFIXES[kind] as readonly string[]).includes(prefix)),
	);
}
