import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { TwilioEmulator, type EmulatorOptions } from '../../emulator';
import { expectContractClean } from './contract';
import { runNode, type NodeRun, type RunNodeOptions } from './n8n';

/** An emulator for a test file, with the credential that points the node at it. */
export interface TwilioFixture {
	emulator: TwilioEmulator;
	credentials: ICredentialDataDecryptedObject;
	/** Runs the Twilio Connector node against the emulator with the fixture's credential. */
	run(
		options: Omit<RunNodeOptions, 'credentials'> & { credentials?: ICredentialDataDecryptedObject },
	): Promise<NodeRun>;
	/** `/2010-04-01/Accounts/{the account}` + the given suffix. */
	accountPath(suffix: string): string;
}

export async function startTwilio(options: EmulatorOptions = {}): Promise<TwilioFixture> {
	const emulator = await TwilioEmulator.start(options);
	const credentials: ICredentialDataDecryptedObject = {
		authType: 'authToken',
		accountSid: emulator.account.sid,
		authToken: emulator.account.authToken,
		baseUrl: emulator.url,
	};
	return {
		emulator,
		credentials,
		run: (run) => runNode({ ...run, credentials: run.credentials ?? credentials }),
		accountPath: (suffix) => `/2010-04-01/Accounts/${emulator.account.sid}${suffix}`,
	};
}

/**
 * The fixture for a test file: the emulator starts before its tests, is emptied before each one,
 * and at the end every request it received must have passed the contract check. Fields are filled
 * in by `beforeAll`.
 */
export function useTwilio(options: EmulatorOptions = {}): TwilioFixture {
	const fixture = {} as TwilioFixture;
	beforeAll(async () => {
		Object.assign(fixture, await startTwilio(options));
	});
	beforeEach(() => fixture.emulator.reset());
	afterAll(async () => {
		try {
			expectContractClean(fixture.emulator);
		} finally {
			await fixture.emulator.close();
		}
	});
	return fixture;
}
