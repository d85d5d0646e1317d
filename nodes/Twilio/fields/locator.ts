import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

import { FieldValueError, type FieldDefinition } from '../engine/types';
import { field, type FieldOptions } from './basic';
import { fromNumbers, searchMethodName, type Lookup } from './lookups';
import { SID_PREFIXES, type SidKind } from '../transport/sid';
import { sidExample, toSid } from './sid';
import { isEmptyValue, readLocator, toText } from '../engine/convert';

/** Any page of the Twilio Console, www.twilio.com/console included. */
const CONSOLE_URL_PATTERN = 'https://([a-z0-9-]+\\.)*twilio\\.com/.*';

const sidPattern = (kind: SidKind) => `(?:${SID_PREFIXES[kind].join('|')})[0-9a-fA-F]{32}`;

/*
 * The parts of a locator's modes. The modes themselves are written out in each locator's `modes`
 * list, where n8n's lint rules know them for modes rather than parameters.
 */

/** From List: the lookup's searchable list. */
export function listOf(lookup: Lookup): Pick<INodePropertyMode, 'typeOptions'> {
	return { typeOptions: { searchListMethod: searchMethodName(lookup), searchable: true } };
}

/**
 * By ID: a typed or mapped SID; the link icon opens it in the Twilio Console where it has a page.
 */
export function sidInput(
	kind: SidKind,
	consolePage?: string,
): Pick<INodePropertyMode, 'placeholder' | 'url' | 'validation'> {
	return {
		placeholder: sidExample(kind),
		...(consolePage ? { url: consolePage } : {}),
		validation: [
			{
				type: 'regex',
				properties: {
					regex: sidPattern(kind),
					errorMessage: `A SID is ${SID_PREFIXES[kind].join(' or ')} followed by 32 hexadecimal characters`,
				},
			},
		],
	};
}

/** By URL: the address of the record's page in the Twilio Console; the SID is read from it. */
export function consoleUrlInput(
	kind: SidKind,
	consolePage: string,
): Pick<INodePropertyMode, 'placeholder' | 'validation'> {
	return {
		placeholder: consolePage.replace('{{$value}}', sidExample(kind)),
		validation: [
			{
				type: 'regex',
				properties: {
					regex: `${CONSOLE_URL_PATTERN}${sidPattern(kind)}.*`,
					errorMessage: `Paste the address of the page in the Twilio Console, containing the SID (${SID_PREFIXES[kind].join(' or ')}…)`,
				},
			},
		],
	};
}

/**
 * The one SID a Twilio Console address holds; a page about several records (or none) is refused.
 */
export function sidFromConsoleUrl(kind: SidKind, value: unknown): string | undefined {
	const text = toText(value, { maxLength: 2048 });
	if (text === undefined) return undefined;
	const found = new Set(text.match(new RegExp(sidPattern(kind), 'g')) ?? []);
	if (!new RegExp(`^${CONSOLE_URL_PATTERN}$`).test(text) || found.size !== 1) {
		throw new FieldValueError(
			`"${text.slice(0, 80)}" is not the address of one record's page in the Twilio Console (it must hold one ${SID_PREFIXES[kind].join(' or ')}… SID)`,
		);
	}
	return [...found][0];
}

/**
 * A SID field that the editor fills from a searchable list of the account's records, by SID, or by
 * the URL of the record's page in the Twilio Console. What is sent is always a checked SID. A plain
 * SID (older workflows, expressions) is read as before.
 */
export function sidLocator(options: FieldOptions & { lookup: Lookup }): FieldDefinition {
	if (!options.lookup.sid) throw new Error(`The ${options.lookup.name} list gives no SIDs`);
	const { kind, consolePage } = options.lookup.sid;
	const list = listOf(options.lookup);
	const property: Pick<INodeProperties, 'type' | 'default' | 'modes'> = consolePage
		? {
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				modes: [
					{ displayName: 'From List', name: 'list', type: 'list', ...list },
					{ displayName: 'By ID', name: 'id', type: 'string', ...sidInput(kind, consolePage) },
					{
						displayName: 'By URL',
						name: 'url',
						type: 'string',
						...consoleUrlInput(kind, consolePage),
					},
				],
			}
		: {
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				modes: [
					{ displayName: 'From List', name: 'list', type: 'list', ...list },
					{ displayName: 'By ID', name: 'id', type: 'string', ...sidInput(kind) },
				],
			};
	return field(options, property, (value) => {
		const picked = readLocator(value);
		return picked.mode === 'url'
			? sidFromConsoleUrl(kind, picked.value)
			: toSid(kind, picked.value);
	});
}

/**
 * A sender (Twilio's From): one of the account's numbers from a searchable list, or typed: a
 * number, an alphanumeric sender ID or a channel address. Sent as text, as a plain From always was.
 */
export function senderLocator(
	given: Pick<FieldOptions, 'description' | 'required'> & { placeholder: string },
): FieldDefinition {
	const options = { ...given, name: 'from', displayName: 'From', twilioName: 'From' };
	const property: Pick<INodeProperties, 'type' | 'default' | 'modes'> = {
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', ...listOf(fromNumbers) },
			{
				displayName: 'Number',
				name: 'phoneNumber',
				type: 'string',
				placeholder: options.placeholder,
			},
		],
	};
	return field({ ...options, placeholder: undefined }, property, (value) =>
		toText(readLocator(value).value),
	);
}

/**
 * A value from a list or typed freely, checked by `toWire` either way; e.g. a country, listed from
 * Twilio's countries with numbers for sale, or any ISO code typed in.
 */
export function listOrTyped(
	options: FieldOptions & {
		lookup: Lookup;
		/** The typing mode; n8n shows its own label for the names `id` and `url`, so use another. */
		typed: { name: string; displayName: string; placeholder: string };
		default?: string;
		toWire: (value: unknown) => string | undefined;
	},
): FieldDefinition {
	const property: Pick<INodeProperties, 'type' | 'default' | 'modes'> = {
		type: 'resourceLocator',
		default: { mode: 'list', value: options.default ?? '' },
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', ...listOf(options.lookup) },
			{
				displayName: options.typed.displayName,
				name: options.typed.name,
				type: 'string',
				placeholder: options.typed.placeholder,
			},
		],
	};
	return field(options, property, (value) => {
		const picked = readLocator(value).value;
		return isEmptyValue(picked) ? undefined : options.toWire(picked);
	});
}
