import type { OperationDeclaration, ResourceDeclaration } from '../../../declarations/complete';
import { API_V2010 } from '../digest';
import type { FieldDefinition, OperationHint } from '../../../engine/types';
import { destinationAccountSid } from '../../../fields/account';
import { text } from '../../../fields/basic';
import { friendlyName } from '../../../fields/friendlyName';
import { sidLocator } from '../../../fields/locator';
import { areaCode, phoneNumber } from '../../../fields/phoneNumber';
import { voiceSmsFields } from '../../../fields/voiceSms';
import { applications } from '../lists';
import { incomingPhoneNumbers } from '../../../fields/lookups';

export const incomingPhoneNumberSid = sidLocator({
	name: 'incomingPhoneNumberSid',
	displayName: 'Phone Number SID',
	twilioName: 'Sid',
	lookup: incomingPhoneNumbers,
	location: 'path',
	required: true,
	description: 'The SID of the phone number, starting with PN',
});

/** Applications that can take over a number's calls or messages. */
const applicationSids: FieldDefinition[] = [
	sidLocator({
		name: 'voiceApplicationSid',
		displayName: 'Voice Application SID',
		twilioName: 'VoiceApplicationSid',
		lookup: applications,
		description:
			"An application that handles calls to the number; Twilio then ignores the number's own voice URLs",
	}),
	sidLocator({
		name: 'smsApplicationSid',
		displayName: 'SMS Application SID',
		twilioName: 'SmsApplicationSid',
		lookup: applications,
		description:
			"An application that handles messages to the number; Twilio then ignores the number's own SMS URLs",
	}),
];

/** Everything a number can be set up with when it is bought. */
const purchaseConfiguration = {
	collection: 'additionalFields' as const,
	fields: [...voiceSmsFields({ owner: 'phoneNumber', friendlyName: true }), ...applicationSids],
};

const PURCHASE_NOTICE =
	'Each run buys a phone number: Twilio bills the account for it at once and every month until it is released';

/** After a purchase: which numbers now cost money every month, and how that stops. */
const PURCHASE_HINT: OperationHint = {
	after: (records) => {
		const numbers = records.map((record) => String(record.phone_number));
		const shown =
			numbers.length > 5
				? `${numbers.slice(0, 5).join(', ')} and ${numbers.length - 5} more`
				: numbers.join(', ');
		return `Bought ${shown}. Twilio bills the account for ${numbers.length === 1 ? 'it' : 'each'} every month until released (Incoming Phone Number → Release).`;
	},
};

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const incomingPhoneNumberResource = (): ResourceDeclaration => ({
	value: 'incomingPhoneNumber',
	name: 'Incoming Phone Number',
	description: 'Phone numbers the account owns: buy, configure, release',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a phone number',
			description: "Get one of the account's phone numbers by its SID, with its configuration",
			spec: API_V2010.FetchIncomingPhoneNumber,
			fields: [incomingPhoneNumberSid],
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a phone number',
			description:
				'Change what a phone number does with calls and messages, rename it, or move it to another (sub)account',
			spec: API_V2010.UpdateIncomingPhoneNumber,
			fields: [incomingPhoneNumberSid],
			optionalFields: {
				collection: 'updateFields',
				fields: [
					...voiceSmsFields({ owner: 'phoneNumber', friendlyName: true }),
					...applicationSids,
					destinationAccountSid({ name: 'accountSidDestination' }),
				],
			},
		},
		{
			value: 'release',
			name: 'Release',
			action: 'Release a phone number',
			description:
				'Give a phone number back to Twilio: it stops answering calls and messages and is no longer billed. Twilio may give it to another customer later, so this cannot be undone.',
			spec: API_V2010.DeleteIncomingPhoneNumber,
			fields: [incomingPhoneNumberSid],
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many phone numbers',
			description: 'List the phone numbers the account owns',
			spec: API_V2010.ListIncomingPhoneNumber,
			optionalFields: {
				collection: 'filters',
				fields: [
					text({
						name: 'phoneNumber',
						displayName: 'Phone Number',
						twilioName: 'PhoneNumber',
						placeholder: '+14155552671',
						description: 'Only numbers that contain these digits; * matches any single digit',
					}),
					friendlyName({ description: 'Only numbers whose friendly name is exactly this' }),
				],
			},
		},
		{
			value: 'buyByPhoneNumber',
			name: 'Buy by Phone Number',
			action: 'Buy a phone number',
			description:
				"Buy a phone number found with Available Phone Number → Search. Costs money: Twilio bills the first month's fee at once.",
			notice: PURCHASE_NOTICE,
			hint: PURCHASE_HINT,
			spec: API_V2010.CreateIncomingPhoneNumber,
			fields: [
				phoneNumber({
					required: true,
					description: 'The available number to buy, in E.164 format',
				}),
			],
			optionalFields: purchaseConfiguration,
			exclude: { AreaCode: 'Buy by Area Code sends it' },
		},
		{
			value: 'buyByAreaCode',
			name: 'Buy by Area Code',
			action: 'Buy a phone number in an area code',
			description:
				"Buy any available US or Canadian phone number in an area code. Costs money: Twilio bills the first month's fee at once.",
			notice: PURCHASE_NOTICE,
			hint: PURCHASE_HINT,
			spec: API_V2010.CreateIncomingPhoneNumber,
			fields: [
				areaCode({
					name: 'areaCode',
					displayName: 'Area Code',
					required: true,
					description:
						'A three-digit US or Canadian area code. Twilio picks a number in it, or answers error 21452 when it has none.',
				}),
			],
			optionalFields: purchaseConfiguration,
			exclude: { PhoneNumber: 'Buy by Phone Number sends it' },
		},
		...(
			[
				[
					'Local',
					'local',
					API_V2010.ListIncomingPhoneNumberLocal,
					API_V2010.CreateIncomingPhoneNumberLocal,
				],
				[
					'Mobile',
					'mobile',
					API_V2010.ListIncomingPhoneNumberMobile,
					API_V2010.CreateIncomingPhoneNumberMobile,
				],
				[
					'TollFree',
					'toll free',
					API_V2010.ListIncomingPhoneNumberTollFree,
					API_V2010.CreateIncomingPhoneNumberTollFree,
				],
			] as const
		).flatMap(([kind, words, list, buy]): OperationDeclaration[] => [
			{
				value: `getMany${kind}`,
				name: `Get Many ${kind === 'TollFree' ? 'Toll-Free' : kind}`,
				action: `Get many ${words} phone numbers`,
				description: `List the ${words} phone numbers the account owns`,
				spec: list,
			},
			{
				value: `buy${kind}`,
				name: `Buy ${kind === 'TollFree' ? 'Toll-Free' : kind}`,
				action: `Buy a ${words} phone number`,
				description: `Buy a ${words} number found with Available Phone Number → Search. Costs money: Twilio bills the first month's fee at once.`,
				notice: PURCHASE_NOTICE,
				hint: PURCHASE_HINT,
				spec: buy,
				fields: [
					phoneNumber({
						required: true,
						description: `The available ${words} number to buy, in E.164 format`,
					}),
				],
				optionalFields: purchaseConfiguration,
			},
		]),
	],
});
