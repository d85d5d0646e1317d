import type { ParameterTexts } from '../../../declarations/derivedFields';
import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { sidLocator } from '../../../fields/locator';
import { INTELLIGENCE_V2 } from '../digest';
import { intelligenceServices } from '../lists';

/**
 * Language operators (Twilio's Operator references): what a service runs on each transcript,
 * Twilio's own (pre-built) or the account's (custom, of an operator type such as a generative
 * prompt), attached to services.
 */
const FILTERS: ParameterTexts = {
	Availability: {
		description: 'Only operators of this availability',
		filter: 'Only operators of this availability',
	},
	LanguageCode: {
		description: 'Only operators for this language, such as en-US',
		placeholder: 'en-US',
	},
};

const OPERATOR_SID = {
	displayName: 'Operator SID',
	description: 'The operator, LY followed by 32 hexadecimal characters',
};

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const operatorResource = (): ResourceDeclaration => ({
	value: 'operator',
	name: 'Operator',
	description: "Every language operator the account can use: Twilio's pre-built ones and its own",
	parameters: { ...FILTERS, Sid: OPERATOR_SID },
	operations: standardOperations(
		{ one: 'an operator', many: 'operators' },
		collectionOf(INTELLIGENCE_V2, INTELLIGENCE_V2.ListOperator),
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const prebuiltOperatorResource = (): ResourceDeclaration => ({
	value: 'prebuiltOperator',
	name: 'Pre-Built Operator',
	description: "Twilio's own language operators: sentiment, call summary, PII extraction and more",
	parameters: { ...FILTERS, Sid: OPERATOR_SID },
	operations: standardOperations(
		{ one: 'a prebuilt operator', many: 'prebuilt operators' },
		collectionOf(INTELLIGENCE_V2, INTELLIGENCE_V2.ListPrebuiltOperator),
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const customOperatorResource = (): ResourceDeclaration => ({
	value: 'customOperator',
	name: 'Custom Operator',
	description:
		"The account's own language operators, each of an operator type with its configuration",
	parameters: {
		...FILTERS,
		Sid: OPERATOR_SID,
		FriendlyName: { description: 'A name for the operator, up to 64 characters', maxLength: 64 },
		OperatorType: {
			description:
				'The operator type it is made from, by name, such as GenerativeJSON (Operator Type → Get Many lists them)',
			placeholder: 'GenerativeJSON',
		},
		Config: {
			description:
				'The configuration, as JSON, in the form its operator type describes (for a generative operator, its prompt and output)',
			json: true,
		},
	},
	operations: standardOperations(
		{ one: 'a custom operator', many: 'custom operators' },
		collectionOf(INTELLIGENCE_V2, INTELLIGENCE_V2.ListCustomOperator),
		{
			update: {
				description: "Change a custom operator's name and configuration (both are required)",
			},
		},
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const operatorTypeResource = (): ResourceDeclaration => ({
	value: 'operatorType',
	name: 'Operator Type',
	description:
		'The kinds of operator custom operators are made from, with the configuration each takes',
	parameters: {
		LanguageCode: FILTERS.LanguageCode,
		Sid: {
			displayName: 'Operator Type SID',
			description: 'The operator type, EY followed by 32 hexadecimal characters, or its name',
		},
	},
	operations: standardOperations(
		{ one: 'an operator type', many: 'operator types' },
		collectionOf(INTELLIGENCE_V2, INTELLIGENCE_V2.ListOperatorType),
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const operatorAttachmentResource = (): ResourceDeclaration => ({
	value: 'operatorAttachment',
	name: 'Service Operator',
	description: 'The operators a service runs on each of its transcripts',
	parameters: {
		ServiceSid: {
			description: 'The Voice Intelligence service (GA…)',
		},
		OperatorSid: OPERATOR_SID,
	},
	operations: [
		{
			value: 'attach',
			name: 'Attach',
			action: 'Attach an operator to a service',
			description: "Run an operator on the service's transcripts from now on",
			spec: INTELLIGENCE_V2.CreateOperatorAttachment,
		},
		{
			value: 'detach',
			name: 'Detach',
			action: 'Detach an operator from a service',
			description: "Stop running an operator on the service's transcripts",
			spec: INTELLIGENCE_V2.DeleteOperatorAttachment,
		},
		{
			value: 'getAttached',
			name: 'Get Attached',
			action: 'Get the operators attached to a service',
			description: 'Get the SIDs of the operators the service runs, pre-built and custom',
			spec: INTELLIGENCE_V2.FetchOperatorAttachments,
			// Twilio's description gives this ServiceSid an operator's pattern (^LY…); the path names a
			// service (GA…), as CreateOperatorAttachment's ServiceSid at the same place says.
			fields: [
				sidLocator({
					name: 'serviceSid',
					displayName: 'Service SID',
					twilioName: 'ServiceSid',
					lookup: intelligenceServices,
					location: 'path',
					required: true,
					description: 'The Voice Intelligence service (GA…)',
				}),
			],
		},
	],
});
