import type { SidKind } from '../transport/sid';

/**
 * Records the editor lists for a field to pick from: where Twilio lists them, what each entry
 * shows, and what the field receives. `editor/listSearch.ts` makes one list-search method of each.
 * Each product's folder declares its lists in `lists.ts`; the lists of the account's numbers and
 * of countries, which fields of every product pick from, are declared here.
 */
export interface Lookup {
	/** Its name, unique across the products: the list-search method is `search` + the name. */
	name: string;
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
	 * For SID values: the kind of SID, its page in the Twilio Console (`{{$value}}` is the SID), and
	 * whether it is the list every SID field of that kind offers when the operation names none.
	 */
	sid?: { kind: SidKind; consolePage?: string; ofKind?: true };
	/** Only records whose field at this dotted path has this value, such as approved templates. */
	only?: { field: string; equals: string };
}

/** The Twilio Console, where a record's page is. */
export const CONSOLE = 'https://console.twilio.com/us1';

/**
 * Records of a resource picked by their SID, listed by the resource's Get Many (or another of its
 * lists).
 */
export function sidList<Sid extends NonNullable<Lookup['sid']>>(
	name: string,
	resource: string,
	sid: Sid,
	shown: Pick<Lookup, 'title' | 'details' | 'digitsFilter' | 'only'>,
	operation = 'getMany',
): Lookup & { sid: Sid } {
	return { name, list: { resource, operation }, value: 'sid', sid, ...shown };
}

/** The account's numbers, by SID. */
export const incomingPhoneNumbers = sidList(
	'incomingPhoneNumbers',
	'incomingPhoneNumber',
	{
		kind: 'phoneNumber',
		consolePage: `${CONSOLE}/develop/phone-numbers/manage/incoming/{{$value}}/configure`,
		ofKind: true,
	},
	{ title: '{phone_number}', details: ['{friendly_name}'], digitsFilter: 'PhoneNumber' },
);

/** A list whose entries give a field of the record other than its SID. */
function fieldList(
	name: string,
	list: Lookup['list'],
	field: string,
	shown: Pick<Lookup, 'title' | 'details' | 'digitsFilter'>,
): Lookup {
	return { name, list, value: field, ...shown };
}

/** The account's numbers as senders: the entry gives the number itself. */
export const fromNumbers = fieldList(
	'fromNumbers',
	{ resource: 'incomingPhoneNumber', operation: 'getMany' },
	'phone_number',
	{ title: '{phone_number}', details: ['{friendly_name}'], digitsFilter: 'PhoneNumber' },
);

/** Countries Twilio sells numbers in. */
export const countries = fieldList(
	'countries',
	{ path: '/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers.json', key: 'countries' },
	'country_code',
	{ title: '{country}', details: ['{country_code}'] },
);

/** The lists the shared fields pick from, whichever product's node shows them. */
export const SHARED_LISTS: readonly Lookup[] = [incomingPhoneNumbers, fromNumbers, countries];

/** The list-search method of a lookup, as the node declares it in `methods.listSearch`. */
export function searchMethodName(lookup: Lookup): string {
	return `search${lookup.name[0].toUpperCase()}${lookup.name.slice(1)}`;
}
