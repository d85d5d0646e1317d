import { ExecutionLifecycleHooks, LoadOptionsContext } from 'n8n-core';
import { Workflow, type INode, type IWorkflowBase } from 'n8n-workflow';

import { incomingPhoneNumberRecord } from '../../../../emulator/resources/incomingPhoneNumbers';
import { searchIncomingPhoneNumbers } from '../../../../nodes/TwilioConnector/methods/incomingPhoneNumbers';
import { expectContractClean } from '../../../helpers/contract';
import { nodeTypes, PACKAGE_NAME, testAdditionalData } from '../../../helpers/n8n';
import { startTwilio, type TwilioFixture } from '../../../helpers/twilio';

let twilio: TwilioFixture;

beforeAll(async () => {
	twilio = await startTwilio();
	// 150 numbers: more than one page of the editor's list.
	for (let index = 0; index < 150; index++) {
		const sid = `PN0123456789abcdef0123456789ab${index.toString(16).padStart(4, '0')}`;
		const record = incomingPhoneNumberRecord(twilio.emulator.account.sid, sid, `+1415555${String(index).padStart(4, '0')}`, new Date());
		if (index === 7) record.friendly_name = 'Support line';
		twilio.emulator.store.add(twilio.accountPath('/IncomingPhoneNumbers'), record);
	}
});
afterAll(async () => {
	expectContractClean(twilio.emulator);
	await twilio.emulator.close();
});

/** The list search as the editor runs it: through n8n-core's LoadOptionsContext for the trigger node. */
function search(filter?: string, paginationToken?: string) {
	const node: INode = {
		id: 'n1',
		name: 'Twilio Connector Trigger',
		type: `${PACKAGE_NAME}.twilioConnectorTrigger`,
		typeVersion: 1,
		position: [0, 0],
		parameters: { event: 'incomingMessage' },
		credentials: { twilioConnectorApi: { id: '1', name: 'Twilio (test)' } },
	};
	const workflowData = { id: 'w', name: 'w', nodes: [node], connections: {}, active: false } as unknown as IWorkflowBase;
	const workflow = new Workflow({ ...workflowData, nodeTypes });
	const hooks = new ExecutionLifecycleHooks('internal', 'load-options', workflowData);
	const context = new LoadOptionsContext(workflow, node, testAdditionalData(twilio.credentials, hooks), 'parameters.phoneNumber');
	return searchIncomingPhoneNumbers.call(context, filter, paginationToken);
}

test('lists the numbers page by page, each as its number (and friendly name) with its SID', async () => {
	const first = await search();
	expect(first.results).toHaveLength(100);
	expect(first.results[0]).toEqual({ name: '+14155550000', value: 'PN0123456789abcdef0123456789ab0000' });
	expect(first.results[7]).toEqual({ name: '+14155550007 (Support line)', value: 'PN0123456789abcdef0123456789ab0007' });
	expect(first.paginationToken).toEqual(expect.stringContaining('/IncomingPhoneNumbers.json'));

	const second = await search(undefined, first.paginationToken as string);
	expect(second.results).toHaveLength(50);
	expect(second.results.at(-1)?.name).toBe('+14155550149');
	expect(second.paginationToken).toBeUndefined();
});

test('a search of digits asks Twilio for numbers containing them; other text matches friendly names', async () => {
	twilio.emulator.requests.length = 0;
	const byDigits = await search('555 0142');
	expect(byDigits.results.map((result) => result.name)).toEqual(['+14155550142']);
	expect(twilio.emulator.requests[0].query.PhoneNumber).toEqual(['5550142']);

	const byName = await search('support');
	expect(byName.results.map((result) => result.value)).toEqual(['PN0123456789abcdef0123456789ab0007']);
});
