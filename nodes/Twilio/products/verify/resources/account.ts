import type { ResourceDeclaration } from '../../../declarations/complete';
import { standardOperations } from '../../../declarations/standard';
import { phoneNumber } from '../../../fields/phoneNumber';
import { VERIFY_V2 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const verifyTemplateResource = (): ResourceDeclaration => ({
	value: 'verifyTemplate',
	name: 'Template',
	description:
		'Message templates Verify sends codes with (HJ…), in many languages; a Verify service names one as its default',
	parameters: {
		FriendlyName: { description: 'Only templates whose name contains this text' },
	},
	operations: standardOperations(
		{ one: 'a template', many: 'templates' },
		{ getMany: VERIFY_V2.ListVerificationTemplate },
	),
});

/** The number, checked as E.164 (the spec's PhoneNumber: "must be in E.164 format"). */
const safeNumber = (location: 'body' | 'path') =>
	phoneNumber({
		required: true,
		location,
		description: 'The phone number in E.164 format, such as +14155552671',
	});

/**
 * Numbers Verify's fraud guard never blocks (Twilio's Safe List reference): a number in it is
 * exempt from Fraud Guard and geo permissions.
 */
export const safeListResource = (): ResourceDeclaration => ({
	value: 'safeListNumber',
	name: 'Safe List Number',
	description: "Phone numbers Verify's Fraud Guard never blocks",
	operations: standardOperations(
		{ one: 'a number in the safe list', many: 'numbers in the safe list' },
		{
			create: VERIFY_V2.CreateSafelist,
			get: VERIFY_V2.FetchSafelist,
			delete: VERIFY_V2.DeleteSafelist,
		},
		{
			create: {
				name: 'Add',
				action: 'Add a number to the safe list',
				description: 'Add a phone number to the safe list',
				fields: [safeNumber('body')],
			},
			get: {
				description: 'Get a number of the safe list; Twilio answers 404 when it is not in it',
				fields: [safeNumber('path')],
			},
			delete: {
				name: 'Remove',
				action: 'Remove a number from the safe list',
				description: 'Remove a phone number from the safe list',
				fields: [safeNumber('path')],
			},
		},
	),
});
