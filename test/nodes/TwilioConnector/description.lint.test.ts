import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { INodeType } from 'n8n-workflow';

import { nodeTypeInstances, PACKAGE_NAME } from '../../helpers/n8n';

const ROOT = path.join(__dirname, '../../..');
const ESLINT = path.join(ROOT, 'node_modules/.bin/eslint');

/** A value as TypeScript source, with plain keys, the way a hand-written node description reads. */
function literal(value: unknown, depth = 0): string {
	const inner = '\t'.repeat(depth + 1);
	const outer = '\t'.repeat(depth);
	if (Array.isArray(value)) {
		return value.length
			? `[\n${value.map((entry) => `${inner}${literal(entry, depth + 1)},\n`).join('')}${outer}]`
			: '[]';
	}
	if (value && typeof value === 'object') {
		const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
		const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
		return entries.length
			? `{\n${entries.map(([name, entry]) => `${inner}${key(name)}: ${literal(entry, depth + 1)},\n`).join('')}${outer}}`
			: '{}';
	}
	return JSON.stringify(value);
}

/**
 * The node's source with its built parts (properties, hints) written out as literals: what n8n's
 * lint rules would see had every field been written by hand.
 */
function sourceAsBuilt(
	file: string,
	node: INodeType,
	built: Record<string, 'properties' | 'hints'>,
): string {
	let source = readFileSync(path.join(ROOT, file), 'utf8');
	for (const [expression, key] of Object.entries(built)) {
		const written = `${key}: ${expression},`;
		expect(source).toContain(written);
		source = source.replace(written, `${key}: ${literal(node.description[key], 2)},`);
	}
	return source;
}

interface LintMessage {
	ruleId: string | null;
	line: number;
	message: string;
}

/** ESLint with the project's configuration, on the text as if it were the file itself. */
async function lint(file: string, text: string): Promise<LintMessage[]> {
	const output = await new Promise<string>((resolve, reject) => {
		const child = execFile(
			ESLINT,
			['--stdin', '--stdin-filename', file, '--format', 'json'],
			// NODE_ENV=test (set by jest) makes n8n's rules read a made-up file name: lint as the CLI
			// does.
			{ cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_ENV: 'production' } },
			(error, stdout) =>
				stdout ? resolve(stdout) : reject(error ?? new Error('ESLint printed nothing')),
		);
		child.stdin!.end(text);
	});
	const [result] = JSON.parse(output) as Array<{ messages: LintMessage[] }>;
	return result.messages;
}

const isN8nRule = (message: LintMessage) =>
	message.ruleId === null || /^(n8n-nodes-base|@n8n\/community-nodes)\//.test(message.ruleId);

/**
 * An action node as n8n's lint rules would see it had its description been written by hand: the
 * whole built description as a literal in a class of the node's own name, in the node's own file.
 */
function actionNodeAsWritten(className: string, node: INodeType): string {
	const connections = { inputs: 'NodeConnectionTypes.Main', outputs: 'NodeConnectionTypes.Main' };
	let description = literal(node.description, 1);
	for (const [key, value] of Object.entries(connections)) {
		description = description.replace(
			new RegExp(`${key}: \\[\\n\\t+"main",\\n\\t+\\]`),
			`${key}: [${value}]`,
		);
	}
	return [
		"import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';",
		'',
		`export class ${className} implements INodeType {`,
		`\tdescription: INodeTypeDescription = ${description};`,
		'}',
		'',
	].join('\n');
}

/** The package's action nodes, from package.json: the file and the class each is. */
const actionNodes = (
	JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[] } }
).n8n.nodes
	.map((built) => built.replace(/^dist\//, '').replace(/\.js$/, '.ts'))
	.filter((file) => !file.endsWith('Trigger.node.ts'))
	.map((file) => {
		const className = path.basename(file, '.node.ts');
		return [file, className, `${className[0].toLowerCase()}${className.slice(1)}`] as const;
	});

async function findingsIn(file: string, text: string): Promise<string[]> {
	const findings = (await lint(file, text)).filter(isN8nRule);
	const lines = text.split('\n');
	return findings.map(
		(finding) => `${finding.ruleId}: ${finding.message} at "${lines[finding.line - 1].trim()}"`,
	);
}

test('every action node of package.json is linted', () => {
	expect(actionNodes.map(([, className]) => className)).toEqual([
		'TwilioConnector',
		'TwilioTwiml',
		'TwilioLookup',
		'TwilioVerify',
		'TwilioContent',
		'TwilioMessaging',
		'TwilioStudio',
		'TwilioMonitor',
		'TwilioEventStreams',
		'TwilioVoiceIntelligence',
		'TwilioConversations',
	]);
});

test.each(actionNodes)(
	"%s, its description written out, has no findings under n8n's lint rules",
	async (file, className, name) => {
		const text = actionNodeAsWritten(className, nodeTypeInstances[`${PACKAGE_NAME}.${name}`]);
		expect(await findingsIn(file, text)).toEqual([]);
	},
	60_000,
);

test("the trigger, with every built field written out, has no findings under n8n's lint rules", async () => {
	const file = 'nodes/TwilioConnector/TwilioConnectorTrigger.node.ts';
	const node = nodeTypeInstances[`${PACKAGE_NAME}.twilioConnectorTrigger`];
	const text = sourceAsBuilt(file, node, { triggerProperties: 'properties' });
	expect(await findingsIn(file, text)).toEqual([]);
}, 60_000);
