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
		{ placeholder: sidExample(options.kind), ...options },
		{ type: 'string', default: '' },
		(value) => toSid(options.kind, value),
	);
}

/** A label as this node accepts it: letters, digits, spaces, `-` and `_`. Nothing that could change a path. */
const LABEL = /^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u;

/**
 * A SID or the label the resource was given instead (a conference participant has both). A value
 * that looks like the start of a SID must be a whole SID, so a mistyped SID is not taken for a label.
 */
export function sidOrLabel(
	options: FieldOptions & { kind: SidKind; /** At least a SID's 34. */ maxLength: number },
): FieldDefinition {
	const prefixes = SID_PREFIXES[options.kind].join(' or ');
	const sidLike = new RegExp(`^(?:${SID_PREFIXES[options.kind].join('|')})[0-9a-fA-F]*$`);
	return field(
		{ placeholder: sidExample(options.kind), ...options },
		{ type: 'string', default: '' },
		(value) => {
			const text = toText(value, { maxLength: options.maxLength });
			if (text === undefined) return undefined;
			if (sidLike.test(text)) return toSid(options.kind, text);
			if (!LABEL.test(text)) {
				throw new FieldValueError(
					`"${text.slice(0, 40)}" is neither a SID (${prefixes} followed by 32 hexadecimal characters) nor a label (letters, digits, spaces, - and _)`,
				);
			}
			return text;
		},
	);
}
