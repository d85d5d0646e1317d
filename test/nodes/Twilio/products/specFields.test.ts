import type { OpenApiParameter } from '../../../../nodes/Twilio/engine/openApi';
import type { FieldDefinition, OperationDefinition } from '../../../../nodes/Twilio/engine/types';
import { catalog } from '../../../../nodes/Twilio/products';

/**
 * Fields curated by hand (the Mule operations', locators, checks) against the spec's facts, field
 * by field: the location, the type, the values of a choice, SID prefixes and required flags must be
 * Twilio's. Fields the catalog builds from the spec pass by construction; this catches drift in the
 * hand-written ones.
 */
const UTC = { timeZone: 'UTC' };

/**
 * SID prefixes the description gets wrong, by operationId and parameter, with the prefix Twilio
 * uses: FetchOperatorAttachments' ServiceSid has an operator's pattern, though the path names a
 * service as CreateOperatorAttachment's ServiceSid (^GA) at the same place does.
 */
const PREFIX_CORRECTED: Record<string, string> = { 'FetchOperatorAttachments ServiceSid': 'GA' };

const pairs = catalog().flatMap((resource) =>
	resource.operations.map((operation) => ({
		label: `${resource.name} → ${operation.name}`,
		operation,
	})),
);

/**
 * The spec's parameter a field fills; a name in the path and in the body (an account to move to) by
 * location.
 */
function specParameter(
	operation: OperationDefinition,
	field: FieldDefinition,
	name: string,
): OpenApiParameter | undefined {
	const candidates = operation.spec.flatMap((spec) =>
		spec.parameters.filter((parameter) => parameter.name === name),
	);
	return (
		candidates.find((parameter) => (parameter.in === 'path') === (field.location === 'path')) ??
		candidates[0]
	);
}

/** The values a field offers, when it is a choice. */
function offeredValues(field: FieldDefinition): string[] | undefined {
	const { type, options } = field.property;
	if (type !== 'options' && type !== 'multiOptions') return undefined;
	return (options ?? []).map((option) => String('value' in option ? option.value : ''));
}

const hex = 'a'.repeat(32);

const declaring = pairs.filter(
	({ operation }) =>
		operation.spec.length &&
		[...(operation.fields ?? []), ...(operation.optionalFields?.fields ?? [])].length,
);

describe.each(declaring.map((pair) => [pair.label, pair.operation] as const))(
	'%s',
	(_, operation) => {
		const fields = [
			...(operation.fields ?? []),
			...(operation.optionalFields?.fields ?? []),
		].filter((field) => field.location !== 'none' && !field.covers);
		const oneOf = new Set(operation.spec.flatMap((spec) => (spec.oneOf ?? []).flat()));

		test.each(fields.map((field) => [field.property.displayName, field] as const))(
			'%s is as the spec declares it',
			(__, field) => {
				const twilioName = field.twilioName.replace(/[<>]$/, '');
				const parameter =
					specParameter(operation, field, field.twilioName) ??
					specParameter(operation, field, twilioName);
				const filledByAnother = Object.values(operation.fills ?? {}).includes(field.twilioName);
				expect({
					field: field.twilioName,
					inSpec: parameter !== undefined || filledByAnother,
				}).toEqual({ field: field.twilioName, inSpec: true });
				if (!parameter) return;
				expect({ field: field.twilioName, path: field.location === 'path' }).toEqual({
					field: field.twilioName,
					path: parameter.in === 'path',
				});
				const { type } = field.property;
				if (parameter.type === 'boolean')
					expect({ field: field.twilioName, type }).toEqual({
						field: field.twilioName,
						type: 'boolean',
					});
				if (parameter.type === 'integer' || parameter.type === 'number') {
					// A number, or a choice of whole numbers (a notification's log level: 0 error, 1
					// warning).
					const numeric =
						type === 'number' ||
						(type === 'options' &&
							(offeredValues(field) ?? []).every((value) => /^\d+$/.test(value)));
					expect({ field: field.twilioName, numeric }).toEqual({
						field: field.twilioName,
						numeric: true,
					});
				}
				if (parameter.format === 'date' || parameter.format === 'date-time') {
					// A day that also takes an offset from today (`-30days`) is typed as text, which the date
					// picker would not keep.
					expect({ field: field.twilioName, type }).toEqual({
						field: field.twilioName,
						type: parameter.dayOffsets ? 'string' : 'dateTime',
					});
				}
				const allowed = parameter.enum ?? parameter.items?.enum;
				const offered = offeredValues(field);
				if (allowed && offered)
					expect({
						field: field.twilioName,
						outsideSpec: offered.filter((value) => !allowed.includes(value)),
					}).toEqual({ field: field.twilioName, outsideSpec: [] });
				if (parameter.sid) {
					const prefix =
						PREFIX_CORRECTED[`${operation.spec[0]?.id} ${parameter.name}`] ?? parameter.sid[0];
					expect(field.toWire(`${prefix}${hex}`, UTC)).toBe(`${prefix}${hex}`);
					expect(() => field.toWire(`ZZ${hex}`, UTC)).toThrow();
				}
				if (parameter.required && parameter.in !== 'path') {
					const enforced =
						field.property.required === true ||
						oneOf.has(field.twilioName) ||
						operation.check !== undefined;
					expect({ field: field.twilioName, requiredBySpec: enforced }).toEqual({
						field: field.twilioName,
						requiredBySpec: true,
					});
				}
			},
		);
	},
);
