/** Words Twilio writes in PascalCase that read as abbreviations: `SmsUrl` → "SMS URL". */
const ABBREVIATIONS: Record<string, string> = {
	Amd: 'AMD',
	Api: 'API',
	Byoc: 'BYOC',
	Cnam: 'CNAM',
	Dtmf: 'DTMF',
	Id: 'ID',
	Ip: 'IP',
	Iso: 'ISO',
	Lata: 'LATA',
	Mms: 'MMS',
	Sid: 'SID',
	Sip: 'SIP',
	Siprec: 'SIPREC',
	Sdk: 'SDK',
	Sms: 'SMS',
	Ttl: 'TTL',
	Twiml: 'TwiML',
	Uri: 'URI',
	Url: 'URL',
};

/**
 * The words of a Twilio name, each capitalised: `StatusCallbackMethod` → Status, Callback, Method;
 * the Content API's `friendly_name` → Friendly, Name.
 */
function words(twilioName: string): string[] {
	const found = twilioName.replace(/[<>]/g, '').match(/[A-Z][a-z0-9]*|[a-z0-9]+/g) ?? [twilioName];
	return found.map((word) => word[0].toUpperCase() + word.slice(1));
}

/**
 * The editor label of a Twilio parameter: `VoiceCallerIdLookup` → "Voice Caller ID Lookup"; a
 * dotted name by its parts, `Config.TimeStep` → "Config: Time Step".
 */
export function displayNameOf(twilioName: string): string {
	if (twilioName.includes('.')) return twilioName.split('.').map(displayNameOf).join(': ');
	return words(twilioName)
		.map((word) => ABBREVIATIONS[word] ?? word)
		.join(' ');
}

/** The n8n parameter name of a Twilio parameter: `StatusCallbackEvent` → `statusCallbackEvent`. */
export function parameterNameOf(twilioName: string): string {
	const [first, ...rest] = words(twilioName);
	return [first.toLowerCase(), ...rest].join('');
}

/**
 * Alphabetical order for the editor's lists, as n8n's lint rules expect it. One collator for all:
 * `localeCompare` builds a new one on every call, which made the node's description slow to build.
 */
let collator: Intl.Collator | undefined;
const compare = (a: string, b: string) => (collator ??= new Intl.Collator('en')).compare(a, b);

export const byName = (a: { name: string }, b: { name: string }) => compare(a.name, b.name);
export const byDisplayName = (a: { displayName: string }, b: { displayName: string }) =>
	compare(a.displayName, b.displayName);
