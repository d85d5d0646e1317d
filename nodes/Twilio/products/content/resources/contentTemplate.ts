import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { CONTENT_V1 } from '../digest';

/**
 * WhatsApp's template names: lowercase letters, digits and underscores (Content API, approval
 * request `name`).
 */
const TEMPLATE_NAME = /^[a-z0-9_]+$/;

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const contentTemplateResource = (): ResourceDeclaration => ({
	value: 'contentTemplate',
	name: 'Content Template',
	description:
		'Message templates of the Content API (text, media, cards, quick replies…), and their approval for WhatsApp',
	parameters: {
		Sid: {
			displayName: 'Content SID',
			description: 'The template, HX followed by 32 hexadecimal characters',
		},
		ContentSid: {
			description: 'The template to submit, HX followed by 32 hexadecimal characters',
		},
		friendly_name: { description: 'A name for your own reference; WhatsApp does not show it' },
		language: {
			description: 'The language of the template, as an ISO 639-1 code such as en or pt_BR',
			placeholder: 'en',
		},
		variables: {
			description:
				'Sample values of the placeholders {{1}}, {{2}}… used in the types, as JSON: {"1": "Ana"}',
		},
		types: {
			description:
				'The content, by type, as JSON: {"twilio/text": {"body": "Hi {{1}}, your order shipped"}}; other types are twilio/media, twilio/quick-reply, twilio/card, whatsapp/authentication…',
		},
		name: {
			description:
				'The name WhatsApp knows the template by: lowercase letters, digits and underscores',
			placeholder: 'order_shipped',
		},
		category: {
			description: 'The WhatsApp category the template is submitted in; WhatsApp may change it',
			values: ['UTILITY', 'MARKETING', 'AUTHENTICATION'],
			choiceNames: { UTILITY: 'Utility', MARKETING: 'Marketing', AUTHENTICATION: 'Authentication' },
		},
	},
	operations: [
		...standardOperations(
			{ one: 'a content template', many: 'content templates' },
			collectionOf(CONTENT_V1, CONTENT_V1.ListContent),
			{
				create: {
					description:
						'Create a template; the output holds its SID (HX…), which Message → Send takes as Content SID',
				},
				getMany: { description: "List the account's templates: all of them, or up to a limit" },
			},
		),
		{
			value: 'update',
			name: 'Update',
			action: 'Update a content template',
			description:
				"Replace a template's content (Types, required), and its name, language or sample values",
			spec: CONTENT_V1.UpdateContent,
		},
		{
			value: 'getManyLegacy',
			name: 'Get Many Legacy',
			action: 'Get many legacy content templates',
			description:
				"List the account's legacy templates: WhatsApp templates made before the Content API",
			spec: CONTENT_V1.ListLegacyContent,
		},
		{
			value: 'getManyWithApprovals',
			name: 'Get Many With Approval Status',
			action: 'Get many content templates with their approval status',
			description:
				'List templates, each with its WhatsApp approval request (status received, pending, approved or rejected, and why)',
			spec: CONTENT_V1.ListContentAndApprovals,
		},
		{
			value: 'getApprovalStatus',
			name: 'Get Approval Status',
			action: 'Get the approval status of a content template',
			description:
				"Get a template's WhatsApp approval: its status, category and the reason of a rejection",
			spec: CONTENT_V1.FetchApprovalFetch,
		},
		{
			value: 'submitForWhatsApp',
			name: 'Submit for WhatsApp Approval',
			action: 'Submit a content template for approval',
			description:
				'Ask WhatsApp to approve a template, which business-initiated WhatsApp messages need; the answer comes later (Get Approval Status)',
			spec: CONTENT_V1.CreateApprovalCreate,
			check: (values) =>
				values.name !== undefined && !TEMPLATE_NAME.test(String(values.name))
					? `Name may hold only lowercase letters, digits and underscores, not "${String(values.name).slice(0, 40)}"`
					: undefined,
		},
	],
});
