import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { TwilioEmulator, type EmulatorOptions } from '../../emulator';
import { runNode, type NodeRun, type RunNodeOptions } from './n8n';

/** An emulator for a test file, with the credential that points the node at it. */
export interface TwilioFixture {
	emulator: TwilioEmulator;
	credentials: ICredentialDataDecryptedObject;
	/** Runs the Twilio Connector node against the emulator with the fixture's credential. */
	run(options: Omit<RunNodeOptions, 'credentials'> & { credentials?: ICredentialDataDecryptedObject }): Promise<NodeRun>;
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
