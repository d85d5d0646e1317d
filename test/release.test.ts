import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';

/**
 * The release workflow cannot run here; this checks what it would do: on a version tag, install
 * from the lock file, run the README's test command, and publish with an npm provenance statement.
 */

const ROOT = path.join(__dirname, '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Workflow {
	on: { push?: { tags?: string[]; branches?: string[] } };
	permissions?: Record<string, string>;
	jobs: Record<string, { 'runs-on': string; permissions?: Record<string, string>; steps: Step[] }>;
}

const workflow = parse(read('.github/workflows/release.yml')) as Workflow;
const jobs = Object.values(workflow.jobs);
const version = (JSON.parse(read('package.json')) as { version: string }).version;

/**
 * The commands of the README's shell blocks (`command   # what it does`), by what their comment
 * says they do.
 */
function readmeCommands(): Map<string, string> {
	const lines = [...read('README.md').matchAll(/^```sh\n([\s\S]*?)^```$/gm)].flatMap(([, block]) =>
		block.split('\n'),
	);
	return new Map(
		lines.flatMap((line) => {
			const match = /^(.+?)\s+#\s*(.+)$/.exec(line);
			return match ? [[match[2].trim(), match[1].trim()] as const] : [];
		}),
	);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A GitHub Actions tag filter as a regular expression (`*` is any run of characters but `/`, `**`
 * any run at all).
 */
const tagFilter = (pattern: string) =>
	new RegExp(
		`^${pattern
			.split('**')
			.map((part) => part.split('*').map(escapeRegExp).join('[^/]*'))
			.join('.*')}$`,
	);

test('runs on version tags only, such as the one for the version in package.json', () => {
	expect(Object.keys(workflow.on)).toEqual(['push']);
	expect(workflow.on.push?.branches).toBeUndefined();
	const tags = workflow.on.push?.tags ?? [];
	expect(tags.length).toBeGreaterThan(0);
	expect(tags.some((pattern) => tagFilter(pattern).test(`v${version}`))).toBe(true);
	for (const notAVersion of ['main', 'latest', 'release'])
		expect(tags.some((pattern) => tagFilter(pattern).test(notAVersion))).toBe(false);
});

test('one job installs from the lock file, runs the README test command, then publishes with provenance', () => {
	const testCommand = readmeCommands().get('lint, build, and the test suite');
	expect(testCommand).toBe('npm test');
	expect(jobs).toHaveLength(1);
	const [{ steps }] = jobs;
	const commands = steps.flatMap((step) => (step.run ? [step.run.trim()] : []));
	const at = (command: string) => commands.indexOf(command);
	expect(at('npm ci')).toBeGreaterThanOrEqual(0);
	expect(at(testCommand!)).toBeGreaterThan(at('npm ci'));
	expect(commands.at(-1)).toBe('npm publish --provenance --access public');
	// npm signs the provenance statement with GitHub's OIDC token.
	const permissions = { ...workflow.permissions, ...jobs[0].permissions };
	expect(permissions['id-token']).toBe('write');
	const publish = steps.at(-1)!;
	expect(publish.env?.NODE_AUTH_TOKEN).toMatch(/^\$\{\{ secrets\.\w+ \}\}$/);
	const setup = steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
	expect(setup?.with?.['registry-url']).toBe('https://registry.npmjs.org');
});

test('the README says how to release', () => {
	const readme = read('README.md');
	expect(readme).toMatch(/^## Releasing$/m);
	expect(readme).toContain('.github/workflows/release.yml');
	expect(readme).toContain('npm publish --provenance --access public');
});

/** The README's Installation section, up to the next section. */
function installationSection(): string {
	const readme = read('README.md');
	const start = readme.indexOf('\n## Installation\n');
	expect(start).toBeGreaterThan(0);
	return readme.slice(start, readme.indexOf('\n## ', start + 1));
}

/** The versions CHANGELOG.md has released: its headings other than Unreleased. */
const released = () =>
	[...read('CHANGELOG.md').matchAll(/^## \[(\d+\.\d+\.\d+)\]/gm)].map(([, number]) => number);

test("the README's install section matches what a release publishes: the tarball until the first release, then npm", () => {
	const { name } = JSON.parse(read('package.json')) as { name: string };
	const section = installationSection();
	const tarball = `${name}-${version}.tgz`;
	if (released().length === 0) {
		// Nothing is on npm: installing by name would fail, so the README builds and installs this
		// version's tarball.
		expect(section).toMatch(/not on npm yet/);
		expect(readmeCommands().get(`writes ${tarball}`)).toBe('npm ci && npm run build && npm pack');
		expect(readmeCommands().get('install the tarball')).toContain(
			`npm install --omit=peer /path/to/${tarball}`,
		);
	} else {
		expect(section).not.toMatch(/not on npm yet/);
		expect(released()).toContain(version);
	}
	expect(section).toContain(`enter\n\`${name}\``);
});
