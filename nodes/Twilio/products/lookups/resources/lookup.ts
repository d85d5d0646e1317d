import type { ItemValues } from '../../../engine/types';
import type { ResourceDeclaration } from '../../../declarations/complete';
import { lookupPhoneNumber } from '../../../fields/phoneNumber';
import { LOOKUPS_V2 } from '../digest';

/** Lookup's data packages that read the identity match and reassigned number parameters. */
const IDENTITY_FIELDS = [
	'firstName',
	'lastName',
	'addressLine1',
	'addressLine2',
	'city',
	'state',
	'postalCode',
	'addressCountryCode',
	'nationalId',
	'dateOfBirth',
];

/**
 * Lookup v2 bills each data package per request, all but Validation (Twilio's Lookup pricing; the
 * basic answer, formats and validity, is free): a Look Up that asks for one is never repeated once
 * Twilio may have received it.
 */
const FREE_PACKAGES = ['validation'];

function paidPackages(values: ItemValues): string | undefined {
	const paid = String(values.fields ?? '')
		.split(',')
		.filter((name) => name !== '' && !FREE_PACKAGES.includes(name));
	return paid.length ? `Data Packages ${paid.join(', ')}` : undefined;
}

/** Whether the item's Data Packages hold a package. */
const asks = (fields: unknown, name: string) =>
	typeof fields === 'string' && fields.split(',').includes(name);

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const lookupResource = (): ResourceDeclaration => ({
	value: 'lookup',
	name: 'Lookup',
	description:
		'Facts about a phone number from Twilio Lookup: valid or not, its formats, line type, carrier, caller name',
	operations: [
		{
			value: 'lookUp',
			name: 'Look Up',
			action:
				'Look up a phone number and return whether it is valid with its formats and chosen data',
			description:
				'Check a phone number: the output says whether it is valid, its E.164 and national formats and country, and holds the data packages chosen (line type and carrier, caller name, SIM swap…). Packages other than validation cost extra.',
			spec: LOOKUPS_V2.FetchPhoneNumber,
			retry: { billedFor: paidPackages },
			fields: [
				lookupPhoneNumber({
					name: 'phoneNumber',
					displayName: 'Phone Number',
					twilioName: 'PhoneNumber',
					location: 'path',
					required: true,
					description:
						'The number, in E.164 format (+14155552671) or in national format with Country Code',
				}),
			],
			parameters: {
				Fields: {
					displayName: 'Data Packages',
					description:
						'What to look up besides the validity and formats Twilio always returns (each package is billed on its own)',
					values: 'listed',
					commaSeparated: true,
					topLevel: true,
					choiceNames: {
						validation: 'Validation',
						caller_name: 'Caller Name (CNAM)',
						sim_swap: 'SIM Swap',
						call_forwarding: 'Call Forwarding',
						line_status: 'Line Status',
						line_type_intelligence: 'Line Type Intelligence (Mobile, Landline, VoIP…)',
						identity_match: 'Identity Match',
						reassigned_number: 'Reassigned Number',
						sms_pumping_risk: 'SMS Pumping Risk',
						phone_number_quality_score: 'Phone Number Quality Score',
						pre_fill: 'Pre-Fill',
					},
				},
				CountryCode: {
					description:
						'The country of a number given in national format, as an ISO 3166-1 alpha-2 code (US when empty)',
					countryCode: true,
				},
				FirstName: {
					description: "For Identity Match: the first name to compare with the number's owner",
				},
				LastName: {
					description: "For Identity Match: the last name to compare with the number's owner",
				},
				AddressLine1: {
					displayName: 'Address Line 1',
					description: 'For Identity Match: the first line of the address',
				},
				AddressLine2: {
					displayName: 'Address Line 2',
					description: 'For Identity Match: the second line of the address',
				},
				City: { description: 'For Identity Match: the city of the address' },
				State: { description: 'For Identity Match: the state, province or region of the address' },
				PostalCode: { description: 'For Identity Match: the postal code of the address' },
				AddressCountryCode: {
					description:
						'For Identity Match: the country of the address, as an ISO 3166-1 alpha-2 code',
				},
				NationalId: {
					description:
						'For Identity Match: a national identity number, such as a social security or passport number',
					password: true,
				},
				DateOfBirth: {
					description: 'For Identity Match: the date of birth, as YYYYMMDD',
					placeholder: '19900131',
				},
				LastVerifiedDate: {
					description:
						'For Reassigned Number: the day you last knew the number reached its owner (their consent), as YYYYMMDD',
					placeholder: '20260101',
				},
				VerificationSid: {
					description:
						'For Pre-Fill: the verification (VE…) with which the owner confirmed the number',
				},
				PartnerSubId: {
					description:
						'Your own label for a subaccount, tenant or sender, which SMS Pumping Risk uses to judge the request',
				},
			},
			// Twilio reads these parameters only for their packages (Lookup v2 reference, query
			// parameters).
			check: (values) => {
				const fields = values.fields;
				if (
					IDENTITY_FIELDS.some((name) => values[name] !== undefined) &&
					!asks(fields, 'identity_match')
				) {
					return 'The name, address, national ID and date of birth are read only by the Identity Match package: add it to Data Packages';
				}
				if (values.lastVerifiedDate !== undefined && !asks(fields, 'reassigned_number')) {
					return 'Last Verified Date is read only by the Reassigned Number package: add it to Data Packages';
				}
				if (values.verificationSid !== undefined && !asks(fields, 'pre_fill')) {
					return 'Verification SID is read only by the Pre-Fill package: add it to Data Packages';
				}
				return undefined;
			},
		},
	],
});
