import type { INodeProperties } from 'n8n-workflow';

import { FieldValueError } from '../engine/types';
import { isSid, sidExample } from './sid';
import { toText } from './values';

/** A phone number in E.164 form: `+`, country code, up to 15 digits. */
export const E164_PATTERN = '\\+[1-9]\\d{1,14}';

const E164 = new RegExp(`^${E164_PATTERN}$`);

/** Which of the account's numbers the user picked: by SID, or by the number itself. */
export type IncomingNumberReference = { sid: string } | { phoneNumber: string };

/** The list-search method that lists the account's numbers (see `methods/incomingPhoneNumbers.ts`). */
export const SEARCH_INCOMING_NUMBERS = 'searchIncomingPhoneNumbers';

/**
 * A picker for one of the account's Incoming Phone Numbers: from a searchable list, by SID
 * (`PN…`) or by the number in E.164 form. Its value is read with `toIncomingNumberReference`.
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
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: SEARCH_INCOMING_NUMBERS, searchable: true },
			},
			{
				displayName: 'By SID',
				name: 'id',
				type: 'string',
				placeholder: sidExample('phoneNumber'),
				validation: [
					{
						type: 'regex',
						properties: {
							regex: 'PN[0-9a-fA-F]{32}',
							errorMessage: 'A phone number SID is "PN" followed by 32 hexadecimal characters',
						},
					},
				],
			},
			{
				displayName: 'By Number',
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
 * Reads the picker's value (or an expression's plain text): a `PN…` SID or an E.164 number.
 * Throws FieldValueError when it is neither.
 */
export function toIncomingNumberReference(value: unknown): IncomingNumberReference {
	const mode =
		value && typeof value === 'object' && '__rl' in value ? String((value as { mode?: unknown }).mode ?? '') : '';
	const text = toText(value, { maxLength: 64 });
	if (text === undefined) throw new FieldValueError('is required');
	if (mode !== 'phoneNumber' && isSid('phoneNumber', text)) return { sid: text };
	if (mode !== 'id' && mode !== 'list' && E164.test(text)) return { phoneNumber: text };
	throw new FieldValueError(
		`"${text.slice(0, 40)}" is neither a phone number SID (${sidExample('phoneNumber')}) nor a number in E.164 form (+14155552671)`,
	);
}
