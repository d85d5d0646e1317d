import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import {
	isResourceLocatorValue,
	NodeHelpers,
	validateNodeCredentials,
	type INode,
	type INodeParameters,
	type INodeProperties,
	type INodePropertyCollection,
	type INodePropertyOptions,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { nodeTypeInstances, PACKAGE_NAME } from './helpers/n8n';

/**
 * The example workflows as n8n's editor opens them: every parameter of a package node holds a value
 * of its property's type, in the form the editor reads (a resource locator as `{ __rl, mode, value
 * }` with one of its modes, a choice among its options…), and n8n finds no issue with the node.
 */

const EXAMPLES = path.join(__dirname, '..', 'examples');

interface ExampleWorkflow {
	name: string;
	nodes: INode[];
}

const examples = readdirSync(EXAMPLES)
	.filter((file) => file.endsWith('.json'))
	.sort()
	.map(
		(file) =>
			[
				file,
				JSON.parse(readFileSync(path.join(EXAMPLES, file), 'utf8')) as ExampleWorkflow,
			] as const,
	);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isExpression = (value: unknown) => typeof value === 'string' && value.startsWith('=');
const show = (value: unknown) => JSON.stringify(value);

/**
 * What is wrong with a value for a property, each problem prefixed with the parameter's path; none
 * when it fits.
 */
function valueProblems(property: INodeProperties, value: unknown, at: string): string[] {
	if (isExpression(value)) {
		return property.noDataExpression
			? [`${at}: ${show(value)} is an expression, which ${property.displayName} does not take`]
			: [];
	}
	const wrong = (expected: string) => [`${at}: ${show(value)} is not ${expected}`];
	const choices = ((property.options ?? []) as INodePropertyOptions[]).map(
		(option) => option.value,
	);
	switch (property.type) {
		case 'string':
		case 'dateTime':
		case 'json':
			return typeof value === 'string' ? [] : wrong('text');
		case 'number':
			return typeof value === 'number' ? [] : wrong('a number');
		case 'boolean':
			return typeof value === 'boolean' ? [] : wrong('true or false');
		case 'options':
			return choices.includes(value as string) ? [] : wrong(`one of ${show(choices)}`);
		case 'multiOptions':
			// Choices loaded from Twilio (the event types) are known only at run time: texts.
			if (property.typeOptions?.loadOptionsMethod)
				return Array.isArray(value) && value.every((entry) => typeof entry === 'string')
					? []
					: wrong('a list of texts');
			return Array.isArray(value) && value.every((entry) => choices.includes(entry))
				? []
				: wrong(`a list of ${show(choices)}`);
		case 'resourceLocator': {
			const modes = (property.modes ?? []).map((mode) => mode.name);
			if (!isResourceLocatorValue(value))
				return wrong(
					`a resource locator value { "__rl": true, "mode": one of ${show(modes)}, "value": … }`,
				);
			if (!modes.includes(value.mode))
				return [`${at}: mode ${show(value.mode)} is not one of ${show(modes)}`];
			if (value.mode === 'list' && isExpression(value.value))
				return [`${at}: From List cannot hold an expression`];
			return typeof value.value === 'string' || typeof value.value === 'number'
				? []
				: wrong('a locator with a text value');
		}
		case 'collection': {
			if (!isPlainObject(value)) return wrong('a collection (an object)');
			const options = (property.options ?? []) as INodeProperties[];
			return Object.entries(value).flatMap(([name, entry]) => {
				const option = options.find((candidate) => candidate.name === name);
				return option
					? valueProblems(option, entry, `${at}.${name}`)
					: [`${at}.${name}: ${property.displayName} has no such field`];
			});
		}
		case 'fixedCollection': {
			if (!isPlainObject(value)) return wrong('a fixed collection (an object)');
			const groups = (property.options ?? []) as INodePropertyCollection[];
			return Object.entries(value).flatMap(([name, entries]) => {
				const group = groups.find((candidate) => candidate.name === name);
				if (!group) return [`${at}.${name}: ${property.displayName} has no such group`];
				const multiple = property.typeOptions?.multipleValues === true;
				if (multiple !== Array.isArray(entries))
					return [`${at}.${name}: ${show(entries)} is not ${multiple ? 'a list' : 'one entry'}`];
				return (multiple ? (entries as unknown[]) : [entries]).flatMap((entry, index) =>
					valueProblems(
						{ ...property, type: 'collection', options: group.values },
						entry,
						multiple ? `${at}.${name}[${index}]` : `${at}.${name}`,
					),
				);
			});
		}
		case 'notice':
			return [`${at}: a notice holds no value`];
		default:
			return [`${at}: this test does not check properties of type ${property.type} yet`];
	}
}

/**
 * The problems of a node's parameters against its type's properties, as shown for its resource and
 * operation.
 */
function parameterProblems(node: INode, description: INodeTypeDescription): string[] {
	const withDefaults =
		NodeHelpers.getNodeParameters(
			description.properties,
			node.parameters,
			true,
			false,
			node,
			description,
		) ?? {};
	return Object.entries(node.parameters).flatMap(([name, value]) => {
		const property = description.properties.find(
			(candidate) =>
				candidate.name === name &&
				NodeHelpers.displayParameter(withDefaults, candidate, node, description),
		);
		if (!property) return [`${name}: not a parameter the node shows for these settings`];
		return valueProblems(property, value, name);
	});
}

/**
 * What n8n itself reports about the node: missing required fields, locator values its modes refuse,
 * credentials.
 */
function n8nIssues(node: INode, description: INodeTypeDescription): unknown[] {
	const parameters = NodeHelpers.getNodeParameters(
		description.properties,
		node.parameters,
		true,
		false,
		node,
		description,
	) as INodeParameters;
	const issues = NodeHelpers.getNodeParametersIssues(
		description.properties,
		{ ...node, parameters },
		description,
	);
	const nodeType = nodeTypeInstances[node.type];
	return [...(issues ? [issues] : []), ...validateNodeCredentials(node, nodeType)];
}

const packageNodes = examples.flatMap(([file, workflow]) =>
	workflow.nodes
		.filter((node) => node.type.startsWith(`${PACKAGE_NAME}.`))
		.map((node) => ({ file, node, label: `${file}: ${node.name}` })),
);

test("the examples use the package's nodes: the classic API's and its trigger, Lookup, Verify, Studio, the Event Streams trigger and TwiML", () => {
	const used = new Set(packageNodes.map(({ node }) => node.type));
	for (const type of used) expect(Object.keys(nodeTypeInstances)).toContain(type);
	const names = [
		'twilioConnector',
		'twilioConnectorTrigger',
		'twilioEventStreamsTrigger',
		'twilioLookup',
		'twilioVerify',
		'twilioStudio',
		'twilioTwiml',
	];
	expect([...used].sort()).toEqual(names.map((name) => `${PACKAGE_NAME}.${name}`).sort());
});

describe.each(packageNodes)('$label', ({ node }) => {
	const description = nodeTypeInstances[node.type]?.description;

	test("is one of the package's nodes, at a version it has, with its credential", () => {
		expect(Object.keys(nodeTypeInstances)).toContain(node.type);
		expect([description.version].flat()).toContain(node.typeVersion);
		expect(Object.keys(node.credentials ?? {})).toEqual(
			(description.credentials ?? []).map((credential) => credential.name),
		);
	});

	test("every parameter holds a value of its property's type", () => {
		expect(parameterProblems(node, description)).toEqual([]);
	});

	test('n8n finds no issue with it', () => {
		expect(n8nIssues(node, description)).toEqual([]);
	});
});

describe('the check of parameters', () => {
	const { description } = nodeTypeInstances[`${PACKAGE_NAME}.twilioConnector`];
	const send = (parameters: INodeParameters): INode => ({
		id: 'check',
		name: 'Check',
		type: `${PACKAGE_NAME}.twilioConnector`,
		typeVersion: 1,
		position: [0, 0],
		parameters: {
			resource: 'message',
			operation: 'send',
			to: '+14155550101',
			body: 'Hi',
			...parameters,
		},
	});

	test('accepts a From in the locator form, with a mode From has, and expressions', () => {
		const from = { __rl: true, mode: 'phoneNumber', value: '+14155550100' };
		expect(parameterProblems(send({ from, to: '={{ $json.phone }}' }), description)).toEqual([]);
	});

	test('refuses a plain From, a mode From does not have, unknown choices and fields', () => {
		expect(
			parameterProblems(
				send({ from: '+14155550100', additionalFields: { statusCallback: 3, shortenLinks: true } }),
				description,
			),
		).toEqual([
			expect.stringMatching(/^from: "\+14155550100" is not a resource locator value/),
			'additionalFields.statusCallback: 3 is not text',
			'additionalFields.shortenLinks: Additional Fields has no such field',
		]);
		expect(
			parameterProblems(
				send({ from: { __rl: true, mode: 'id', value: '+14155550100' } }),
				description,
			),
		).toEqual(['from: mode "id" is not one of ["list","phoneNumber"]']);
		expect(parameterProblems(send({ resource: 'mesage' }), description)).toEqual([
			expect.stringMatching(/^resource: "mesage" is not one of \[/),
			...['operation', 'to', 'body'].map(
				(name) => `${name}: not a parameter the node shows for these settings`,
			),
		]);
	});
});
