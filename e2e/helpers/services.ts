import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ManagedProcess, run } from '../../scripts/n8n/processes';
import { freePort } from '../../scripts/freePort';

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

/** The PostgreSQL programs the tests run. */
const POSTGRES_PROGRAMS = ['initdb', 'postgres', 'createdb', 'psql'];

/** Debian's PostgreSQL binaries (the newest installed major version that has them all), if any. */
function findPostgresBin(root = POSTGRES_ROOT): string | undefined {
	const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
	return versions
		.map((version) => path.join(root, version, 'bin'))
		.find((bin) => POSTGRES_PROGRAMS.every((program) => isExecutable(path.join(bin, program))));
}

function postgresBin(): string {
	const bin = findPostgresBin();
	if (!bin) throw new Error(missingServicesMessage(['postgresql']));
	return bin;
}

function isExecutable(file: string): boolean {
	try {
		accessSync(file, constants.X_OK);
		return statSync(file).isFile();
	} catch {
		return false;
	}
}

/** Whether a command is found on the search path, as spawn() would find it. */
function onPath(command: string, searchPath = process.env.PATH ?? ''): boolean {
	return searchPath
		.split(path.delimiter)
		.some((folder) => folder && isExecutable(path.join(folder, command)));
}

/**
 * The Debian packages of the services the queue-mode tests start that are not installed:
 * `postgresql` and `redis-server`.
 */
export function missingServices(
	where: { searchPath?: string; postgresRoot?: string } = {},
): string[] {
	return [
		...(findPostgresBin(where.postgresRoot) ? [] : ['postgresql']),
		...(onPath('redis-server', where.searchPath) ? [] : ['redis-server']),
	];
}

/**
 * What to tell someone who lacks these packages: what is missing and the command that installs it.
 */
export function missingServicesMessage(packages: string[]): string {
	return (
		`The queue-mode tests start Debian's PostgreSQL and Redis, and ${packages.join(' and ')} ` +
		`${packages.length > 1 ? 'are' : 'is'} not installed. Install ${packages.length > 1 ? 'them' : 'it'} with:\n\n` +
		`  apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}\n`
	);
}

/**
 * Throws, before anything is started, when a service the queue-mode tests need is not installed.
 */
export function requireServices(): void {
	const missing = missingServices();
	if (missing.length) throw new Error(missingServicesMessage(missing));
}

/**
 * What a test file started, stopped when it ends, whichever way it ends: a failed start included.
 * Each thing is kept as soon as its start has succeeded, and stopped in the reverse order.
 */
export class Started {
	private readonly stops: Array<{ name: string; stop: () => Promise<void> }> = [];

	/** Waits for a start and keeps what it started. */
	async keep<T>(name: string, start: Promise<T>, stop: (started: T) => Promise<void>): Promise<T> {
		const started = await start;
		this.stops.push({ name, stop: () => stop(started) });
		return started;
	}

	/**
	 * Waits for starts made at the same time. All of them end before this does, so that none is left
	 * running unkept while another has failed; the first failure is then thrown.
	 */
	async all<T extends readonly unknown[]>(starts: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
		const settled = await Promise.allSettled(starts);
		const failed = settled.find(
			(outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected',
		);
		if (failed) throw failed.reason;
		return settled.map(
			(outcome) => (outcome as PromiseFulfilledResult<unknown>).value,
		) as unknown as T;
	}

	/**
	 * Stops everything kept, the last started first; every stop is tried, and failures are thrown
	 * together.
	 */
	async stopAll(): Promise<void> {
		const failures: Error[] = [];
		for (const { name, stop } of this.stops.splice(0).reverse()) {
			try {
				await stop();
			} catch (error) {
				failures.push(new Error(`Stopping ${name} failed: ${(error as Error).message}`));
			}
		}
		if (failures.length)
			throw new AggregateError(failures, failures.map((failure) => failure.message).join('\n'));
	}
}

/**
 * PostgreSQL refuses to run as root: as root, run it as the `postgres` user Debian's package
 * creates.
 */
async function asPostgresUser(): Promise<{
	prefix: string[];
	owner?: { uid: number; gid: number };
}> {
	if (process.getuid?.() !== 0) return { prefix: [] };
	const { stdout: uid } = await run('id', ['-u', 'postgres']);
	const { stdout: gid } = await run('id', ['-g', 'postgres']);
	return {
		prefix: ['runuser', '-u', 'postgres', '--'],
		owner: { uid: Number(uid), gid: Number(gid) },
	};
}

/**
 * A throwaway PostgreSQL cluster with a database `n8n` owned by user `n8n` (trust authentication).
 */
export async function startPostgres(): Promise<Database> {
	const bin = postgresBin();
	const { prefix, owner } = await asPostgresUser();
	// Directly under the temporary folder: the postgres user must be able to reach it.
	const dataDir = await mkdtemp(path.join(tmpdir(), 'twilio-connector-pg-'));
	const command = (name: string, args: string[]) =>
		prefix.length
			? run(prefix[0], [...prefix.slice(1), path.join(bin, name), ...args])
			: run(path.join(bin, name), args);
	try {
		if (owner) await chown(dataDir, owner.uid, owner.gid);
		await command('initdb', ['-D', dataDir, '-U', 'n8n', '--auth=trust', '--no-sync']);
	} catch (error) {
		await rm(dataDir, { recursive: true, force: true });
		throw error;
	}
	const port = await freePort();
	const args = [
		'-D',
		dataDir,
		'-p',
		String(port),
		'-k',
		dataDir,
		'-c',
		'listen_addresses=127.0.0.1',
		'-c',
		'fsync=off',
	];
	const server = prefix.length
		? new ManagedProcess(
				'PostgreSQL',
				prefix[0],
				[...prefix.slice(1), path.join(bin, 'postgres'), ...args],
				{},
			)
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
		const { stdout } = await run(path.join(bin, 'psql'), [
			'-h',
			'127.0.0.1',
			'-p',
			String(port),
			'-U',
			'n8n',
			'-d',
			'n8n',
			'-AtF',
			'\t',
			'-c',
			sql,
		]);
		return stdout
			.split('\n')
			.filter(Boolean)
			.map((line) => line.split('\t'));
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

/** HAProxy from Debian (`apt-get install haproxy`): on PATH, or where Debian puts it. */
function haproxyBinary(): string {
	for (const folder of [
		...(process.env.PATH ?? '').split(path.delimiter),
		'/usr/sbin',
		'/usr/local/sbin',
	]) {
		const candidate = path.join(folder, 'haproxy');
		if (folder && existsSync(candidate)) return candidate;
	}
	throw new Error('HAProxy is not installed (Debian: apt-get install haproxy)');
}

/** Where a load balancer sends requests: a path prefix and the ports of the processes behind it. */
export interface BalancedRoute {
	pathPrefix: string;
	ports: number[];
}

/**
 * HAProxy on 127.0.0.1 and a free port (or the one given), in front of n8n processes: requests
 * whose path starts with a route's prefix go round-robin to that route's ports, all others to
 * `defaultPort`. Runs in the foreground, as a child of the test.
 */
export async function startLoadBalancer(
	routes: BalancedRoute[],
	defaultPort: number,
	port?: number,
): Promise<Service & { url: string }> {
	const listenPort = port ?? (await freePort());
	const folder = await mkdtemp(path.join(tmpdir(), 'twilio-connector-haproxy-'));
	const config = path.join(folder, 'haproxy.cfg');
	const backends = routes.map((route, index) => [
		`backend route${index}`,
		'  balance roundrobin',
		...route.ports.map((backendPort, server) => `  server n${server} 127.0.0.1:${backendPort}`),
	]);
	await writeFile(
		config,
		[
			'global',
			'  maxconn 512',
			'defaults',
			'  mode http',
			'  option http-server-close',
			'  timeout connect 5s',
			'  timeout client 120s',
			'  timeout server 120s',
			'frontend public',
			`  bind 127.0.0.1:${listenPort}`,
			...routes.map(
				(route, index) => `  use_backend route${index} if { path_beg ${route.pathPrefix} }`,
			),
			'  default_backend fallback',
			...backends.flat(),
			'backend fallback',
			`  server main 127.0.0.1:${defaultPort}`,
			'',
		].join('\n'),
	);
	const balancer = new ManagedProcess('HAProxy', haproxyBinary(), ['-db', '-f', config], {});
	const stop = async () => {
		await balancer.stop();
		await rm(folder, { recursive: true, force: true });
	};
	const url = `http://127.0.0.1:${listenPort}`;
	const deadline = Date.now() + 30_000;
	while (
		!(await fetch(`${url}/healthz`).then(
			() => true,
			() => false,
		))
	) {
		if (!balancer.running || Date.now() > deadline) {
			const failure = balancer.failure(
				balancer.running ? 'did not answer' : 'ended while starting',
			);
			await stop();
			throw failure;
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	return { port: listenPort, url, stop };
}

/**
 * What every n8n process of a queue-mode set-up shares: the database, Redis, one encryption key,
 * JSON logs.
 */
export function queueModeEnvironment(database: Database, redis: Service): NodeJS.ProcessEnv {
	return {
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(database.port),
		DB_POSTGRESDB_DATABASE: 'n8n',
		DB_POSTGRESDB_USER: 'n8n',
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		N8N_ENCRYPTION_KEY: randomBytes(24).toString('hex'),
		N8N_LOG_FORMAT: 'json',
	};
}
