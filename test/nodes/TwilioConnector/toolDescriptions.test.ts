import { NodeHelpers, type INode } from 'n8n-workflow';

import { descriptionOf, nodeTypeInstances, nodeTypeOf } from '../../helpers/n8n';

/**
 * What an AI agent reads of a Lookup or Verify tool: n8n describes a tool node set to "auto" by its
 * operation's action alone (n8n-workflow's `getToolDescriptionForNode`), so the action must say
 * what the agent gets back.
 */

const toolDescription = (resource: string, operation: string) => {
	const nodeType = nodeTypeInstances[nodeTypeOf(resource)];
	const node: INode = {
		id: 'tool',
		name: 'Tool',
		type: `${nodeTypeOf(resource)}Tool`,
		typeVersion: 1,
		position: [0, 0],
		parameters: { resource, operation, descriptionType: 'auto' },
	};
	return NodeHelpers.getToolDescriptionForNode(node, nodeType);
};

test.each([
	[
		'lookup',
		'lookUp',
		'Look up a phone number and return whether it is valid with its formats and chosen data in Twilio Lookup',
	],
	['verifyService', 'create', 'Create a verification service and return its SID in Twilio Verify'],
	[
		'verification',
		'send',
		'Send a verification code and return the pending verification in Twilio Verify',
	],
	[
		'verification',
		'check',
		'Check a verification code and return whether it was approved in Twilio Verify',
	],
	['verification', 'get', 'Get a verification and return its status in Twilio Verify'],
	[
		'verification',
		'update',
		'Approve or cancel a verification and return its new status in Twilio Verify',
	],
])('%s → %s is offered to an agent as "%s"', (resource, operation, expected) => {
	expect(toolDescription(resource, operation)).toBe(expected);
});

test("the descriptions of Lookup's and Verification's operations say what their output holds", () => {
	const properties = [
		...descriptionOf('lookup').properties,
		...descriptionOf('verification').properties,
	];
	const operations = properties.filter(
		(property) =>
			property.name === 'operation' &&
			['lookup', 'verification'].some((resource) =>
				property.displayOptions?.show?.resource?.includes(resource),
			),
	);
	const options = operations.flatMap(
		(property) => (property.options ?? []) as Array<{ value: string; description?: string }>,
	);

	expect(options).toHaveLength(5);
	for (const option of options)
		expect({ [option.value]: option.description }).toEqual({
			[option.value]: expect.stringMatching(/\boutput\b/),
		});
});
