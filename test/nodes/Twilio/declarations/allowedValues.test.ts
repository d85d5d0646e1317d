import type { INodePropertyOptions } from 'n8n-workflow';

import type { FieldDefinition, OperationDefinition } from '../../../../nodes/Twilio/engine/types';
import { catalog } from '../../../../nodes/Twilio/products';
import { rawParameter, type RawParameter } from '../../../helpers/specFile';

/**
 * Every choice the editor offers, per operation, against what Twilio allows there: the schema's
 * enumeration, or the values the parameter's own description lists ("Can be: `mono` or `dual`",
 * "One of: `sms`, … or `auto`"), read here from the spec file. A choice missing from the node is a
 * feature users cannot reach; one Twilio does not take is an error they meet at run time.
 */

/**
 * Where Twilio's description lists a parameter's values: the words after the phrase, in its
 * sentence: backquoted ones, or else the comma-separated list.
 */
function listedIn(description: string): string[] | undefined {
	const text = description.replace(/\[([^\]]*)\]\(https?:[^)]*\)/g, '$1');
	const start =
		/(Can be:|Can include:|Possible values are|One of:|can have the values|Currently only|results by status)/.exec(
			text,
		);
	if (!start) return undefined;
	const sentence = text
		.slice(start.index + start[0].length)
		.split(/\.(\s|$)/)[0]
		.replace(/ and (the default is|defaults to).*/, '');
	const quoted = [...sentence.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
	if (quoted.length) return quoted;
	const words = sentence
		.split(/,|\bor\b|\band\b/)
		.map((word) => word.trim())
		.filter(Boolean);
	return words.every((word) => /^[\w-]+$/.test(word)) ? words : undefined;
}

/** What Twilio allows for a parameter, from its schema or its description. */
function allowed(parameter: RawParameter): string[] | undefined {
	const { schema } = parameter;
	if (schema.enum) return schema.enum;
	if (schema.items?.enum) return schema.items.enum;
	if (schema.format === 'http-method') return ['GET', 'POST'];
	return listedIn(parameter.description) ?? listedIn(schema.description ?? '');
}

/**
 * Choices whose values Twilio lists outside the parameter's description, by pair and parameter,
 * with where: the node offers exactly these.
 */
const API_VERSIONS = {
	values: ['2010-04-01', '2008-08-01'],
	source: 'the same parameter of CreateApplication: "Can be: `2010-04-01` or `2008-08-01`"',
};
const LISTED_ELSEWHERE: Record<string, { values: string[]; source: string }> = {
	// Conversations' webhook configurations: the request gives Method no values; the answer's
	// configuration_webhook_enum_method does.
	...Object.fromEntries(
		['conversationServiceConfiguration', 'conversationsConfiguration'].map((resource) => [
			`${resource}.updateWebhooks Method`,
			{ values: ['GET', 'POST'], source: 'configuration_webhook_enum_method' },
		]),
	),
	// Quoted rather than in code marks, which the reading above takes.
	'brandRegistration.create BrandType': {
		values: ['STANDARD', 'SOLE_PROPRIETOR'],
		source: 'CreateBrandRegistrations: BrandType "One of: "STANDARD", "SOLE_PROPRIETOR""',
	},
	...Object.fromEntries(
		['update', 'buyByPhoneNumber', 'buyByAreaCode', 'buyLocal', 'buyMobile', 'buyTollFree'].map(
			(operation) => [`incomingPhoneNumber.${operation} ApiVersion`, API_VERSIONS],
		),
	),
	'contentTemplate.submitForWhatsApp category': {
		values: ['UTILITY', 'MARKETING', 'AUTHENTICATION'],
		source:
			'Content API, Approvals: WhatsApp\'s template categories (the schema says only "A WhatsApp recognized template category")',
	},
	'studioExecution.end Status': {
		values: ['ended'],
		source:
			'Studio Execution reference, Update: an execution can only be set to ended (the schema shares its enum, active included, with the answer)',
	},
};

function choicesOf(field: FieldDefinition): string[] {
	return ((field.property.options ?? []) as INodePropertyOptions[]).map((option) =>
		String(option.value),
	);
}

const cases = catalog().flatMap((resource) =>
	resource.operations
		.filter((operation) => !operation.retired)
		.flatMap((operation: OperationDefinition) =>
			[...(operation.fields ?? []), ...(operation.optionalFields?.fields ?? [])]
				.filter(
					(field) =>
						['options', 'multiOptions'].includes(field.property.type) && field.location !== 'none',
				)
				.map(
					(field) =>
						[`${resource.value}.${operation.value} ${field.twilioName}`, operation, field] as const,
				),
		),
);

test('there are choices to check', () => {
	expect(cases.length).toBeGreaterThan(100);
});

test.each(cases)('%s offers exactly what Twilio allows', (label, operation, field) => {
	const elsewhere = LISTED_ELSEWHERE[label];
	const parameter = operation.spec
		.map((spec) => rawParameter(spec.product, spec.id, field.twilioName))
		.find(Boolean);
	const expected = elsewhere?.values ?? (parameter && allowed(parameter));
	expect({ label, listed: expected !== undefined }).toEqual({ label, listed: true });
	expect([...choicesOf(field)].sort()).toEqual([...expected!].sort());
});
