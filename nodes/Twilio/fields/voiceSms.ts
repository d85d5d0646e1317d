import type { FieldDefinition } from '../engine/types';
import { boolean, choice, httpMethod, url } from './basic';
import { friendlyName } from './friendlyName';

/** What the fields configure: a phone number itself, or an application that numbers use. */
type VoiceSmsOwner = 'phoneNumber' | 'application';

const OWNERS: Record<VoiceSmsOwner, { noun: string; reached: string }> = {
	phoneNumber: { noun: 'the phone number', reached: 'this phone number' },
	application: { noun: 'the application', reached: 'a phone number that uses this application' },
};

/**
 * The voice and SMS configuration Twilio shares between phone numbers and applications: where
 * Twilio fetches instructions when a call or message comes in, with fallbacks and a status
 * callback. Friendly Name comes first unless the operation asks for it at the top level.
 */
export function voiceSmsFields(options: {
	owner: VoiceSmsOwner;
	friendlyName: boolean;
}): FieldDefinition[] {
	const { noun, reached } = OWNERS[options.owner];
	const fields: FieldDefinition[] = [
		choice({
			name: 'apiVersion',
			displayName: 'API Version',
			twilioName: 'ApiVersion',
			default: '2010-04-01',
			choices: [
				{ name: '2010-04-01', value: '2010-04-01' },
				{ name: '2008-08-01', value: '2008-08-01' },
			],
			description: `The API version of the TwiML sessions Twilio starts for calls to ${reached}`,
		}),
		url({
			name: 'voiceUrl',
			displayName: 'Voice URL',
			twilioName: 'VoiceUrl',
			description: `URL Twilio requests when somebody calls ${reached}; it answers with TwiML instructions`,
		}),
		httpMethod({
			name: 'voiceMethod',
			displayName: 'Voice Method',
			twilioName: 'VoiceMethod',
			description: 'HTTP method Twilio uses to request Voice URL',
		}),
		url({
			name: 'voiceFallbackUrl',
			displayName: 'Voice Fallback URL',
			twilioName: 'VoiceFallbackUrl',
			description: 'URL Twilio requests when Voice URL fails or its TwiML has an error',
		}),
		httpMethod({
			name: 'voiceFallbackMethod',
			displayName: 'Voice Fallback Method',
			twilioName: 'VoiceFallbackMethod',
			description: 'HTTP method Twilio uses to request Voice Fallback URL',
		}),
		url({
			name: 'statusCallback',
			displayName: 'Status Callback URL',
			twilioName: 'StatusCallback',
			description: `URL Twilio calls with the status of each call to ${reached}, for example when it ends`,
		}),
		httpMethod({
			name: 'statusCallbackMethod',
			displayName: 'Status Callback Method',
			twilioName: 'StatusCallbackMethod',
			description: 'HTTP method Twilio uses to call Status Callback URL',
		}),
		boolean({
			name: 'voiceCallerIdLookup',
			displayName: 'Voice Caller ID Lookup',
			twilioName: 'VoiceCallerIdLookup',
			description:
				"Whether to look up each caller's name (CNAM) and send it to Voice URL. Twilio charges for each lookup.",
		}),
		url({
			name: 'smsUrl',
			displayName: 'SMS URL',
			twilioName: 'SmsUrl',
			description: `URL Twilio requests when ${reached} receives a message; it answers with TwiML instructions`,
		}),
		httpMethod({
			name: 'smsMethod',
			displayName: 'SMS Method',
			twilioName: 'SmsMethod',
			description: 'HTTP method Twilio uses to request SMS URL',
		}),
		url({
			name: 'smsFallbackUrl',
			displayName: 'SMS Fallback URL',
			twilioName: 'SmsFallbackUrl',
			description: 'URL Twilio requests when SMS URL fails or its TwiML has an error',
		}),
		httpMethod({
			name: 'smsFallbackMethod',
			displayName: 'SMS Fallback Method',
			twilioName: 'SmsFallbackMethod',
			description: 'HTTP method Twilio uses to request SMS Fallback URL',
		}),
	];
	if (!options.friendlyName) return fields;
	return [friendlyName({ description: `A name for ${noun}, up to 64 characters` }), ...fields];
}
