import { TwilioEmulator } from '../../emulator';
import { expectContractClean } from './contract';

/** An emulator shared by the tests of one file, talked to directly rather than through the node. */
export interface EmulatorSuite {
	emulator: TwilioEmulator;
	/**
	 * Sends an authenticated request to `/2010-04-01/Accounts/{the account}` + `path`. Redirects
	 * are not followed: a test sees Twilio's own answer.
	 */
	request(method: string, path: string): Promise<Response>;
}

/**
 * Starts the emulator for the file, empties it before each test, and checks the contract of every
 * request at the end.
 */
export function useEmulator(): EmulatorSuite {
	const suite: EmulatorSuite = {
		emulator: undefined as unknown as TwilioEmulator,
		request: (method, path) => {
			const { url, account } = suite.emulator;
			return fetch(`${url}/2010-04-01/Accounts/${account.sid}${path}`, {
				method,
				redirect: 'manual',
				headers: {
					Authorization: `Basic ${Buffer.from(`${account.sid}:${account.authToken}`).toString('base64')}`,
				},
			});
		},
	};
	beforeAll(async () => {
		suite.emulator = await TwilioEmulator.start();
	});
	beforeEach(() => suite.emulator.reset());
	afterAll(async () => {
		expectContractClean(suite.emulator);
		await suite.emulator.close();
	});
	return suite;
}
