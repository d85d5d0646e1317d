import type { ResourceDeclaration } from '../../../declarations/complete';
import { API_V2010 } from '../digest';
import type { OperationHint } from '../../../engine/types';
import { httpMethod, integer, text, url } from '../../../fields/basic';
import { friendlyName } from '../../../fields/friendlyName';
import { sidLocator } from '../../../fields/locator';
import { phoneNumber } from '../../../fields/phoneNumber';
import { outgoingCallerIds } from '../lists';

const outgoingCallerIdSid = sidLocator({
	name: 'outgoingCallerIdSid',
	displayName: 'Caller ID SID',
	twilioName: 'Sid',
	lookup: outgoingCallerIds,
	location: 'path',
	required: true,
	description: 'The SID of the verified caller ID, starting with PN',
});

/** Add only starts a verification: a person must answer Twilio's call and enter the code. */
const VERIFICATION_HINT: OperationHint = {
	before:
		'Add does not add the caller ID yet: Twilio calls the number at once, and whoever answers must enter the validation code from the output (validation_code) on the phone. The caller ID exists once that call succeeds.',
	after: (records) =>
		records.length === 1
			? `Twilio is calling ${String(records[0].phone_number)} now. Whoever answers must enter ${String(records[0].validation_code)} on the phone; the caller ID exists once that call succeeds.`
			: `Twilio is calling ${records.length} numbers now. Whoever answers each call must enter the validation_code of its item on the phone; each caller ID exists once its call succeeds.`,
};

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const outgoingCallerIdResource = (): ResourceDeclaration => ({
	value: 'outgoingCallerId',
	name: 'Outgoing Caller ID',
	description: 'Your own phone numbers, verified for use as the caller ID of calls',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a caller ID',
			description: 'Get one verified caller ID by its SID',
			spec: API_V2010.FetchOutgoingCallerId,
			fields: [outgoingCallerIdSid],
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Rename a caller ID',
			description: "Change a verified caller ID's friendly name",
			spec: API_V2010.UpdateOutgoingCallerId,
			fields: [
				outgoingCallerIdSid,
				friendlyName({
					required: true,
					description: 'A new name for the caller ID, up to 64 characters',
				}),
			],
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many verified caller ID numbers',
			description: "List the account's verified caller IDs",
			spec: API_V2010.ListOutgoingCallerId,
			optionalFields: {
				collection: 'filters',
				fields: [
					phoneNumber({
						description: 'Only the caller ID of exactly this phone number',
					}),
					friendlyName({ description: 'Only caller IDs whose friendly name is exactly this' }),
				],
			},
		},
		{
			value: 'add',
			name: 'Add',
			action: 'Add a caller ID',
			description:
				'Start verifying a phone number you own as a caller ID. Twilio calls the number, and whoever answers must enter the validation code from the output (validation_code) on the phone; the caller ID exists once that call succeeds.',
			hint: VERIFICATION_HINT,
			spec: API_V2010.CreateValidationRequest,
			// Each request places a verification call.
			fields: [
				phoneNumber({
					required: true,
					description:
						'The number to verify, in E.164 format. Twilio calls it with the validation request.',
				}),
			],
			optionalFields: {
				collection: 'additionalFields',
				fields: [
					friendlyName({
						description:
							'A name for the caller ID, up to 64 characters. Twilio uses the formatted number when empty.',
					}),
					integer({
						name: 'callDelay',
						displayName: 'Call Delay',
						twilioName: 'CallDelay',
						min: 0,
						max: 60,
						description:
							'Seconds Twilio waits before it places the verification call, from 0 to 60',
					}),
					text({
						name: 'extension',
						displayName: 'Extension',
						twilioName: 'Extension',
						maxLength: 32,
						pattern: { regex: /^[0-9#*w]+$/, expected: 'digits, #, * and w (a half-second pause)' },
						description:
							'Digits Twilio dials once the verification call connects, to reach an extension',
					}),
					url({
						name: 'statusCallback',
						displayName: 'Status Callback URL',
						twilioName: 'StatusCallback',
						description: 'URL Twilio calls with the outcome of the verification call',
					}),
					httpMethod({
						name: 'statusCallbackMethod',
						displayName: 'Status Callback Method',
						twilioName: 'StatusCallbackMethod',
						description: 'HTTP method Twilio uses to call Status Callback URL',
					}),
				],
			},
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a caller ID',
			description: 'Remove a verified caller ID from the account; calls can no longer show it',
			spec: API_V2010.DeleteOutgoingCallerId,
			fields: [outgoingCallerIdSid],
		},
	],
});
