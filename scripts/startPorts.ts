import { createServer } from 'node:net';

/** A port setting of `npm start`: its environment variable, its value, and what it is for. */
interface PortSetting {
	variable: string;
	value: string | undefined;
	fallback: number;
	/** What listens there, for the message: "n8n", "the Twilio emulator". */
	serves: string;
}

/**
 * Whether the Fetch standard's "bad port" rule refuses a port: browsers, and Node.js's own fetch
 * (which n8n and `npm start` use), will not connect to the ports it lists, such as 4190 or 6000
 * (fetch.spec.whatwg.org, "port blocking"). Asked of Node's fetch itself, which answers without
 * connecting: `TypeError: fetch failed`, caused by `bad port`.
 */
async function blockedByFetch(port: number): Promise<boolean> {
	const attempt = await fetch(`http://127.0.0.1:${port}/`, {
		signal: AbortSignal.timeout(2000),
	}).then(
		() => undefined,
		(error: unknown) => error,
	);
	return (attempt as { cause?: { message?: string } } | undefined)?.cause?.message === 'bad port';
}

/** Whether something on this machine already listens on the port. */
function inUse(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(true));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(false)));
	});
}

/**
 * What is wrong with a port setting, said so that the user knows which variable to change and why,
 * or undefined when the port can be used. Checked before anything starts.
 */
export async function portProblem({
	variable,
	value,
	fallback,
	serves,
}: PortSetting): Promise<string | undefined> {
	const port = value === undefined || value === '' ? fallback : Number(value);
	const set =
		value === undefined || value === ''
			? `${serves} listens on port ${fallback} by default`
			: `${variable}=${value}`;
	if (!Number.isInteger(port) || port < 1 || port > 65535)
		return `${set}: a port is a whole number from 1 to 65535.`;
	if (await inUse(port)) {
		return `${set}: port ${port} is already in use by another program (an earlier npm start still running?). Stop that program, or set ${variable} to a free port.`;
	}
	// Nothing listens there now, so the probe connects to nothing: refused at once, or blocked before
	// connecting.
	if (await blockedByFetch(port)) {
		return `${set}: browsers and Node.js's fetch refuse to connect to port ${port} (a "bad port" of the Fetch standard), so ${serves} could not be reached there. Set ${variable} to another port, such as ${fallback === port ? fallback + 1 : fallback}.`;
	}
	return undefined;
}
