/**
 * The values a description lists in prose for a text parameter its schema gives no enumeration:
 * "Possible values are `a`, `b` and `c`." or "Can be: `a` or `b` and the default is `a`." A list
 * holding anything but plain words (a link, a sentence) is not taken. The generator types the
 * node's choices from it, the emulator its checks.
 */
const LISTED_VALUES = /(?:Possible values are|Can be:) (.+?)(?: and (?:the default is|defaults to) [^.]*)?\./;

export function valuesListedIn(description: string | undefined): string[] | undefined {
	const listed = description === undefined ? null : LISTED_VALUES.exec(description);
	const values = listed?.[1].split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((value) => value.replace(/`/g, '').trim());
	return values?.every((value) => /^[\w-]+$/.test(value)) ? values : undefined;
}
