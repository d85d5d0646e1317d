/**
 * The values a description lists in prose for a text parameter its schema gives no enumeration:
 * "Possible values are `a`, `b` and `c`.", "Can be: `a` or `b` and the default is `a`.", "One of:
 * [`email`](link), `sms` or `auto`." (a value may be a link's text), 'One of: "STANDARD",
 * "SOLE_PROPRIETOR".' (Messaging's BrandType) or "filtering the results by
 * status `a`, `b` or `c`." (Event Streams' sinks). A list holding anything but
 * plain words (a sentence) is not taken. The generator types the node's choices from it, the
 * emulator its checks.
 */
const LISTED_VALUES =
	/(?:Possible values are|Can be:|One of:|results by status) (.+?)(?: and (?:the default is|defaults to) [^.]*)?\./;
const MARKDOWN_LINK = /\[([^\]]*)\]\([^)]*\)/g;

export function valuesListedIn(description: string | undefined): string[] | undefined {
	const listed =
		description === undefined ? null : LISTED_VALUES.exec(description.replace(MARKDOWN_LINK, '$1'));
	const values = listed?.[1]
		.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
		.map((value) => value.replace(/[`"]/g, '').trim());
	return values?.every((value) => /^[\w-]+$/.test(value)) ? values : undefined;
}

/**
 * Whether a day parameter's description says it also takes an offset from today: "You can also
 * specify offsets from the current date, such as: `-30days`" (the usage records' StartDate).
 */
export function takesDayOffsets(description: string | undefined): boolean {
	return /offsets from the current date/.test(description ?? '');
}

/**
 * The default a number parameter's description gives: "The default is `60`", "Default value is
 * `36,000`", "The default timeout is 30 seconds", "Default: 2400", "Defaults to 5".
 */
const DOCUMENTED_DEFAULT =
	/(?:[Dd]efault(?: value)?(?: timeout)? is|[Dd]efault:|[Dd]efaults to)\s*`?(-?\d[\d,]*)`?/;

export function defaultIn(description: string | undefined): number | undefined {
	const found = description === undefined ? null : DOCUMENTED_DEFAULT.exec(description);
	return found ? Number(found[1].replace(/,/g, '')) : undefined;
}

/** Where a plain text stops: it says what the parameter is, not everything about it. */
const PLAIN_TEXT_LENGTH = 200;

/**
 * A description as a label's help reads it: links as their text, code and emphasis as plain words,
 * Twilio's "we" as Twilio, one or two sentences. The fallback text of a parameter nobody curated.
 */
export function plainText(description: string | undefined): string | undefined {
	const plain = (description ?? '')
		.replace(MARKDOWN_LINK, '$1')
		.replace(/<[^>]+>/g, '')
		// A bare address says nothing in a label's help.
		.replace(/:?\s*\(?https?:\/\/[^\s)]*[^\s).,;]\)?/g, '')
		.replace(/[`*]/g, '')
		.replace(/\bwe\b/g, 'Twilio')
		.replace(/\bWe\b/g, 'Twilio')
		.replace(/\bour\b/g, "Twilio's")
		.replace(/\bus\b/g, 'Twilio')
		.replace(/\burl\b/g, 'URL')
		.replace(/\s+/g, ' ')
		.trim();
	if (!plain) return undefined;
	// A sentence ends at a stop followed by a space: "ASN.1", "com.example.myapp" and
	// "navigator.credentials.get()" stay whole.
	const sentences = plain.split(/(?<=[.!?])\s+/);
	let text = sentences[0];
	// A first sentence that lists everything (a service's webhook events) stops at a word.
	if (text.length > PLAIN_TEXT_LENGTH)
		return `${text.slice(0, text.lastIndexOf(' ', PLAIN_TEXT_LENGTH)).replace(/[,;:]$/, '')}…`;
	let count = 1;
	for (const sentence of sentences.slice(1)) {
		if (text.length + sentence.length + 1 > PLAIN_TEXT_LENGTH) break;
		text += ` ${sentence}`;
		count++;
	}
	// n8n's help texts: one sentence without a final period, several with one.
	if (count === 1) return text.replace(/\.$/, '');
	return /[.!?]$/.test(text) ? text : `${text}.`;
}
