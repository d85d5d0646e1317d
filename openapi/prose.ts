/**
 * The values a description lists in prose for a text parameter its schema gives no enumeration:
 * "Possible values are `a`, `b` and `c`.", "Can be: `a` or `b` and the default is `a`." or "One of:
 * [`email`](link), `sms` or `auto`." (a value may be a link's text). A list holding anything but
 * plain words (a sentence) is not taken. The generator types the node's choices from it, the
 * emulator its checks.
 */
const LISTED_VALUES =
	/(?:Possible values are|Can be:|One of:) (.+?)(?: and (?:the default is|defaults to) [^.]*)?\./;
const MARKDOWN_LINK = /\[([^\]]*)\]\([^)]*\)/g;

export function valuesListedIn(description: string | undefined): string[] | undefined {
	const listed =
		description === undefined ? null : LISTED_VALUES.exec(description.replace(MARKDOWN_LINK, '$1'));
	const values = listed?.[1]
		.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
		.map((value) => value.replace(/`/g, '').trim());
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
