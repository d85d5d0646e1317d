import { Workflow, type INode } from 'n8n-workflow';

import { catalog } from '../../../../nodes/TwilioConnector/resources';
import { nodeTypeInstances, nodeTypes, PACKAGE_NAME } from '../../../helpers/n8n';

const resources = catalog();

const TYPE = `${PACKAGE_NAME}.twilioConnector`;
const { hints } = nodeTypeInstances[TYPE].description;
const pairs = resources.flatMap((resource) => resource.operations.map((operation) => [resource.value, operation.value]));

/** Whether the editor shows a hint for a node set to this resource and operation, by n8n's own expression engine. */
function shown(displayCondition: string, resource: string, operation: string): boolean {
	const node: INode = { id: 'n', name: 'Twilio', type: TYPE, typeVersion: 1, position: [0, 0], parameters: { resource, operation } };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(node, displayCondition, 'internal', {}) === true;
}

test('the editor hints are those of the operations where Twilio surprises', () => {
	expect(hints?.map((hint) => hint.message)).toEqual([expect.stringMatching(/^Add does not add the caller ID yet: Twilio calls the number/)]);
});

test.each(hints ?? [])('"$message" shows, before a run, for its operation alone', (hint) => {
	expect(hint).toMatchObject({ location: 'ndv', whenToDisplay: 'beforeExecution' });
	const showing = pairs.filter(([resource, operation]) => shown(hint.displayCondition!, resource, operation));
	expect(showing).toEqual([['outgoingCallerId', 'add']]);
});
