import type { ExampleWorkflow } from '../../scripts/n8n/examples';
import { actionNode, mainTo, webhookNode } from '../../scripts/n8n/workflowNodes';

/**
 * A sign-up's phone verification as two published workflows, since the code exists only once Twilio
 * has sent it: the form posts the number to the first (look it up, send a code by SMS to a mobile),
 * and the code the person typed to the second (check it). Each answers its webhook with its last
 * node.
 */

export const START_PATH = 'verify/start';
export const CHECK_PATH = 'verify/check';

const webhook = (id: string, name: string, path: string, webhookId: string) =>
	webhookNode({
		id,
		name,
		webhookId,
		typeVersion: 2.1,
		parameters: { httpMethod: 'POST', path, responseMode: 'lastNode', options: {} },
	});

/** A Set node that outputs only the given fields, each an expression. */
const answer = (id: string, name: string, position: number[], fields: Record<string, string>) => ({
	id,
	name,
	type: 'n8n-nodes-base.set',
	typeVersion: 3.4,
	position,
	parameters: {
		mode: 'manual',
		assignments: {
			assignments: Object.entries(fields).map(([field, value], index) => ({
				id: `${id}-${index}`,
				name: field,
				value,
				type: 'string',
			})),
		},
		options: {},
	},
});

export const startWorkflow: ExampleWorkflow = {
	id: 'twilioVerifyStart',
	name: 'Verify: look up the number and send a code',
	nodes: [
		webhook('vs-form', 'Phone number entered', START_PATH, '5b0f8a52-1c3d-4e6f-8a9b-0c1d2e3f4a51'),
		actionNode({
			id: 'vs-lookup',
			name: 'Look up the number',
			position: [220, 0],
			parameters: {
				resource: 'lookup',
				operation: 'lookUp',
				phoneNumber: '={{ $json.body.phone }}',
				fields: ['line_type_intelligence'],
				additionalFields: {},
			},
		}),
		{
			id: 'vs-mobile',
			name: 'Is it a mobile?',
			type: 'n8n-nodes-base.if',
			typeVersion: 2.2,
			position: [440, 0],
			parameters: {
				conditions: {
					options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
					conditions: [
						{
							id: 'vs-mobile-0',
							leftValue: '={{ $json.line_type_intelligence.type }}',
							rightValue: 'mobile',
							operator: { type: 'string', operation: 'equals' },
						},
					],
					combinator: 'and',
				},
				options: {},
			},
		},
		actionNode({
			id: 'vs-service',
			name: 'Create the Verify service',
			position: [660, -100],
			parameters: {
				resource: 'verifyService',
				operation: 'create',
				friendlyName: 'Example Shop',
				additionalFields: {},
			},
		}),
		actionNode({
			id: 'vs-send',
			name: 'Send the code',
			position: [880, -100],
			parameters: {
				resource: 'verification',
				operation: 'send',
				serviceSid: { __rl: true, mode: 'id', value: '={{ $json.sid }}' },
				to: "={{ $('Look up the number').item.json.phone_number }}",
				channel: 'sms',
				additionalFields: {},
			},
		}),
		answer('vs-sent', 'Code sent', [1100, -100], {
			to: '={{ $json.to }}',
			lineType: "={{ $('Look up the number').item.json.line_type_intelligence.type }}",
			serviceSid: '={{ $json.service_sid }}',
			verificationSid: '={{ $json.sid }}',
			status: '={{ $json.status }}',
		}),
		answer('vs-refused', 'Not a mobile', [660, 100], {
			to: '={{ $json.phone_number }}',
			lineType: '={{ $json.line_type_intelligence.type }}',
			status: 'not sent',
		}),
	],
	connections: {
		'Phone number entered': mainTo('Look up the number'),
		'Look up the number': mainTo('Is it a mobile?'),
		'Is it a mobile?': {
			main: [
				[{ node: 'Create the Verify service', type: 'main', index: 0 }],
				[{ node: 'Not a mobile', type: 'main', index: 0 }],
			],
		},
		'Create the Verify service': mainTo('Send the code'),
		'Send the code': mainTo('Code sent'),
	},
	settings: { executionOrder: 'v1' },
	active: false,
};

export const checkWorkflow: ExampleWorkflow = {
	id: 'twilioVerifyCheck',
	name: 'Verify: check the code',
	nodes: [
		webhook('vc-form', 'Code entered', CHECK_PATH, '5b0f8a52-1c3d-4e6f-8a9b-0c1d2e3f4a52'),
		actionNode({
			id: 'vc-check',
			name: 'Check the code',
			position: [220, 0],
			parameters: {
				resource: 'verification',
				operation: 'check',
				serviceSid: { __rl: true, mode: 'id', value: '={{ $json.body.serviceSid }}' },
				code: '={{ $json.body.code }}',
				to: '={{ $json.body.to }}',
				additionalFields: {},
			},
		}),
	],
	connections: { 'Code entered': mainTo('Check the code') },
	settings: { executionOrder: 'v1' },
	active: false,
};
