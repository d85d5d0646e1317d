import { FieldValueError, type FieldDefinition } from '../engine/types';
import { field, type FieldOptions } from './basic';
import { toText } from '../engine/convert';
import { isSid, SID_PREFIXES, type SidKind } from '../transport/sid';

export function sidExample(kind: SidKind): string {
	return `${SID_PREFIXES[kind][0]}${'x'.repeat(32)}`;
}

/** Checks a SID the user gave; the message says what a good one looks like. */
export function toSid(kind: SidKind, value: unknown): string | undefined {
	const text = toText(value, { maxLength: 64 });
	if (text === undefined) return undefined;
	if (!isSid(kind, text)) {
		const prefixes = SID_PREFIXES[kind].join(' or ');
		throw new FieldValueError(
			`"${text.slice(0, 40)}" is not a valid SID: expected ${prefixes} followed by 32 hexadecimal characters`,
		);
	}
	return text;
}

/** A SID field; only such checked values may ever be placed in a request path. */
export function sid(options: FieldOptions & { kind: SidKind }): FieldDefinition {
	return field(
		{ ...options, placeholder: options.placeholder ?? sidExample(options.kind) },
		{ type: 'string', default: '' },
		(value) => toSid(options.kind, value),
	);
}

/**
 * A SID or the label the resource was given instead: a conference participant by its call SID or
 * label, a conference to join by SID or name. Twilio's rule, the same wherever the value goes: a
 * whole SID of the kind is a SID, anything else a label, whose "non URL safe characters … must be
 * percent encoded" (FetchParticipant's CallSid); the path encodes every value. Only the dot
 * segments `.` and `..`, which would move the path, are refused.
 */
export function sidOrLabel(
	options: FieldOptions & { kind: SidKind; /** At least a SID's 34. */ maxLength: number },
): FieldDefinition {
	return field(
		{ ...options, placeholder: options.placeholder ?? sidExample(options.kind) },
		{ type: 'string', default: '' },
		(value) => {
			const text = toText(value, { maxLength: options.maxLength });
			if (text === '.' || text === '..')
				throw new FieldValueError(`"${text}" cannot be a label: it is a path step`);
			return text;
		},
	);
}
