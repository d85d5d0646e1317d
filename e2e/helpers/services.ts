import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ManagedProcess, run } from '../../scripts/n8n/processes';
import { freePort } from './n8n';

/** A database or broker started for one test file, on 127.0.0.1 and a free port. */
export interface Service {
	port: number;
	stop(): Promise<void>;
}

export interface Database extends Service {
	/** Runs SQL with psql and returns the rows, each as its tab-separated columns. */
	query(sql: string): Promise<string[][]>;
}

const POSTGRES_ROOT = '/usr/lib/postgresql';

/** Debian's PostgreSQL binaries (the newest installed major version). */
function postgresBin(): string {
	const versions = existsSync(POSTGRES_ROOT) ? readdirSync(POSTGRES_ROOT).sort((a, b) => Number(b) - Number(a)) : [];
	if (!versions.length) throw new Error('PostgreSQL is not installed (Debian: apt-get install postgresql)');
	return path.join(POSTGRES_ROOT, versions[0], 'bin');
}

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` user Debian's package creates. */
async function asPostgresUser(): Promise<{ prefix: string[]; owner?: { uid: number; gid: number } }> {
	if (process.getuid?.() !== 0) return { prefix: [] };
	const { stdout: uid } = await run('id', ['-u', 'postgres']);
	const { stdout: gid } = await run('id', ['-g', 'postgres']);
	return { prefix: ['runuser', '-u', 'postgres', '--'], owner: { uid: Number(uid), gid: Number(gid) } };
}

/** A throwaway PostgreSQL cluster with a database `n8n` owned by user `n8n` (trust authentication). */
export async function startPostgres(): Promise<Database> {
	const bin = postgresBin();
	const { prefix, owner } = await asPostgresUser();
	// Directly under the temporary folder: the postgres user must be able to reach it.
	const dataDir = await mkdtemp(path.join(tmpdir(), 'twilio-connector-pg-'));
	if (owner) await chown(dataDir, owner.uid, owner.gid);
	const command = (name: string, args: string[]) =>
		prefix.length ? run(prefix[0], [...prefix.slice(1), path.join(bin, name), ...args]) : run(path.join(bin, name), args);
	await command('initdb', ['-D', dataDir, '-U', 'n8n', '--auth=trust', '--no-sync']);
	const port = await freePort();
	const args = ['-D', dataDir, '-p', String(port), '-k', dataDir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'];
	const server = prefix.length
		? new ManagedProcess('PostgreSQL', prefix[0], [...prefix.slice(1), path.join(bin, 'postgres'), ...args], {})
		: new ManagedProcess('PostgreSQL', path.join(bin, 'postgres'), args, {});
	const stop = async () => {
		await server.stop();
		await rm(dataDir, { recursive: true, force: true });
	};
	try {
		await server.waitForOutput(/ready to accept connections/, 60_000);
		await command('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'n8n', 'n8n']);
	} catch (error) {
		await stop();
		throw error;
	}
	const query = async (sql: string) => {
		const { stdout } = await run(path.join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'n8n', '-d', 'n8n', '-AtF', '\t', '-c', sql]);
		return stdout.split('\n').filter(Boolean).map((line) => line.split('\t'));
	};
	return { port, stop, query };
}

/** A Redis that keeps nothing on disk. */
export async function startRedis(): Promise<Service> {
	const port = await freePort();
	const server = new ManagedProcess(
		'Redis',
		'redis-server',
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
		{},
	);
	try {
		await server.waitForOutput(/Ready to accept connections/, 30_000);
	} catch (error) {
		await server.stop();
		throw error;
	}
	return { port, stop: () => server.stop() };
}
