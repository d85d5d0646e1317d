import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { run } from './processes';

/**
 * The package's root folder: two levels up from scripts/n8n, three from its compiled copy in
 * .build/scripts/n8n.
 */
const twoUp = path.resolve(__dirname, '../..');
export const PACKAGE_ROOT = path.basename(twoUp) === '.build' ? path.dirname(twoUp) : twoUp;

/**
 * `npm pack`s the built package into the folder and returns the tarball's path, as users receive
 * it.
 */
export async function packPackage(destination: string): Promise<string> {
	await mkdir(destination, { recursive: true });
	const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', destination], {
		cwd: PACKAGE_ROOT,
	});
	const [{ filename }] = JSON.parse(stdout) as Array<{ filename: string }>;
	return path.join(destination, filename);
}

/**
 * Installs the tarball where n8n loads community packages from: `<user folder>/.n8n/nodes`.
 * `n8n-workflow`, the peer dependency, is served by n8n's own copy.
 */
export async function installPackage(userFolder: string, tarball: string): Promise<void> {
	const nodesFolder = path.join(userFolder, '.n8n', 'nodes');
	await mkdir(nodesFolder, { recursive: true });
	await writeFile(
		path.join(nodesFolder, 'package.json'),
		JSON.stringify({ name: 'installed-nodes', private: true }),
	);
	await run(
		'npm',
		[
			'install',
			'--ignore-scripts',
			'--omit=peer',
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
			tarball,
		],
		{
			cwd: nodesFolder,
		},
	);
}
