import type { INodeProperties } from 'n8n-workflow';

import { FieldValueError } from '../engine/types';
import { consoleUrlInput, listOf, sidFromConsoleUrl, sidInput } from './locator';
import { incomingPhoneNumbers } from './lookups';
import { isSid } from '../transport/sid';
import { E164, E164_PATTERN } from './phoneNumber';
import { sidExample } from './sid';
import { readLocator, toText } from '../engine/convert';

/** Which of the account's numbers the user picked: by SID, or by the number itself. */
export type IncomingNumberReference = { sid: string } | { phoneNumber: string };

const { consolePage } = incomingPhoneNumbers.sid;

/**
 * A picker for one of the account's Incoming Phone Numbers: from a searchable list, by SID
 * (`PN…`), by its URL in the Twilio Console, or by the number in E.164 form. Its value is read
 * with `toIncomingNumberReference`.
 */
export function incomingPhoneNumberLocator(options: {
	name: string;
	displayName: string;
	description: string;
}): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: options.description,
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', ...listOf(incomingPhoneNumbers) },
			{ displayName: 'By ID', name: 'id', type: 'string', ...sidInput('phoneNumber', consolePage) },
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				...consoleUrlInput('phoneNumber', consolePage),
			},
			{
				displayName: 'Number',
				name: 'phoneNumber',
				type: 'string',
				placeholder: '+14155552671',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: E164_PATTERN,
							errorMessage: 'Give the number in E.164 form, e.g. +14155552671',
						},
					},
				],
			},
		],
	};
}

/**
 * Reads the picker's value (or an expression's plain text): a `PN…` SID, a Console URL holding
 * one, or an E.164 number. Throws FieldValueError when it is none of these.
 */
export function toIncomingNumberReference(value: unknown): IncomingNumberReference {
	const { mode, value: picked } = readLocator(value);
	if (mode === 'url') {
		const sid = sidFromConsoleUrl('phoneNumber', picked);
		if (sid === undefined) throw new FieldValueError('is required');
		return { sid };
	}
	const text = toText(picked, { maxLength: 64 });
	if (text === undefined) throw new FieldValueError('is required');
	if (mode !== 'phoneNumber' && isSid('phoneNumber', text)) return { sid: text };
	if (mode !== 'id' && mode !== 'list' && E164.regex.test(text)) return { phoneNumber: text };
	throw new FieldValueError(
		`"${text.slice(0, 40)}" is neither a phone number SID (${sidExample('phoneNumber')}) nor a number in E.164 form (+14155552671)`,
	);
}
