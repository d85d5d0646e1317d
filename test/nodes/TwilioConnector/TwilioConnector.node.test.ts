import { NodeHelpers, type INode } from 'n8n-workflow';

import { catalog } from '../../../nodes/Twilio/products';
import { PRODUCTS } from '../../../nodes/Twilio/products/registry';
import { nodeTypeInstances, nodeTypeOf, PACKAGE_NAME } from '../../helpers/n8n';

const resources = catalog();

// The node as an AI agent's tool is tested through n8n itself, in e2e/aiTool.e2e.ts: n8n derives
// the tool type from `usableAsTool` and runs it. n8n-core, which these tests use, has no such
// conversion.

describe('what an agent chooses from', () => {
	const operations = resources.flatMap((resource) =>
		resource.operations.map((operation) => ({ resource, operation })),
	);

	test.each(PRODUCTS.map((product) => [product.node.displayName, product.node.name]))(
		'%s is usable as a tool, from which n8n derives its tool type',
		(_, name) => {
			expect(nodeTypeInstances[`${PACKAGE_NAME}.${name}`].description.usableAsTool).toBe(true);
		},
	);

	test.each(
		operations.map(({ resource, operation }) => [
			`${resource.name} → ${operation.name}`,
			resource.value,
			operation,
		]),
	)(
		'%s has an action of its own, which n8n makes the tool description',
		(_, resource, operation) => {
			const node = nodeTypeInstances[nodeTypeOf(resource)];
			const description = NodeHelpers.getToolDescriptionForNode(
				{ parameters: { resource, operation: operation.value } } as unknown as INode,
				node,
			);
			expect(description).toBe(
				`${operation.action}${operation.retired ? ' no longer available' : ''} in ${node.description.displayName}`,
			);
			expect(operation.action).toMatch(/^[A-Z][a-z]+ [a-z]/);
			expect(operation.action).not.toMatch(/\.$/);
			expect(operation.description.length).toBeGreaterThan(operation.action.length);
		},
	);

	test('no two operations share an action', () => {
		const actions = operations.map(({ operation }) => operation.action.toLowerCase());
		expect(new Set(actions).size).toBe(actions.length);
	});
});
