import { FieldValueError, type FieldDefinition } from '../engine/types';
import { toText } from '../engine/convert';

/** Twilio numbers the pairs `Parameter1.Name`/`Parameter1.Value` to `Parameter99.…`. */
const MAX_PARAMETERS = 99;

const NAMES = Array.from({ length: MAX_PARAMETERS }, (_, index) => [
	`Parameter${index + 1}.Name`,
	`Parameter${index + 1}.Value`,
]).flat();

/**
 * Name/value pairs Twilio passes on to the far end (a media stream's WebSocket server, a SIPREC
 * recorder) in its start message; sent as Twilio's numbered `ParameterN.Name` and
 * `ParameterN.Value`.
 */
export function customParameters(options: { description: string }): FieldDefinition {
	return {
		property: {
			displayName: 'Custom Parameters',
			name: 'customParameters',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Parameter',
			default: {},
			description: options.description,
			options: [
				{
					name: 'parameter',
					displayName: 'Parameter',
					values: [
						{ displayName: 'Name', name: 'name', type: 'string', default: '' },
						{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					],
				},
			],
		},
		twilioName: NAMES[0],
		covers: NAMES.slice(1),
		toWire(value) {
			const pairs = (
				value as { parameter?: Array<{ name?: unknown; value?: unknown }> } | undefined
			)?.parameter;
			if (pairs === undefined || pairs === null) return undefined;
			if (!Array.isArray(pairs)) throw new FieldValueError('must be a list of name/value pairs');
			if (pairs.length > MAX_PARAMETERS)
				throw new FieldValueError(`takes at most ${MAX_PARAMETERS} parameters`);
			const entries: Array<[string, string]> = [];
			pairs.forEach((pair, index) => {
				const name = toText(pair?.name, { maxLength: 256 });
				if (name === undefined) throw new FieldValueError(`parameter ${index + 1} has no name`);
				entries.push(
					[`Parameter${index + 1}.Name`, name],
					[`Parameter${index + 1}.Value`, toText(pair?.value, { maxLength: 4096 }) ?? ''],
				);
			});
			return entries.length ? { entries } : undefined;
		},
	};
}
