import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface Output {
	stdout: string;
	stderr: string;
	exitCode: number | null;
}

interface RunOptions {
	env?: NodeJS.ProcessEnv;
	cwd?: string;
	timeoutMs?: number;
	/** Resolve whatever the exit code (default: reject unless it is 0). */
	anyExitCode?: boolean;
}

/**
 * The commands `run` has under way, so that a process told to stop can stop them too
 * (`stopCommands`).
 */
const commandsUnderWay = new Set<ChildProcess>();

/** Stops every command `run` has under way: a signal to the caller alone does not reach them. */
export function stopCommands(): void {
	for (const child of commandsUnderWay) child.kill('SIGTERM');
}

/**
 * Runs a command to its end, asynchronously (an emulator in the same process keeps answering
 * meanwhile). Rejects on a non-zero exit. It stays in the caller's process group, so Ctrl-C reaches
 * it.
 */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<Output> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			env: options.env,
			cwd: options.cwd,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		commandsUnderWay.add(child);
		child.once('exit', () => commandsUnderWay.delete(child));
		const output: Output = { stdout: '', stderr: '', exitCode: null };
		child.stdout!.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
		child.stderr!.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
		const timer =
			options.timeoutMs === undefined
				? undefined
				: setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
		child.on('error', reject);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			output.exitCode = code;
			if (code === 0 || (options.anyExitCode && signal === null)) return resolve(output);
			const tail = (output.stderr || output.stdout).trim().split('\n').slice(-15).join('\n');
			reject(
				new Error(
					`${command} ${args.join(' ')} ended with ${signal ?? `exit code ${code}`}\n${tail}`,
				),
			);
		});
	});
}

/**
 * A long-running child in a process group of its own, so that stopping it also stops whatever it
 * started (n8n starts task runners). Its output is kept, and optionally echoed line by line.
 */
export class ManagedProcess {
	readonly child: ChildProcess;
	output = '';
	private readonly exited: Promise<void>;
	/** Why the command could not be started at all (not found, not executable), if so. */
	private startError?: Error;

	constructor(
		readonly name: string,
		command: string,
		args: string[],
		options: SpawnOptions & { echo?: (line: string) => void },
	) {
		this.child = spawn(command, args, {
			...options,
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true,
		});
		let partial = '';
		const collect = (chunk: Buffer) => {
			const text = chunk.toString();
			this.output += text;
			if (!options.echo) return;
			const lines = (partial + text).split('\n');
			partial = lines.pop()!;
			for (const line of lines) options.echo(line);
		};
		this.child.stdout!.on('data', collect);
		this.child.stderr!.on('data', collect);
		this.exited = new Promise((resolve) => {
			this.child.once('exit', () => resolve());
			// A command that cannot be started gives an error and no process (and may never give 'exit').
			this.child.once('error', (error) => {
				if (this.child.pid !== undefined) return;
				this.startError = error;
				resolve();
			});
		});
	}

	get running(): boolean {
		return (
			this.startError === undefined &&
			this.child.exitCode === null &&
			this.child.signalCode === null
		);
	}

	/**
	 * Resolves with the first match of the pattern in the output; rejects when the process ends first
	 * or time runs out.
	 */
	waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
		return new Promise((resolve, reject) => {
			const check = () => {
				const match = this.output.match(pattern);
				if (match) return finish(() => resolve(match));
				if (!this.running)
					return finish(() => reject(this.failure(`ended before printing ${pattern}`)));
			};
			const finish = (settle: () => void) => {
				clearInterval(poll);
				clearTimeout(timer);
				settle();
			};
			const poll = setInterval(check, 100);
			const timer = setTimeout(
				() => finish(() => reject(this.failure(`did not print ${pattern} within ${timeoutMs} ms`))),
				timeoutMs,
			);
			check();
		});
	}

	/**
	 * SIGTERM to the whole group, SIGKILL after a grace period; resolves once the process has exited.
	 */
	async stop(graceMs = 10_000): Promise<void> {
		if (this.running) {
			killGroup(this.child, 'SIGTERM');
			const timer = setTimeout(() => killGroup(this.child, 'SIGKILL'), graceMs);
			await this.exited;
			clearTimeout(timer);
		}
		// Children that outlived their parent (and so the parent's exit) go too.
		killGroup(this.child, 'SIGKILL');
	}

	failure(reason: string): Error {
		if (this.startError)
			return new Error(`${this.name} could not be started: ${this.startError.message}`);
		const tail = this.output.trim().split('\n').slice(-20).join('\n');
		return new Error(`${this.name} ${reason}\n${tail}`);
	}
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	if (child.pid === undefined) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		// The group is already gone.
	}
}
