import { json } from '../../../answer';
import { invalidParameter, notFound } from '../../../errors';
import type { Params } from '../../../params';
import type { Behaviour, CollectionConfig } from '../../../engine/types';
import type { HandlerContext, TwilioRecord } from '../../../types';

export const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * A place Twilio has local numbers in. The pool holds ten fictional numbers (…555-0100 to
 * …555-0109) per place.
 */
interface Locality {
	country: string;
	areaCode: string;
	locality: string;
	region: string | null;
	postalCode: string | null;
	lata: string | null;
	rateCenter: string | null;
	latitude: number | null;
	longitude: number | null;
}

const LOCALITIES: Locality[] = [
	{
		country: 'US',
		areaCode: '415',
		locality: 'San Francisco',
		region: 'CA',
		postalCode: '94103',
		lata: '722',
		rateCenter: 'SNFC CNTL',
		latitude: 37.7749,
		longitude: -122.4194,
	},
	{
		country: 'US',
		areaCode: '510',
		locality: 'Oakland',
		region: 'CA',
		postalCode: '94612',
		lata: '722',
		rateCenter: 'OKLD',
		latitude: 37.8044,
		longitude: -122.2712,
	},
	{
		country: 'US',
		areaCode: '650',
		locality: 'Palo Alto',
		region: 'CA',
		postalCode: '94301',
		lata: '722',
		rateCenter: 'PALO ALTO',
		latitude: 37.4419,
		longitude: -122.143,
	},
	{
		country: 'US',
		areaCode: '212',
		locality: 'New York',
		region: 'NY',
		postalCode: '10001',
		lata: '132',
		rateCenter: 'NWYRCYZN01',
		latitude: 40.7506,
		longitude: -73.9972,
	},
	{
		country: 'US',
		areaCode: '808',
		locality: 'Hilo',
		region: 'HI',
		postalCode: '96720',
		lata: '834',
		rateCenter: 'HILO',
		latitude: 19.72,
		longitude: -155.09,
	},
	{
		country: 'CA',
		areaCode: '416',
		locality: 'Toronto',
		region: 'ON',
		postalCode: 'M5H 2N2',
		lata: null,
		rateCenter: 'TORONTO',
		latitude: 43.6532,
		longitude: -79.3832,
	},
	{
		country: 'CA',
		areaCode: '604',
		locality: 'Vancouver',
		region: 'BC',
		postalCode: 'V6B 1A1',
		lata: null,
		rateCenter: 'VANCOUVER',
		latitude: 49.2827,
		longitude: -123.1207,
	},
	{
		country: 'GB',
		areaCode: '20',
		locality: 'London',
		region: null,
		postalCode: null,
		lata: null,
		rateCenter: null,
		latitude: null,
		longitude: null,
	},
];

/** Toll-free prefixes with numbers in the pool, by country. */
const TOLL_FREE: Record<string, string[]> = { US: ['800', '888'], CA: ['877'] };

const POOL_SIZE = 10;
const CAPABILITIES = { voice: true, sms: true, mms: true, fax: false };

function localNumbers(place: Locality): TwilioRecord[] {
	return Array.from({ length: POOL_SIZE }, (_, index) => {
		const line = `01${String(index).padStart(2, '0')}`;
		const northAmerican = place.country !== 'GB';
		const phoneNumber = northAmerican
			? `+1${place.areaCode}555${line}`
			: `+44${place.areaCode}7946${line}`;
		return {
			friendly_name: northAmerican
				? `(${place.areaCode}) 555-${line}`
				: `0${place.areaCode} 7946 ${line}`,
			phone_number: phoneNumber,
			lata: place.lata,
			locality: place.locality,
			rate_center: place.rateCenter,
			latitude: place.latitude?.toFixed(6) ?? null,
			longitude: place.longitude?.toFixed(6) ?? null,
			region: place.region,
			postal_code: place.postalCode,
			iso_country: place.country,
			address_requirements: northAmerican ? 'none' : 'any',
			beta: false,
			capabilities: CAPABILITIES,
		};
	});
}

function tollFreeNumbers(country: string, prefix: string): TwilioRecord[] {
	return Array.from({ length: POOL_SIZE }, (_, index) => {
		const line = `01${String(index).padStart(2, '0')}`;
		return {
			friendly_name: `(${prefix}) 555-${line}`,
			phone_number: `+1${prefix}555${line}`,
			lata: null,
			locality: null,
			rate_center: null,
			latitude: null,
			longitude: null,
			region: null,
			postal_code: null,
			iso_country: country,
			address_requirements: 'none',
			beta: false,
			capabilities: CAPABILITIES,
		};
	});
}

/** The numbers any emulated account owns: Twilio no longer offers them. */
export function ownedPhoneNumbers({ accounts, store }: HandlerContext): Set<string> {
	return new Set(
		accounts
			.all()
			.flatMap((account) => store.list(`/2010-04-01/Accounts/${account.sid}/IncomingPhoneNumbers`))
			.map((record) => String(record.phone_number)),
	);
}

/**
 * The first number still for sale in a US or Canadian area code, as Twilio picks one for a purchase
 * by area code.
 */
export function availableInAreaCode(context: HandlerContext, areaCode: string): string | undefined {
	const owned = ownedPhoneNumbers(context);
	return LOCALITIES.filter((place) => place.country !== 'GB' && place.areaCode === areaCode)
		.flatMap(localNumbers)
		.map((record) => String(record.phone_number))
		.find((number) => !owned.has(number));
}

/** Phone keypad digits of letters, for Contains patterns such as `STORE`. */
const KEYPAD = ['abc', 'def', 'ghi', 'jkl', 'mno', 'pqrs', 'tuv', 'wxyz'];

function containsPattern(contains: string): RegExp {
	const digits = [...contains.toLowerCase()].map((character) => {
		if (character === '*') return '\\d';
		const key = KEYPAD.findIndex((letters) => letters.includes(character));
		return key >= 0 ? String(key + 2) : character;
	});
	return new RegExp(digits.join(''));
}

/** Miles between two points on the Earth (haversine). */
function miles(
	latitudeA: number,
	longitudeA: number,
	latitudeB: number,
	longitudeB: number,
): number {
	const radians = (degrees: number) => (degrees * Math.PI) / 180;
	const a =
		Math.sin(radians(latitudeB - latitudeA) / 2) ** 2 +
		Math.cos(radians(latitudeA)) *
			Math.cos(radians(latitudeB)) *
			Math.sin(radians(longitudeB - longitudeA) / 2) ** 2;
	return 3958.8 * 2 * Math.asin(Math.sqrt(a));
}

/** The point a Near… filter measures from: NearLatLong, or the place of NearNumber's area code. */
function nearPoint(query: Params): [number, number] | undefined {
	const latLong = query.get('NearLatLong');
	if (latLong) return latLong.split(',').map(Number) as [number, number];
	const number = query.get('NearNumber');
	if (!number) return undefined;
	const place = LOCALITIES.find((candidate) => number.startsWith(`+1${candidate.areaCode}`));
	return place?.latitude != null && place.longitude != null
		? [place.latitude, place.longitude]
		: [NaN, NaN];
}

/** Refuses filter values Twilio refuses, before any number is matched. */
function checkFilters(query: Params): void {
	const areaCode = query.get('AreaCode');
	if (areaCode !== undefined && !/^[2-9]\d{2}$/.test(areaCode))
		throw invalidParameter(21451, `Invalid area code ${areaCode}`);
	const contains = query.get('Contains');
	if (contains !== undefined && !/^[0-9a-zA-Z*]{2,}$/.test(contains)) {
		throw invalidParameter(20001, `Invalid Contains pattern: ${contains}`);
	}
	const latLong = query.get('NearLatLong');
	if (latLong !== undefined && !/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/.test(latLong)) {
		throw invalidParameter(20001, `Invalid NearLatLong: ${latLong}`);
	}
	const distance = query.get('Distance');
	if (distance !== undefined && !(Number(distance) >= 0 && Number(distance) <= 500)) {
		throw invalidParameter(20001, 'Distance must be between 0 and 500');
	}
	if (query.has('InRateCenter') && !query.has('InLata')) {
		throw invalidParameter(20001, 'InRateCenter requires InLata');
	}
}

export function matchesFilters(record: TwilioRecord, query: Params): boolean {
	const number = String(record.phone_number);
	const areaCode = query.get('AreaCode');
	if (areaCode && !number.startsWith(`+1${areaCode}`)) return false;
	const contains = query.get('Contains');
	if (contains && !containsPattern(contains).test(number.slice(1))) return false;
	const exact: Array<[string, unknown]> = [
		['InRegion', record.region],
		['InPostalCode', record.postal_code],
		['InLata', record.lata],
		['InRateCenter', record.rate_center],
		['InLocality', record.locality],
	];
	if (exact.some(([parameter, value]) => query.has(parameter) && query.get(parameter) !== value))
		return false;
	const near = nearPoint(query);
	if (near) {
		if (record.latitude === null || record.longitude === null) return false;
		const distance = Number(query.get('Distance') ?? 25);
		return miles(near[0], near[1], Number(record.latitude), Number(record.longitude)) <= distance;
	}
	return true;
}

/**
 * One type of number for sale (Local or TollFree) in a country: a fixed pool, less the numbers
 * emulated accounts own, with Twilio's filters applied. A country with no pool is answered as
 * Twilio answers one it has no numbers of that type in: 404.
 */
function numbersForSale(type: 'Local' | 'TollFree'): CollectionConfig {
	const pool = (country: string): TwilioRecord[] | undefined => {
		if (type === 'TollFree')
			return TOLL_FREE[country]?.flatMap((prefix) => tollFreeNumbers(country, prefix));
		const places = LOCALITIES.filter((place) => place.country === country);
		return places.length ? places.flatMap(localNumbers) : undefined;
	};
	return {
		source(context) {
			const numbers = pool(context.path.CountryCode);
			if (!numbers) throw notFound(`${context.collectionUri}.json`);
			checkFilters(context.params);
			const owned = ownedPhoneNumbers(context);
			return numbers.filter((record) => !owned.has(String(record.phone_number)));
		},
	};
}

/** Twilio's filters of numbers for sale: a part of the number, a place, a distance. */
const filtered: Behaviour = {
	matches: (record, context) => matchesFilters(record, context.params),
};

const COUNTRY_NAMES: Record<string, string> = {
	US: 'United States',
	CA: 'Canada',
	GB: 'United Kingdom',
};

/** A country with numbers in the pool, as Twilio describes it, with links to its number types. */
function countryRecord(accountSid: string, code: string): TwilioRecord {
	const uri = `/2010-04-01/Accounts/${accountSid}/AvailablePhoneNumbers/${code}`;
	const types: Record<string, string> = {};
	if (LOCALITIES.some((place) => place.country === code)) types.local = `${uri}/Local.json`;
	if (TOLL_FREE[code]) types.toll_free = `${uri}/TollFree.json`;
	return {
		country_code: code,
		country: COUNTRY_NAMES[code],
		uri: `${uri}.json`,
		beta: false,
		subresource_uris: types,
	};
}

const COUNTRY_CODES = [
	...new Set([...LOCALITIES.map((place) => place.country), ...Object.keys(TOLL_FREE)]),
];

export const availableNumberCollections: Record<string, CollectionConfig> = {
	'/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Local': numbersForSale('Local'),
	'/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/TollFree': numbersForSale('TollFree'),
};

/**
 * The countries Twilio sells numbers in: those of the pool. Twilio answers their list in one piece,
 * without paging.
 */
export const availableNumberBehaviours: Record<string, Behaviour> = {
	ListAvailablePhoneNumberCountry: {
		handle: ({ path, collectionUri }) =>
			json(200, {
				countries: COUNTRY_CODES.map((code) => countryRecord(path.AccountSid, code)),
				uri: `${collectionUri}.json`,
			}),
	},
	FetchAvailablePhoneNumberCountry: {
		handle({ path, apiPath }) {
			if (!COUNTRY_CODES.includes(path.CountryCode)) throw notFound(apiPath);
			return json(200, countryRecord(path.AccountSid, path.CountryCode));
		},
	},
	ListAvailablePhoneNumberLocal: filtered,
	ListAvailablePhoneNumberTollFree: filtered,
};
