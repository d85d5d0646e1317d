import type { Params } from '../../params';
import type { TwilioRecord } from '../../types';

/**
 * Form parameter → record field, for the voice/SMS settings phone numbers and applications share.
 */
export const VOICE_SMS_CONFIGURATION: Record<string, string> = {
	FriendlyName: 'friendly_name',
	ApiVersion: 'api_version',
	VoiceUrl: 'voice_url',
	VoiceMethod: 'voice_method',
	VoiceFallbackUrl: 'voice_fallback_url',
	VoiceFallbackMethod: 'voice_fallback_method',
	StatusCallback: 'status_callback',
	StatusCallbackMethod: 'status_callback_method',
	VoiceCallerIdLookup: 'voice_caller_id_lookup',
	SmsUrl: 'sms_url',
	SmsMethod: 'sms_method',
	SmsFallbackUrl: 'sms_fallback_url',
	SmsFallbackMethod: 'sms_fallback_method',
};

/** Record fields Twilio shows as JSON booleans. */
const BOOLEAN_FIELDS = new Set(['voice_caller_id_lookup', 'public_application_connect_enabled']);

/** Copies every given parameter of `configuration` onto the record. */
export function configure(
	record: TwilioRecord,
	params: Params,
	configuration: Record<string, string>,
): void {
	for (const [parameter, field] of Object.entries(configuration)) {
		const value = params.get(parameter);
		if (value === undefined) continue;
		record[field] = BOOLEAN_FIELDS.has(field) ? value === 'true' : value;
	}
}
