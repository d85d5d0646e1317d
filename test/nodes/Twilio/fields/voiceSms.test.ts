import type { INodeParameters } from 'n8n-workflow';

import { voiceSmsFields } from '../../../../nodes/Twilio/fields/voiceSms';
import { useTwilio } from '../../../helpers/twilio';

const twilio = useTwilio();

/**
 * A value for every field of the group (none of them its default), its Twilio parameter, and the
 * field of Twilio's record that keeps it. The wire value is the value as text.
 */
const GROUP: Record<string, [value: string | boolean, parameter: string, recordField: string]> = {
	friendlyName: ['Support line', 'FriendlyName', 'friendly_name'],
	apiVersion: ['2008-08-01', 'ApiVersion', 'api_version'],
	voiceUrl: ['https://example.com/voice', 'VoiceUrl', 'voice_url'],
	voiceMethod: ['GET', 'VoiceMethod', 'voice_method'],
	voiceFallbackUrl: [
		'https://example.com/voice-fallback',
		'VoiceFallbackUrl',
		'voice_fallback_url',
	],
	voiceFallbackMethod: ['GET', 'VoiceFallbackMethod', 'voice_fallback_method'],
	statusCallback: ['https://example.com/status', 'StatusCallback', 'status_callback'],
	statusCallbackMethod: ['GET', 'StatusCallbackMethod', 'status_callback_method'],
	voiceCallerIdLookup: [true, 'VoiceCallerIdLookup', 'voice_caller_id_lookup'],
	smsUrl: ['https://example.com/sms', 'SmsUrl', 'sms_url'],
	smsMethod: ['GET', 'SmsMethod', 'sms_method'],
	smsFallbackUrl: ['https://example.com/sms-fallback', 'SmsFallbackUrl', 'sms_fallback_url'],
	smsFallbackMethod: ['GET', 'SmsFallbackMethod', 'sms_fallback_method'],
};

const without = (name: string) => Object.keys(GROUP).filter((key) => key !== name);
const pick = <T>(names: string[], entry: (name: string) => [string, T]) =>
	Object.fromEntries(names.map(entry)) as Record<string, T>;

test('the table above covers every field of the group, for phone numbers and applications alike', () => {
	for (const owner of ['phoneNumber', 'application'] as const) {
		const names = voiceSmsFields({ owner, friendlyName: true }).map((field) => field.property.name);
		expect(names.sort()).toEqual(Object.keys(GROUP).sort());
		const withoutName = voiceSmsFields({ owner, friendlyName: false }).map(
			(field) => field.property.name,
		);
		expect(withoutName.sort()).toEqual(without('friendlyName').sort());
	}
});

/**
 * Each operation that uses the group: its parameters, the collection holding the group, and a
 * setup.
 */
const OPERATIONS: Array<{
	title: string;
	collection: 'additionalFields' | 'updateFields';
	groupFields: string[];
	parameters: (subject: string) => INodeParameters;
	/** Creates what the operation acts on, and returns its SID. */
	setup?: () => Promise<string>;
	/** What the request sends besides the group. */
	extraForm: Record<string, string[]>;
}> = [
	{
		title: 'Incoming Phone Number → Update',
		collection: 'updateFields',
		groupFields: Object.keys(GROUP),
		setup: async () => {
			const { output } = await twilio.run({
				parameters: {
					resource: 'incomingPhoneNumber',
					operation: 'buyByPhoneNumber',
					phoneNumber: '+14155550100',
				},
			});
			return output[0].json.sid as string;
		},
		parameters: (sid) => ({
			resource: 'incomingPhoneNumber',
			operation: 'update',
			incomingPhoneNumberSid: sid,
		}),
		extraForm: {},
	},
	{
		title: 'Incoming Phone Number → Buy by Phone Number',
		collection: 'additionalFields',
		groupFields: Object.keys(GROUP),
		parameters: () => ({
			resource: 'incomingPhoneNumber',
			operation: 'buyByPhoneNumber',
			phoneNumber: '+12125550100',
		}),
		extraForm: { PhoneNumber: ['+12125550100'] },
	},
	{
		title: 'Incoming Phone Number → Buy by Area Code',
		collection: 'additionalFields',
		groupFields: Object.keys(GROUP),
		parameters: () => ({
			resource: 'incomingPhoneNumber',
			operation: 'buyByAreaCode',
			areaCode: 808,
		}),
		extraForm: { AreaCode: ['808'] },
	},
	{
		title: 'Application → Create',
		collection: 'additionalFields',
		groupFields: without('friendlyName'),
		parameters: () => ({
			resource: 'application',
			operation: 'create',
			friendlyName: 'Support line',
		}),
		extraForm: { FriendlyName: ['Support line'] },
	},
	{
		title: 'Application → Update',
		collection: 'updateFields',
		groupFields: Object.keys(GROUP),
		setup: async () => {
			const { output } = await twilio.run({
				parameters: { resource: 'application', operation: 'create', friendlyName: 'Before' },
			});
			return output[0].json.sid as string;
		},
		parameters: (sid) => ({ resource: 'application', operation: 'update', applicationSid: sid }),
		extraForm: {},
	},
];

describe.each(OPERATIONS)('$title', ({ collection, groupFields, parameters, setup, extraForm }) => {
	test('sends every voice/SMS parameter, and Twilio keeps each one', async () => {
		const subject = setup ? await setup() : '';
		twilio.emulator.requests.length = 0;
		const { output, error } = await twilio.run({
			parameters: {
				...parameters(subject),
				[collection]: pick(groupFields, (name) => [name, GROUP[name][0]]),
			},
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests).toHaveLength(1);
		expect(twilio.emulator.requests[0].form).toEqual({
			...extraForm,
			...pick(groupFields, (name) => [GROUP[name][1], [String(GROUP[name][0])]]),
		});
		expect(output[0].json).toMatchObject(
			pick(Object.keys(GROUP), (name) => [GROUP[name][2], GROUP[name][0]]),
		);
	});
});
