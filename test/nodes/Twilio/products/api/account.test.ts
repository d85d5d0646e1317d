import type { EmulatedAccount } from '../../../../../emulator';
import { incomingPhoneNumberRecord } from '../../../../../emulator/products/api/behaviours/incomingPhoneNumbers';
import { expectContractClean } from '../../../../helpers/contract';
import { startTwilio, type TwilioFixture } from '../../../../helpers/twilio';

/** Subaccounts of the emulator's account, fixed for the whole file (resetting keeps accounts). */
function subaccount(
	sid: string,
	friendlyName: string,
	status: EmulatedAccount['status'] = 'active',
): EmulatedAccount {
	return {
		sid,
		authToken: `subaccount-token-${sid.slice(-8)}`,
		friendlyName,
		status,
		ownerSid: 'AC0123456789abcdef0123456789abcdef',
		apiKeys: [],
		dateCreated: new Date('2024-02-01T00:00:00Z'),
	};
}

const SHOP_EAST = subaccount('AC00000000000000000000000000000e01', 'Shop');
const SHOP_WEST = subaccount('AC00000000000000000000000000000e02', 'Shop');
const ARCHIVE = subaccount('AC00000000000000000000000000000e03', 'Archive', 'suspended');
const STRANGER: EmulatedAccount = {
	...subaccount('AC00000000000000000000000000000f00', 'Not ours'),
	ownerSid: 'AC00000000000000000000000000000f00',
};

let twilio: TwilioFixture;

beforeAll(async () => {
	twilio = await startTwilio({ accounts: [SHOP_EAST, SHOP_WEST, ARCHIVE, STRANGER] });
});
beforeEach(() => twilio.emulator.reset());
afterAll(async () => {
	expectContractClean(twilio.emulator);
	await twilio.emulator.close();
});

const sent = () => twilio.emulator.requests.map((request) => [request.method, request.path]);
const tokens = () => twilio.emulator.accounts.all().map((account) => account.authToken);

/** No Auth Token of any account appears anywhere in the output. */
function expectNoAuthToken(output: unknown): void {
	const text = JSON.stringify(output);
	expect(text).not.toContain('auth_token');
	for (const token of tokens()) expect(text).not.toContain(token);
}

describe('Account → Get', () => {
	test("gets the credential's account, without its Auth Token", async () => {
		const { output, error } = await twilio.run({
			parameters: { resource: 'account', operation: 'get' },
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['GET', `/2010-04-01/Accounts/${twilio.emulator.account.sid}.json`]]);
		expect(output).toHaveLength(1);
		expect(output[0].json).toMatchObject({
			sid: twilio.emulator.account.sid,
			friendly_name: 'Emulator account',
		});
		expectNoAuthToken(output);
	});

	test('gets the account named in Options → Account SID', async () => {
		const { output } = await twilio.run({
			parameters: { resource: 'account', operation: 'get', options: { accountSid: ARCHIVE.sid } },
		});
		expect(sent()).toEqual([['GET', `/2010-04-01/Accounts/${ARCHIVE.sid}.json`]]);
		expect(output[0].json).toMatchObject({ sid: ARCHIVE.sid, status: 'suspended' });
		expectNoAuthToken(output);
	});
});

describe('Account → Get Many', () => {
	test('sends Status and FriendlyName as filters and outputs one item per account', async () => {
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'account',
				operation: 'getMany',
				returnAll: true,
				filters: { status: 'active', friendlyName: 'Shop' },
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path]).toEqual(['GET', '/2010-04-01/Accounts.json']);
		expect(request.query).toEqual({
			Status: ['active'],
			FriendlyName: ['Shop'],
			PageSize: ['1000'],
		});
		expect(output.map((item) => item.json.sid)).toEqual([SHOP_EAST.sid, SHOP_WEST.sid]);
		expectNoAuthToken(output);
	});

	test('lists the account and its subaccounts, never an account it does not own', async () => {
		const { output } = await twilio.run({
			parameters: { resource: 'account', operation: 'getMany', returnAll: false, limit: 100 },
		});
		const sids = output.map((item) => item.json.sid);
		expect(sids).toEqual(
			expect.arrayContaining([twilio.emulator.account.sid, SHOP_EAST.sid, ARCHIVE.sid]),
		);
		expect(sids).not.toContain(STRANGER.sid);
		expect(twilio.emulator.requests[0].query.PageSize).toEqual(['100']);
	});
});

describe('Account → Update', () => {
	const renamed = subaccount('AC00000000000000000000000000000e04', 'Old name');

	beforeAll(() => twilio.emulator.accounts.add(renamed));

	test('renames and suspends the subaccount in Options, sending lowercase Status', async () => {
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'account',
				operation: 'update',
				updateFields: { friendlyName: 'New name', status: 'suspended' },
				options: { accountSid: renamed.sid },
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path]).toEqual([
			'POST',
			`/2010-04-01/Accounts/${renamed.sid}.json`,
		]);
		expect(request.form).toEqual({ FriendlyName: ['New name'], Status: ['suspended'] });
		expect(output[0].json).toMatchObject({
			sid: renamed.sid,
			friendly_name: 'New name',
			status: 'suspended',
		});
		expect(twilio.emulator.accounts.get(renamed.sid)).toMatchObject({
			friendlyName: 'New name',
			status: 'suspended',
		});
		expectNoAuthToken(output);
	});
});

describe('Account → Create Subaccount', () => {
	test('posts FriendlyName to /Accounts.json and outputs the new subaccount without its Auth Token', async () => {
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'account',
				operation: 'createSubaccount',
				additionalFields: { friendlyName: 'Customer 42' },
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path, request.status]).toEqual([
			'POST',
			'/2010-04-01/Accounts.json',
			201,
		]);
		expect(request.form).toEqual({ FriendlyName: ['Customer 42'] });
		const created = twilio.emulator.accounts.get(output[0].json.sid as string);
		expect(created).toMatchObject({
			friendlyName: 'Customer 42',
			ownerSid: twilio.emulator.account.sid,
		});
		expect(output[0].json).toMatchObject({
			friendly_name: 'Customer 42',
			owner_account_sid: twilio.emulator.account.sid,
		});
		expectNoAuthToken(output);
	});

	test('refuses a name longer than 64 characters before sending', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'account',
				operation: 'createSubaccount',
				additionalFields: { friendlyName: 'x'.repeat(65) },
			},
		});
		expect(error?.message).toBe('Friendly Name is longer than 64 characters [item 0]');
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});

describe('Account → Get Subaccount', () => {
	test('gets the subaccount by the SID given at the top level', async () => {
		const { output, error } = await twilio.run({
			parameters: { resource: 'account', operation: 'getSubaccount', accountSid: SHOP_WEST.sid },
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['GET', `/2010-04-01/Accounts/${SHOP_WEST.sid}.json`]]);
		expect(output[0].json).toMatchObject({
			sid: SHOP_WEST.sid,
			owner_account_sid: twilio.emulator.account.sid,
		});
		expectNoAuthToken(output);
	});

	test('refuses a SID that is not an account SID, and sends nothing', async () => {
		for (const accountSid of [
			'PN0123456789abcdef0123456789abcdef',
			'AC../../Messages',
			'={{ "AC" + "1".repeat(31) }}',
		]) {
			const { error } = await twilio.run({
				parameters: { resource: 'account', operation: 'getSubaccount', accountSid },
			});
			expect(error?.message).toMatch(
				/^Subaccount SID ".*" is not a valid SID: expected AC followed by 32 hexadecimal characters \[item 0\]$/,
			);
		}
		expect(twilio.emulator.requests).toHaveLength(0);
	});

	test("an account the credential does not own is Twilio's 404", async () => {
		const { error } = await twilio.run({
			parameters: { resource: 'account', operation: 'getSubaccount', accountSid: STRANGER.sid },
		});
		expect(error?.message).toMatch(/^Twilio error 20404: /);
	});
});

describe('Account → Get Subaccounts by Friendly Name', () => {
	test('outputs every account with exactly that name', async () => {
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'account',
				operation: 'getSubaccountsByFriendlyName',
				friendlyName: 'Shop',
				returnAll: true,
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path]).toEqual(['GET', '/2010-04-01/Accounts.json']);
		expect(request.query).toEqual({ FriendlyName: ['Shop'], PageSize: ['1000'] });
		expect(output.map((item) => item.json.sid)).toEqual([SHOP_EAST.sid, SHOP_WEST.sid]);
		expectNoAuthToken(output);
	});

	test('fails the item with a clear "not found" error when no account has the name', async () => {
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'account',
				operation: 'getSubaccountsByFriendlyName',
				friendlyName: 'Nobody',
				returnAll: true,
			},
		});
		expect(output).toEqual([]);
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toBe('No account has the friendly name "Nobody" [item 0]');
	});

	test('with Continue On Fail, only the unmatched item becomes an error item', async () => {
		const { output, error } = await twilio.run({
			items: [{ name: 'Archive' }, { name: 'Nobody' }],
			continueOnFail: true,
			parameters: {
				resource: 'account',
				operation: 'getSubaccountsByFriendlyName',
				friendlyName: '={{ $json.name }}',
				returnAll: false,
				limit: 10,
			},
		});
		expect(error).toBeUndefined();
		expect(output.map((item) => [item.json.sid ?? item.json.error, item.pairedItem])).toEqual([
			[ARCHIVE.sid, { item: 0 }],
			['No account has the friendly name "Nobody" [item 1]', { item: 1 }],
		]);
	});
});

describe('Account → Transfer Phone Number', () => {
	const numbersOf = (accountSid: string) =>
		twilio.emulator.records(`/2010-04-01/Accounts/${accountSid}/IncomingPhoneNumbers`);
	const PHONE_SID = 'PN00000000000000000000000000000a01';

	beforeEach(() => {
		const uri = `/2010-04-01/Accounts/${twilio.emulator.account.sid}/IncomingPhoneNumbers`;
		twilio.emulator.store.add(
			uri,
			incomingPhoneNumberRecord(twilio.emulator.account.sid, PHONE_SID, '+14155550150', new Date()),
		);
	});

	test('posts AccountSid to the number in the source account, and the number really moves', async () => {
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'account',
				operation: 'transferPhoneNumber',
				incomingPhoneNumberSid: PHONE_SID,
				destinationAccountSid: SHOP_EAST.sid,
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path]).toEqual([
			'POST',
			`/2010-04-01/Accounts/${twilio.emulator.account.sid}/IncomingPhoneNumbers/${PHONE_SID}.json`,
		]);
		expect(request.form).toEqual({ AccountSid: [SHOP_EAST.sid] });
		expect(output[0].json).toMatchObject({
			sid: PHONE_SID,
			account_sid: SHOP_EAST.sid,
			phone_number: '+14155550150',
		});
		expect(numbersOf(twilio.emulator.account.sid)).toEqual([]);
		expect(numbersOf(SHOP_EAST.sid).map((number) => number.sid)).toEqual([PHONE_SID]);
	});

	test('moves a number between two subaccounts, the source given in Options → Account SID', async () => {
		await twilio.run({
			parameters: {
				resource: 'account',
				operation: 'transferPhoneNumber',
				incomingPhoneNumberSid: PHONE_SID,
				destinationAccountSid: SHOP_EAST.sid,
			},
		});
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'account',
				operation: 'transferPhoneNumber',
				incomingPhoneNumberSid: PHONE_SID,
				destinationAccountSid: SHOP_WEST.sid,
				options: { accountSid: SHOP_EAST.sid },
			},
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[1].path).toBe(
			`/2010-04-01/Accounts/${SHOP_EAST.sid}/IncomingPhoneNumbers/${PHONE_SID}.json`,
		);
		expect(output[0].json.account_sid).toBe(SHOP_WEST.sid);
		expect(numbersOf(SHOP_EAST.sid)).toEqual([]);
		expect(numbersOf(SHOP_WEST.sid).map((number) => number.sid)).toEqual([PHONE_SID]);
	});

	test('Twilio refuses an account the credential does not own; the number stays', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'account',
				operation: 'transferPhoneNumber',
				incomingPhoneNumberSid: PHONE_SID,
				destinationAccountSid: STRANGER.sid,
			},
		});
		expect(error?.message).toMatch(/^Twilio error 21456: /);
		expect(numbersOf(twilio.emulator.account.sid).map((number) => number.sid)).toEqual([PHONE_SID]);
	});

	test('refuses a malformed destination or number SID before sending', async () => {
		const bad = [
			{
				incomingPhoneNumberSid: PHONE_SID,
				destinationAccountSid: 'AP00000000000000000000000000000e01',
				field: 'Destination Account SID',
			},
			{
				incomingPhoneNumberSid: 'PN1',
				destinationAccountSid: SHOP_EAST.sid,
				field: 'Phone Number SID',
			},
		];
		for (const { field, ...values } of bad) {
			const { error } = await twilio.run({
				parameters: { resource: 'account', operation: 'transferPhoneNumber', ...values },
			});
			expect(error?.message).toMatch(new RegExp(`^${field} ".*" is not a valid SID`));
		}
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});
