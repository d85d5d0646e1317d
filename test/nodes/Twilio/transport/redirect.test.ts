import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { runNode } from '../../../helpers/n8n';

/** An API Base URL that answers every request with a redirect, as a misconfigured proxy would. */
let server: Server;
const received: string[] = [];

beforeAll(async () => {
	server = createServer((request, response) => {
		received.push(`${request.method} ${request.url}`);
		response.writeHead(301, { Location: 'https://api.twilio.com' + request.url });
		response.end();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('a redirect from the API is an error that says so, not an empty success, and is not followed', async () => {
	const { error, output } = await runNode({
		credentials: {
			authType: 'authToken',
			accountSid: 'AC0123456789abcdef0123456789abcdef',
			authToken: 'secret-that-must-not-travel-0000',
			baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		},
		parameters: {
			resource: 'call',
			operation: 'get',
			callSid: 'CA0123456789abcdef0123456789abcdef',
		},
	});
	expect(output).toEqual([]);
	expect(error?.message).toMatch(
		/^The API Base URL answered with a redirect \(HTTP 301 to https:\/\/api\.twilio\.com\/2010-04-01\/Accounts\/AC0123456789abcdef0123456789abcdef\/Calls\/CA0123456789abcdef0123456789abcdef\.json\)/,
	);
	expect(received).toEqual([
		'GET /2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Calls/CA0123456789abcdef0123456789abcdef.json',
	]);
});
