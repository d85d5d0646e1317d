import {
	resolveWebhookDescriptionField,
	Workflow,
	type INode,
	type INodeParameters,
} from 'n8n-workflow';

import {
	ANSWERED,
	responseModeOf,
	triggerResponseMode,
} from '../../../../nodes/Twilio/trigger/description';
import { triggerEvents } from '../../../../nodes/Twilio/trigger/events';
import { nodeTypeInstances, nodeTypes, PACKAGE_NAME } from '../../../helpers/n8n';

const TYPE = `${PACKAGE_NAME}.twilioConnectorTrigger`;

/** The subtitle under the node on the canvas, as n8n's expression engine works it out. */
function subtitleFor(event: string): unknown {
	const node: INode = {
		id: 'n',
		name: 'Trigger',
		type: TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: { event },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(
		node,
		nodeTypeInstances[TYPE].description.subtitle!,
		'internal',
		{},
	);
}

test.each(triggerEvents.map(({ value, name }) => [value, name]))(
	'the canvas names the event %s "%s"',
	(value, name) => {
		expect(subtitleFor(value)).toBe(name);
	},
);

describe('the webhook response mode', () => {
	/**
	 * What n8n's webhook handling gets: natively from the function where it can, and from the
	 * template.
	 */
	const modes = (parameters: Record<string, unknown>) => {
		const start: INode = {
			id: '1',
			name: 'Trigger',
			type: TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: parameters as INodeParameters,
		};
		const workflow = new Workflow({ nodes: [start], connections: {}, active: false, nodeTypes });
		// The workflow's own node, with the defaults n8n adds, as n8n passes it.
		const node = workflow.nodes[start.name];
		const native = resolveWebhookDescriptionField(
			node,
			triggerResponseMode as never,
			'responseMode',
		);
		const template = workflow.expression.getSimpleParameterValue(
			node,
			triggerResponseMode.responseMode,
			'internal',
			{},
			undefined,
			'',
		);
		return { native: native.resolved ? native.value : 'by the expression engine', template };
	};

	test('the answered events the mode names are those the events list gives an answer', () => {
		const named = triggerEvents
			.map((event) => event.value)
			.filter(
				(event) => responseModeOf({ event, responseMode: 'responseNode' }) === 'responseNode',
			);
		expect(named).toEqual(ANSWERED);
		expect(named.length).toBeGreaterThan(0);
	});

	test.each([
		[
			{ event: 'incomingMessage', webhookSetup: 'manual', responseMode: 'responseNode' },
			'responseNode',
		],
		[
			{ event: 'incomingCall', webhookSetup: 'manual', responseMode: 'responseNode' },
			'responseNode',
		],
		[{ event: 'incomingMessage', webhookSetup: 'manual', responseMode: 'twiml' }, 'onReceived'],
		[{ event: 'messageStatus', responseMode: 'responseNode' }, 'onReceived'],
		[{ event: 'callStatus', webhookSetup: 'manual' }, 'onReceived'],
	])(
		'%j: n8n resolves it without its expression engine, and the template gives the same',
		(parameters, expected) => {
			expect(modes(parameters)).toEqual({ native: expected, template: expected });
		},
	);

	test("with the number picked in the node, n8n's expression engine evaluates the template (a picked record counts as dynamic), to the same mode", () => {
		const picked = {
			event: 'incomingMessage',
			webhookSetup: 'phoneNumber',
			phoneNumber: { __rl: true, mode: 'id', value: 'PN0123456789abcdef0123456789abcdef' },
			responseMode: 'responseNode',
		};
		expect(modes(picked)).toEqual({ native: 'by the expression engine', template: 'responseNode' });
	});
});
