import { Workflow, type INode } from 'n8n-workflow';

import { catalog } from '../../../../nodes/Twilio/products';
import { nodeTypeInstances, nodeTypeOf, nodeTypes, PACKAGE_NAME } from '../../../helpers/n8n';

const resources = catalog();

const TYPE = `${PACKAGE_NAME}.twilioConnector`;
const { hints } = nodeTypeInstances[TYPE].description;
const pairs = resources.flatMap((resource) =>
	resource.operations.map((operation) => [resource.value, operation.value]),
);

/**
 * Whether the editor shows a hint for a node set to this resource and operation, by n8n's own
 * expression engine.
 */
function shown(displayCondition: string, resource: string, operation: string): boolean {
	const node: INode = {
		id: 'n',
		name: 'Twilio',
		type: TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: { resource, operation },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return (
		workflow.expression.getSimpleParameterValue(node, displayCondition, 'internal', {}) === true
	);
}

test('the editor hints are those of the operations where Twilio surprises', () => {
	expect(hints?.map((hint) => hint.message)).toEqual([
		expect.stringMatching(/^Add does not add the caller ID yet: Twilio calls the number/),
	]);
});

test.each(hints ?? [])('"$message" shows, before a run, for its operation alone', (hint) => {
	expect(hint).toMatchObject({ location: 'ndv', whenToDisplay: 'beforeExecution' });
	const showing = pairs.filter(([resource, operation]) =>
		shown(hint.displayCondition!, resource, operation),
	);
	expect(showing).toEqual([['outgoingCallerId', 'add']]);
});

describe('the subtitle under the node on the canvas, as n8n works it out', () => {
	const subtitle = (resource: string, operation: string, type = nodeTypeOf(resource)) => {
		const node: INode = {
			id: 'n',
			name: 'Twilio',
			type,
			typeVersion: 1,
			position: [0, 0],
			parameters: { resource, operation },
		};
		const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
		return workflow.expression.getSimpleParameterValue(
			node,
			nodeTypeInstances[type].description.subtitle!,
			'internal',
			{},
		);
	};

	test.each([
		['call', 'getMany', 'Get Many: Call'],
		['studioExecution', 'start', 'Start: Studio Execution'],
		['lookup', 'lookUp', 'Look Up: Lookup'],
		['verification', 'update', 'Approve or Cancel: Verification'],
	])('%s.%s reads "%s"', (resource, operation, expected) => {
		expect(subtitle(resource, operation)).toBe(expected);
	});

	test('every pair shows the names the editor lists, never an internal value', () => {
		for (const resource of resources) {
			for (const operation of resource.operations) {
				expect(subtitle(resource.value, operation.value)).toBe(
					`${operation.name}: ${resource.name}`,
				);
			}
		}
	});

	test('a resource the node does not know (a workflow from a later version) shows as it is', () => {
		// n8n drops the operation, which no property of the node shows for that resource.
		expect(subtitle('fax', 'send', TYPE)).toBe('fax');
	});
});
