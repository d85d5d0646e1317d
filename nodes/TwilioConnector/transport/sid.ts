/** Twilio's two-letter SID prefixes, by what the SID names. */
export const SID_PREFIXES = {
	account: ['AC'],
	address: ['AD'],
	application: ['AP'],
	bundle: ['BU'],
	call: ['CA'],
	conference: ['CF'],
	identity: ['RI'],
	message: ['SM', 'MM'],
	messagingService: ['MG'],
	notification: ['NO'],
	phoneNumber: ['PN'],
	recording: ['RE'],
	transcription: ['TR'],
	trunk: ['TK'],
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
