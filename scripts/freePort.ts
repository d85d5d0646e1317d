import { createServer } from 'node:net';

/**
 * A port nobody listens on now (the kernel picks it), so that runs never collide with 5678 or each
 * other.
 */
export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}
