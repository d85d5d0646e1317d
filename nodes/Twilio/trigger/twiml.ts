/** The TwiML verbs the trigger answers with: reply to a message, or speak on a call. */
export type TwimlVerb = 'Message' | 'Say';

const XML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;',
};

/** Text as XML character data: markup escaped, and characters XML 1.0 forbids dropped. */
function xmlText(text: string): string {
	return text
		.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
		.replace(/[&<>"']/g, (character) => XML_ESCAPES[character]);
}

/**
 * A TwiML document: `<Response/>` when there is nothing to say (Twilio then does nothing more),
 * or one verb with the given text.
 */
export function twiml(verb?: TwimlVerb, text?: string): string {
	const declaration = '<?xml version="1.0" encoding="UTF-8"?>';
	if (!verb || !text) return `${declaration}<Response/>`;
	return `${declaration}<Response><${verb}>${xmlText(text)}</${verb}></Response>`;
}
