import { FieldValueError, type FieldDefinition } from '../engine/types';
import { toText } from '../engine/convert';
import { field, integer, text, type FieldOptions, type TextPattern } from './basic';

/**
 * A phone number in E.164 format: `+`, then at most 15 digits, the first not 0 (the country code
 * comes first). The one rule for every phone number field; the same as Twilio's own E.164 pattern
 * (docs: Glossary → What is E.164?).
 */
export const E164_PATTERN = '\\+[1-9]\\d{1,14}';

export const E164: TextPattern = {
	regex: new RegExp(`^${E164_PATTERN}$`),
	expected: 'a phone number in E.164 format such as +14155552671',
};

/** A phone number, checked to be in E.164 format; Twilio's `PhoneNumber` unless named otherwise. */
export function phoneNumber(options: Partial<FieldOptions>): FieldDefinition {
	return text({
		name: 'phoneNumber',
		displayName: 'Phone Number',
		twilioName: 'PhoneNumber',
		placeholder: '+14155552671',
		pattern: E164,
		...options,
	});
}

/** A North American area code: three digits, the first from 2 to 9. */
export function areaCode(options: Omit<FieldOptions, 'twilioName'>): FieldDefinition {
	return integer({ ...options, twilioName: 'AreaCode', min: 200, max: 999, default: 415 });
}

/** What people write between the digits of a number: spaces, dashes, dots and parentheses. */
const SEPARATORS = /[\s().-]/g;

/**
 * A phone number in E.164 or national format (`(510) 867-5310`, read with a country code Twilio is
 * given beside it), as Lookup takes it in its path. Separators are dropped: what is sent is a `+`
 * or not, then digits only, so the value can never change the path.
 */
export function lookupPhoneNumber(options: FieldOptions): FieldDefinition {
	return field(
		{ placeholder: '+14155552671', ...options },
		{ type: 'string', default: '' },
		(value) => {
			const written = toText(value, { maxLength: 40 });
			if (written === undefined) return undefined;
			const number = written.replace(SEPARATORS, '');
			if (!/^\+?\d{2,20}$/.test(number)) {
				throw new FieldValueError(
					`"${written.slice(0, 40)}" is not a phone number: give it in E.164 format (+14155552671) or in national format with a Country Code`,
				);
			}
			return number;
		},
	);
}

/**
 * Where a message or call goes (Twilio's To): a number in E.164 form or a channel, SIP or client
 * address, so any text.
 */
export function recipient(description: string): FieldDefinition {
	return text({
		name: 'to',
		displayName: 'To',
		twilioName: 'To',
		required: true,
		placeholder: '+14155552671',
		description,
	});
}
