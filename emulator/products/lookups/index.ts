import { json } from '../../answer';
import { TwilioError } from '../../errors';
import type { ProductBehaviours } from '../../engine/types';
import type { TwilioRecord } from '../../types';

/**
 * Lookup v2 (lookups.twilio.com): `GET /v2/PhoneNumbers/{PhoneNumber}`. Twilio answers 200 for any
 * number, with `valid` and `validation_errors` saying what is wrong with an invalid one, and null
 * for every data package not asked for in `Fields` (the spec's examples `fetch`, `fetchInvalid`).
 *
 * The numbering plans are a small table, not Twilio's: enough countries to read numbers in E.164 or
 * national format, with their national lengths. The packages' contents follow fixed rules, so that
 * tests can predict them (see `lineType`); Twilio's come from carriers.
 */

interface Plan {
	country: string;
	callingCode: string;
	/** The lengths a national number may have. */
	lengths: number[];
	/** The national format of the national number. */
	national(digits: string): string;
}

const withTrunkZero = (digits: string) => `0${digits}`;

/**
 * Area codes of Canada in the North American plan (the others of the table are the United States').
 */
const CANADA = new Set(
	'204 226 236 249 250 263 289 306 343 354 365 367 368 403 416 418 431 437 438 450 468 474 506 514 519 548 579 581 584 587 604 613 639 647 672 683 705 709 742 753 778 780 782 807 819 825 867 873 879 902 905'.split(
		' ',
	),
);

const PLANS: Plan[] = [
	{
		country: 'US',
		callingCode: '1',
		lengths: [10],
		national: (d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`,
	},
	{
		country: 'GB',
		callingCode: '44',
		lengths: [10],
		national: (d) => `0${d.slice(0, 4)} ${d.slice(4)}`,
	},
	{ country: 'IE', callingCode: '353', lengths: [9], national: withTrunkZero },
	{ country: 'DE', callingCode: '49', lengths: [10, 11], national: withTrunkZero },
	{
		country: 'FR',
		callingCode: '33',
		lengths: [9],
		national: (d) => `0${d.replace(/(\d)(?=(\d{2})+$)/g, '$1 ')}`,
	},
	{ country: 'ES', callingCode: '34', lengths: [9], national: (d) => d },
	{ country: 'AU', callingCode: '61', lengths: [9], national: withTrunkZero },
	{ country: 'JP', callingCode: '81', lengths: [10], national: withTrunkZero },
	{ country: 'BR', callingCode: '55', lengths: [10, 11], national: withTrunkZero },
	{ country: 'IN', callingCode: '91', lengths: [10], national: withTrunkZero },
];

// Lookup v2's data packages (twilio.com/docs/lookup/v2-api): the emulator's own list, as Twilio's
// reference gives it.
const PACKAGES = [
	'validation',
	'caller_name',
	'sim_swap',
	'call_forwarding',
	'line_status',
	'line_type_intelligence',
	'identity_match',
	'reassigned_number',
	'sms_pumping_risk',
	'phone_number_quality_score',
	'pre_fill',
];

/** A number Lookup was given, read: its plan and national digits, or what is wrong with it. */
type Reading = { plan: Plan; national: string } | { error: string; e164: string };

function read(given: string, countryCode: string | undefined): Reading {
	const compact = given.replace(/[\s().-]/g, '');
	if (!/^\+?\d+$/.test(compact)) return { error: 'NOT_A_NUMBER', e164: given };
	if (compact.startsWith('+')) {
		const digits = compact.slice(1);
		const plan = PLANS.find((candidate) => digits.startsWith(candidate.callingCode));
		if (!plan) return { error: 'INVALID_COUNTRY_CODE', e164: compact };
		return checkLength(plan, digits.slice(plan.callingCode.length), compact);
	}
	// A national number: the spec's "Default country code is +1 (North America)".
	const country = (countryCode ?? 'US').toUpperCase();
	const plan = PLANS.find(
		(candidate) =>
			candidate.country === country || (country === 'CA' && candidate.country === 'US'),
	);
	if (!plan) return { error: 'INVALID_COUNTRY_CODE', e164: compact };
	const national = compact.replace(/^0/, '');
	return checkLength(plan, national, `+${plan.callingCode}${national}`);
}

function checkLength(plan: Plan, national: string, e164: string): Reading {
	if (national.length < Math.min(...plan.lengths)) return { error: 'TOO_SHORT', e164 };
	if (national.length > Math.max(...plan.lengths)) return { error: 'TOO_LONG', e164 };
	if (!plan.lengths.includes(national.length)) return { error: 'INVALID_LENGTH', e164 };
	// North American numbers: area code and exchange start with 2 to 9.
	if (plan.callingCode === '1' && !/^[2-9]\d{2}[2-9]/.test(national))
		return { error: 'INVALID_BUT_POSSIBLE', e164 };
	return { plan, national };
}

const TOLL_FREE = /^(?:800|833|844|855|866|877|888)/;

/**
 * The emulator's line types, a fixed rule: North American toll-free area codes are tollFree, a
 * national number ending in 1 is a landline, in 2 a non-fixed VoIP number, any other a mobile.
 */
function lineType(national: string, plan: Plan): string {
	if (plan.callingCode === '1' && TOLL_FREE.test(national)) return 'tollFree';
	if (national.endsWith('1')) return 'landline';
	if (national.endsWith('2')) return 'nonFixedVoip';
	return 'mobile';
}

/**
 * The packages asked for, as the node and Twilio's libraries send them: one comma-separated text.
 */
/** The packages asked for: a look-up's comma-separated Fields, or a bulk request's list. */
function packagesOf(fields: string | string[] | undefined): Set<string> {
	const asked = (Array.isArray(fields) ? fields : (fields ?? '').split(','))
		.map((name) => name.trim())
		.filter(Boolean);
	const unknown = asked.filter((name) => !PACKAGES.includes(name));
	if (unknown.length)
		throw new TwilioError(400, 60200, `Invalid parameter: Fields ${unknown.join(',')}`);
	return new Set(asked);
}

/** A package's parameter by the look-up's name for it (`FirstName`), or undefined. */
type Given = (name: string) => string | undefined;

function packagesFor(asked: Set<string>, plan: Plan, national: string, given: Given): TwilioRecord {
	const type = lineType(national, plan);
	const mobile = type === 'mobile';
	const network = mobile
		? { mobile_country_code: plan.country === 'US' ? '310' : '234', mobile_network_code: '260' }
		: { mobile_country_code: null, mobile_network_code: null };
	const carrier = mobile
		? 'Emulated Mobile'
		: type === 'landline'
			? 'Emulated Fixed Line'
			: 'Emulated VoIP';
	const digitsSum = [...national].reduce((sum, digit) => sum + Number(digit), 0);
	const match = (name: string) => (given(name) === undefined ? null : 'no_data_available');
	const data: Record<string, unknown> = {
		// CNAM: Twilio has caller names for US numbers only.
		caller_name:
			plan.country === 'US'
				? {
						caller_name: 'EMULATED CALLER',
						caller_type: type === 'landline' ? 'BUSINESS' : 'CONSUMER',
						error_code: null,
					}
				: { caller_name: null, caller_type: null, error_code: 60600 },
		sim_swap: {
			last_sim_swap: {
				last_sim_swap_date: null,
				swapped_period: 'PT24H',
				swapped_in_period: false,
			},
			carrier_name: carrier,
			...network,
			error_code: null,
		},
		call_forwarding: { call_forwarding_enabled: false, error_code: null },
		line_status: { status: 'active', error_code: null },
		line_type_intelligence: { carrier_name: carrier, type, ...network, error_code: null },
		identity_match: {
			first_name_match: match('FirstName'),
			last_name_match: match('LastName'),
			address_lines_match:
				given('AddressLine1') === undefined && given('AddressLine2') === undefined
					? null
					: 'no_data_available',
			city_match: match('City'),
			state_match: match('State'),
			postal_code_match: match('PostalCode'),
			address_country_match: match('AddressCountryCode'),
			national_id_match: match('NationalId'),
			date_of_birth_match: match('DateOfBirth'),
			summary_score: 0,
			error_code: null,
			error_message: null,
		},
		reassigned_number: {
			last_verified_date: given('LastVerifiedDate') ?? null,
			is_number_reassigned: given('LastVerifiedDate') ? 'no' : null,
			error_code: null,
		},
		sms_pumping_risk: {
			carrier_risk_category: 'low',
			number_blocked: false,
			number_blocked_date: null,
			number_blocked_last_3_months: false,
			sms_pumping_risk_score: digitsSum % 30,
			error_code: null,
		},
		// The spec leaves these two open (any value): a score, and the details a verification
		// confirmed.
		phone_number_quality_score: { quality_score: 100 - (digitsSum % 40), error_code: null },
		pre_fill: given('VerificationSid')
			? { first_name: null, last_name: null, address: null, error_code: null }
			: null,
	};
	const result: TwilioRecord = {};
	for (const name of PACKAGES.filter((candidate) => candidate !== 'validation'))
		result[name] = asked.has(name) ? data[name] : null;
	return result;
}

/** What Lookup answers about one number: its formats and validity, and the packages asked for. */
function answerFor(
	given: string,
	countryCode: string | undefined,
	asked: Set<string>,
	parameter: Given,
): TwilioRecord {
	const reading = read(given, countryCode);
	if ('error' in reading) {
		return {
			calling_country_code: null,
			country_code: null,
			phone_number: reading.e164,
			national_format: null,
			valid: false,
			validation_errors: [reading.error],
			...Object.fromEntries(
				PACKAGES.filter((name) => name !== 'validation').map((name) => [name, null]),
			),
		};
	}
	const { plan, national } = reading;
	const isCanada = plan.callingCode === '1' && CANADA.has(national.slice(0, 3));
	return {
		calling_country_code: plan.callingCode,
		country_code: isCanada ? 'CA' : plan.country,
		phone_number: `+${plan.callingCode}${national}`,
		national_format: plan.national(national),
		valid: true,
		validation_errors: null,
		...packagesFor(asked, plan, national, parameter),
	};
}

/**
 * A bulk request's package parameters under a look-up's names: `identity_match.first_name` is
 * `FirstName`, `reassigned_number.last_verified_date` is `LastVerifiedDate` (Lookup v2's
 * `LookupRequestWithCorId` schema).
 */
function bulkParameter(request: Record<string, unknown>): Given {
	const nested = ['identity_match', 'reassigned_number', 'sms_pumping_risk'].flatMap((group) =>
		Object.entries((request[group] ?? {}) as Record<string, unknown>),
	);
	return (name) => {
		const found = nested.find(([key]) => key.replace(/_/g, '') === name.toLowerCase());
		return found === undefined ? undefined : String(found[1]);
	};
}

export const lookups: ProductBehaviours = {
	behaviours: {
		FetchPhoneNumber: {
			handle(context) {
				const given = context.path.PhoneNumber;
				const asked = packagesOf(context.params.get('Fields'));
				const answer = answerFor(given, context.params.get('CountryCode'), asked, (name) =>
					context.params.get(name),
				);
				return json(200, { ...answer, url: `${context.host}/v2/PhoneNumbers/${given}` });
			},
		},
		/**
		 * One result per request, in the requests' order, each carrying its `correlation_id` (the
		 * description of CreateBulkLookup: "respecting the natural order", "adding a correlation_id
		 * key"); a number Lookup cannot read is a result with `valid: false`, as for one look-up.
		 */
		CreateBulkLookup: {
			handle(context) {
				const requests = (context.json?.phone_numbers ?? []) as Array<Record<string, unknown>>;
				return json(200, {
					phone_numbers: requests.map((request) => ({
						correlation_id: request.correlation_id ?? null,
						twilio_error_code: null,
						...answerFor(
							String(request.phone_number),
							request.country_code === undefined ? undefined : String(request.country_code),
							packagesOf(request.fields as string[] | undefined),
							bulkParameter(request),
						),
					})),
				});
			},
		},
	},
};
