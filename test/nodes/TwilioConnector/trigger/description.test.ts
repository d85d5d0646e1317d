import { Workflow, type INode } from 'n8n-workflow';

import { triggerEvents } from '../../../../nodes/TwilioConnector/trigger/events';
import { nodeTypeInstances, nodeTypes, PACKAGE_NAME } from '../../../helpers/n8n';

const TYPE = `${PACKAGE_NAME}.twilioConnectorTrigger`;

/** The subtitle under the node on the canvas, as n8n's expression engine works it out. */
function subtitleFor(event: string): unknown {
	const node: INode = { id: 'n', name: 'Trigger', type: TYPE, typeVersion: 1, position: [0, 0], parameters: { event } };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(node, nodeTypeInstances[TYPE].description.subtitle!, 'internal', {});
}

test.each(triggerEvents.map(({ value, name }) => [value, name]))('the canvas names the event %s "%s"', (value, name) => {
	expect(subtitleFor(value)).toBe(name);
});
