import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { missingServices, missingServicesMessage, Started } from '../../e2e/helpers/services';
import { ManagedProcess } from '../../scripts/n8n/processes';

/**
 * What `npm run test:queue` does before and after its services: found or named, and always stopped.
 */

let folder: string;
beforeEach(() => {
	folder = mkdtempSync(path.join(tmpdir(), 'twilio-connector-services-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function executable(file: string): void {
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, '#!/bin/sh\nexit 0\n');
	chmodSync(file, 0o755);
}

describe('the services queue mode needs', () => {
	test('are named by their Debian packages when missing, with the command that installs them', () => {
		const none = {
			searchPath: path.join(folder, 'bin'),
			postgresRoot: path.join(folder, 'postgresql'),
		};
		expect(missingServices(none)).toEqual(['postgresql', 'redis-server']);
		expect(missingServicesMessage(['postgresql', 'redis-server'])).toBe(
			"The queue-mode tests start Debian's PostgreSQL and Redis, and postgresql and redis-server are not installed. " +
				'Install them with:\n\n  apt-get update && apt-get install -y --no-install-recommends postgresql redis-server\n',
		);
		expect(missingServicesMessage(['redis-server'])).toContain(
			'redis-server is not installed. Install it with:',
		);
	});

	test('are found where Debian installs them: redis-server on the path, PostgreSQL under /usr/lib/postgresql', () => {
		const where = {
			searchPath: [path.join(folder, 'empty'), path.join(folder, 'bin')].join(path.delimiter),
			postgresRoot: path.join(folder, 'postgresql'),
		};
		executable(path.join(folder, 'bin', 'redis-server'));
		expect(missingServices(where)).toEqual(['postgresql']);
		// A version folder without all of the programs is not an installation.
		for (const program of ['initdb', 'postgres', 'createdb'])
			executable(path.join(folder, 'postgresql', '15', 'bin', program));
		expect(missingServices(where)).toEqual(['postgresql']);
		executable(path.join(folder, 'postgresql', '15', 'bin', 'psql'));
		expect(missingServices(where)).toEqual([]);
	});
});

describe('a service that cannot be started', () => {
	test('fails at once, naming the command, and stopping it ends', async () => {
		const missing = new ManagedProcess('Redis', path.join(folder, 'redis-server'), [], {});
		const startedAt = Date.now();
		await expect(missing.waitForOutput(/Ready to accept connections/, 30_000)).rejects.toThrow(
			`Redis could not be started: spawn ${path.join(folder, 'redis-server')} ENOENT`,
		);
		expect(Date.now() - startedAt).toBeLessThan(5_000);
		expect(missing.running).toBe(false);
		await missing.stop();
	});

	test('leaves nothing running that started beside it', async () => {
		const started = new Started();
		const stopProcess = (process: ManagedProcess) => process.stop();
		const start = async (process: ManagedProcess) => {
			await process.waitForOutput(/ready/, 30_000);
			return process;
		};
		const running = new ManagedProcess(
			'a service',
			process.execPath,
			['-e', 'console.log("ready"); setInterval(() => {}, 1000)'],
			{},
		);
		const missing = new ManagedProcess('another service', path.join(folder, 'missing'), [], {});
		await expect(
			started.all([
				started.keep('a service', start(running), stopProcess),
				started.keep('another service', start(missing), stopProcess),
			]),
		).rejects.toThrow('another service could not be started');
		expect(running.running).toBe(true);
		await started.stopAll();
		expect(running.running).toBe(false);
		expect(() => process.kill(running.child.pid!, 0)).toThrow();
	});
});
