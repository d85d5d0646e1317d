import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import { TwilioConnectorApi } from '../credentials/TwilioConnectorApi.credentials';
import { nodeTypeInstances } from './helpers/n8n';

const ROOT = path.join(__dirname, '..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
	name: string;
	dependencies?: Record<string, string>;
	n8n: { nodes: string[]; credentials: string[] };
};

/**
 * The files `npm pack` would publish, from a build made before the tests (`npm test` builds first).
 */
async function packedFiles(): Promise<string[]> {
	expect(existsSync(path.join(ROOT, 'dist'))).toBe(true);
	const { stdout } = await promisify(execFile)(
		'npm',
		['pack', '--dry-run', '--json', '--ignore-scripts'],
		{ cwd: ROOT },
	);
	const [pack] = JSON.parse(stdout) as Array<{ files: Array<{ path: string }> }>;
	return pack.files.map((file) => file.path);
}

/**
 * The anchors GitHub and npm give README headings: lower case, spaces as dashes, punctuation
 * dropped.
 */
const README_ANCHORS = new Set(
	[...readFileSync(path.join(ROOT, 'README.md'), 'utf8').matchAll(/^#{1,6} (.+)$/gm)].map(
		([, heading]) =>
			heading
				.trim()
				.toLowerCase()
				.replace(/[^\p{L}\p{N} -]/gu, '')
				.replace(/ /g, '-'),
	),
);

/** A link to the package's README must land on one of its headings. */
function expectReadmeLink(url: string): void {
	const [page, anchor] = url.split('#');
	expect(page).toBe(`https://www.npmjs.com/package/${manifest.name}`);
	expect(README_ANCHORS).toContain(anchor);
}

test('the package publishes the build, README and licence only, and has no runtime dependencies', async () => {
	const files = await packedFiles();
	expect(files.filter((file) => !file.startsWith('dist/')).sort()).toEqual([
		'LICENSE',
		'README.md',
		'package.json',
	]);
	for (const built of [...manifest.n8n.nodes, ...manifest.n8n.credentials])
		expect(files).toContain(built);
	// n8n reads each node's codex file and icons beside the built node.
	for (const node of manifest.n8n.nodes) expect(files).toContain(node.replace(/\.js$/, '.json'));
	for (const node of manifest.n8n.nodes) {
		const folder = path.dirname(node);
		expect(files).toEqual(
			expect.arrayContaining([`${folder}/twilio.svg`, `${folder}/twilio.dark.svg`]),
		);
	}
	expect(
		files.filter((file) => file.startsWith('dist/test') || file.startsWith('dist/emulator')),
	).toEqual([]);
	expect(manifest.dependencies ?? {}).toEqual({});
}, 60_000);

describe.each(manifest.n8n.nodes.map((built) => [path.basename(built, '.node.js'), built]))(
	'%s',
	(_, built) => {
		const source = path.join(ROOT, built.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
		const { description } = Object.values(nodeTypeInstances).find((node) =>
			source
				.toLowerCase()
				.endsWith(`${node.description.displayName.replace(/ /g, '')}.node.ts`.toLowerCase()),
		)!;

		test('has a codex file beside it: its categories and documentation', () => {
			const codex = JSON.parse(readFileSync(source.replace(/\.ts$/, '.json'), 'utf8')) as {
				node: string;
				categories: string[];
				resources: {
					primaryDocumentation: Array<{ url: string }>;
					credentialDocumentation: Array<{ url: string }>;
				};
			};
			expect(codex.node).toBe(`${manifest.name}.${description.name}`);
			expect(codex.categories).toEqual(['Communication', 'Development']);
			expectReadmeLink(codex.resources.primaryDocumentation[0].url);
			// A node without a credential (Twilio TwiML) links none.
			if (description.credentials?.length)
				expectReadmeLink(codex.resources.credentialDocumentation[0].url);
			expectReadmeLink(description.documentationUrl!);
		});

		test('has a light and a dark SVG icon, two different files', () => {
			const icon = description.icon as { light: string; dark: string };
			const [light, dark] = [icon.light, icon.dark].map((file) =>
				readFileSync(path.join(path.dirname(source), file.replace(/^file:/, '')), 'utf8'),
			);
			for (const svg of [light, dark])
				expect(svg).toMatch(
					/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"[^>]*>[\s\S]*<\/svg>\s*$/,
				);
			expect(light).not.toBe(dark);
		});
	},
);

test("the credential's documentation is the README's Credentials section", () => {
	expectReadmeLink(new TwilioConnectorApi().documentationUrl);
});

test("the built node's description is the data the catalog builds, not code that builds it", async () => {
	const builtModule = path.join(ROOT, 'dist', 'nodes', 'TwilioConnector', 'description.js');
	expect(readFileSync(builtModule, 'utf8')).toMatch(/^const description = JSON\.parse\(/m);
	const built = (await import(builtModule)) as Record<string, unknown>;
	const fromSource = await import('../nodes/TwilioConnector/description');
	const asData = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
	const { nodeProperties, nodeHints, nodeSubtitle } = fromSource;
	expect(
		asData({
			nodeProperties: built.nodeProperties,
			nodeHints: built.nodeHints,
			nodeSubtitle: built.nodeSubtitle,
		}),
	).toEqual(asData({ nodeProperties, nodeHints, nodeSubtitle }));
});
