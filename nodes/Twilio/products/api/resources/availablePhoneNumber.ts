import type { FieldDefinition } from '../../../engine/types';
import type { OperationDeclaration, ResourceDeclaration } from '../../../declarations/complete';
import { API_V2010 } from '../digest';

import { integer, text } from '../../../fields/basic';
import { countryCode } from '../../../fields/countryCode';
import { areaCode, phoneNumber } from '../../../fields/phoneNumber';

const country = countryCode({
	name: 'countryCode',
	displayName: 'Country Code',
	twilioName: 'CountryCode',
	location: 'path',
	required: true,
	default: 'US',
	description: 'The country to search, as an ISO 3166-1 alpha-2 code such as US, CA or GB',
});

const contains = text({
	name: 'contains',
	displayName: 'Contains',
	twilioName: 'Contains',
	placeholder: '555****',
	pattern: {
		regex: /^[0-9a-zA-Z*]{2,16}$/,
		expected: 'a pattern of 2 to 16 digits, letters and *',
	},
	description:
		'Only numbers that contain this pattern: digits, letters (matched by their phone keypad digit, e.g. STORE) and * for any single digit',
});

/** The filters of a local search. */
const localFilters: FieldDefinition[] = [
	areaCode({
		name: 'areaCode',
		displayName: 'Area Code',
		description: 'Only numbers in this area code (US and Canada)',
	}),
	contains,
	text({
		name: 'inRegion',
		displayName: 'In Region',
		twilioName: 'InRegion',
		placeholder: 'CA',
		description: 'Only numbers in this state or province, as its two-letter code (US and Canada)',
	}),
	text({
		name: 'inPostalCode',
		displayName: 'In Postal Code',
		twilioName: 'InPostalCode',
		placeholder: '94103',
		description: 'Only numbers in this postal code (US and Canada)',
	}),
];

/** What the advanced search adds: distance from a place or number, LATA and rate center. */
const proximityFilters: FieldDefinition[] = [
	text({
		name: 'nearLatLong',
		displayName: 'Near Lat/Long',
		twilioName: 'NearLatLong',
		placeholder: '37.7749,-122.4194',
		pattern: {
			regex: /^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/,
			expected: 'a latitude and longitude such as 37.7749,-122.4194',
		},
		description:
			'Only numbers within Distance miles of this point, given as latitude,longitude (US and Canada)',
	}),
	phoneNumber({
		name: 'nearNumber',
		displayName: 'Near Number',
		twilioName: 'NearNumber',
		description: 'Only numbers within Distance miles of this phone number (US and Canada)',
	}),
	integer({
		name: 'distance',
		displayName: 'Distance',
		twilioName: 'Distance',
		min: 1,
		max: 500,
		default: 25,
		description:
			'The search radius in miles for Near Lat/Long or Near Number, up to 500 (Twilio uses 25 when empty)',
	}),
	text({
		name: 'inLata',
		displayName: 'In LATA',
		twilioName: 'InLata',
		placeholder: '722',
		description: 'Only numbers in this local access and transport area (LATA)',
	}),
	text({
		name: 'inRateCenter',
		displayName: 'In Rate Center',
		twilioName: 'InRateCenter',
		description: 'Only numbers in this rate center. Needs In LATA as well.',
	}),
];

/** What the three searches share: a list read in one country. */
const search: Pick<OperationDeclaration, 'retry' | 'fields'> = {
	fields: [country],
};

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const availablePhoneNumberResource = (): ResourceDeclaration => ({
	value: 'availablePhoneNumber',
	name: 'Available Phone Number',
	description:
		'Numbers Twilio has for sale, to buy with Incoming Phone Number → Buy by Phone Number',
	operations: [
		{
			...search,
			value: 'searchLocal',
			name: 'Search Local',
			action: 'Search local phone numbers',
			description:
				'Find local numbers available to buy in a country, by area code, digits, region or postal code',
			spec: API_V2010.ListAvailablePhoneNumberLocal,
			optionalFields: { collection: 'filters', fields: localFilters },
		},
		{
			...search,
			value: 'searchLocalAdvanced',
			name: 'Search Local (Advanced)',
			action: 'Search local phone numbers near a place',
			description:
				'Find local numbers available to buy, also near a place or another number, or in a LATA or rate center (US and Canada)',
			spec: API_V2010.ListAvailablePhoneNumberLocal,
			optionalFields: { collection: 'filters', fields: [...localFilters, ...proximityFilters] },
			check: (values) => {
				if (values.inRateCenter && !values.inLata) return 'In Rate Center needs In LATA as well';
				if (values.distance && !values.nearLatLong && !values.nearNumber) {
					return 'Distance applies to Near Lat/Long or Near Number: set one of them as well';
				}
				return undefined;
			},
		},
		{
			...search,
			value: 'searchTollFree',
			name: 'Search Toll-Free',
			action: 'Search toll free phone numbers',
			description: 'Find toll-free numbers available to buy in a country',
			spec: API_V2010.ListAvailablePhoneNumberTollFree,
			optionalFields: { collection: 'filters', fields: [contains] },
		},
		...(
			[
				['searchMobile', 'Search Mobile', 'mobile', API_V2010.ListAvailablePhoneNumberMobile],
				[
					'searchNational',
					'Search National',
					'national',
					API_V2010.ListAvailablePhoneNumberNational,
				],
				[
					'searchSharedCost',
					'Search Shared-Cost',
					'shared cost',
					API_V2010.ListAvailablePhoneNumberSharedCost,
				],
				['searchVoip', 'Search VoIP', 'VOIP', API_V2010.ListAvailablePhoneNumberVoip],
				[
					'searchMachineToMachine',
					'Search Machine-to-Machine',
					'M2M',
					API_V2010.ListAvailablePhoneNumberMachineToMachine,
				],
			] as const
		).map(([value, name, kind, spec]) => ({
			...search,
			value,
			name,
			action: `Search for ${kind} phone numbers`,
			description: `Find ${kind} numbers available to buy in a country`,
			spec,
		})),
		{
			value: 'getCountries',
			name: 'Get Countries',
			action: 'Get the countries with numbers for sale',
			description: 'List the countries Twilio sells numbers in, with the kinds of number each has',
			spec: API_V2010.ListAvailablePhoneNumberCountry,
		},
		{
			value: 'getCountry',
			name: 'Get Country',
			action: 'Get the kinds of number for sale in a country',
			description:
				'Get one country Twilio sells numbers in, with the kinds of number it has (local, mobile, toll-free…)',
			spec: API_V2010.FetchAvailablePhoneNumberCountry,
			fields: [country],
		},
	],
});
