import type { INodeListSearchResult, INodeProperties } from 'n8n-workflow';

import { seedStudioFlow, setContentApproval } from '../../../../emulator';
import { TwilioConnector } from '../../../../nodes/TwilioConnector/TwilioConnector.node';
import { loadOptionsContext, nodeTypeInstances } from '../../../helpers/n8n';
import { useTwilio } from '../../../helpers/twilio';

/**
 * The pickers of the products beyond the classic API, run as the editor runs them (n8n-core's
 * LoadOptionsContext) against the emulator: Message → Send's Content SID lists the templates
 * WhatsApp approved, its Messaging Service SID the account's services; Verify services and Studio
 * flows too.
 */
const twilio = useTwilio();

async function search(
	method: string,
	paginationToken?: string,
	filter?: string,
): Promise<INodeListSearchResult> {
	// The package's node whose fields offer the list.
	const type = Object.keys(nodeTypeInstances).find(
		(candidate) => nodeTypeInstances[candidate].methods?.listSearch?.[method],
	)!;
	const context = loadOptionsContext(type, {}, twilio.credentials);
	return await nodeTypeInstances[type].methods!.listSearch![method].call(
		context,
		filter,
		paginationToken,
	);
}

async function createTemplate(name: string): Promise<string> {
	const { output } = await twilio.run({
		parameters: {
			resource: 'contentTemplate',
			operation: 'create',
			language: 'en',
			types: '{"twilio/text": {"body": "Hi"}}',
			additionalFields: { friendlyName: name },
		},
	});
	return output[0].json.sid as string;
}

/** The list-search method a property of Message → Send's Additional Fields uses. */
function searchMethodOf(name: string): string | undefined {
	const { properties } = new TwilioConnector().description;
	const fields = properties.find(
		(property) =>
			property.name === 'additionalFields' &&
			property.displayOptions?.show?.operation?.includes('send') &&
			property.displayOptions.show.resource?.includes('message'),
	);
	const field = (fields?.options as INodeProperties[]).find((option) => option.name === name);
	return field?.modes?.find((mode) => mode.name === 'list')?.typeOptions?.searchListMethod;
}

test("Message → Send's Content SID lists only the templates WhatsApp approved, from the Content API", async () => {
	expect(searchMethodOf('contentSid')).toBe('searchApprovedContents');
	const approved = await createTemplate('order_shipped');
	const pending = await createTemplate('order_delayed');
	await twilio.run({
		parameters: {
			resource: 'contentTemplate',
			operation: 'submitForWhatsApp',
			contentSid: { __rl: true, mode: 'id', value: pending },
			name: 'order_delayed',
			category: 'UTILITY',
		},
	});
	setContentApproval(twilio.emulator, approved, 'approved');
	twilio.emulator.requests.length = 0;

	const { results } = await search('searchApprovedContents');
	expect(results).toEqual([{ name: 'order_shipped (en)', value: approved }]);
	expect(
		twilio.emulator.requests.map(({ path, query, product }) => [path, query, product]),
	).toEqual([['/v1/ContentAndApprovals', { PageSize: ['100'] }, 'content']]);
});

test("Message → Send's Messaging Service SID lists the account's Messaging Services, page by page through meta.next_page_url", async () => {
	expect(searchMethodOf('messagingServiceSid')).toBe('searchMessagingServices');
	const { output } = await twilio.run({
		parameters: {
			resource: 'messagingService',
			operation: 'create',
			friendlyName: 'Notifications',
			additionalFields: { usecase: 'notifications' },
		},
	});
	const [service] = twilio.emulator.records('/messaging/v1/Services');
	for (let index = 1; index <= 100; index++) {
		const sid = `MG${index.toString(16).padStart(32, '0')}`;
		twilio.emulator.store.add('/messaging/v1/Services', {
			...service,
			sid,
			friendly_name: `Service ${index}`,
			url: `https://messaging.twilio.com/v1/Services/${sid}`,
		});
	}
	const first = await search('searchMessagingServices');
	expect(first.results[0]).toEqual({
		name: 'Notifications (notifications)',
		value: output[0].json.sid,
	});
	expect(first.results).toHaveLength(100);
	expect(first.paginationToken).toMatch(/^\/v1\/Services\?PageSize=100&Page=1&PageToken=PA/);
	const second = await search('searchMessagingServices', first.paginationToken as string);
	expect(second.results).toEqual([
		{ name: 'Service 100 (notifications)', value: `MG${(100).toString(16).padStart(32, '0')}` },
	]);
	expect(second.paginationToken).toBeUndefined();
	await expect(search('searchMessagingServices', '/v2/Services?Page=1')).rejects.toThrow(
		'The list cannot continue from that page',
	);
});

test('Verify services and Studio flows are listed for their SID fields', async () => {
	const { output } = await twilio.run({
		parameters: { resource: 'verifyService', operation: 'create', friendlyName: 'Login' },
	});
	const flow = seedStudioFlow(twilio.emulator, { friendlyName: 'Reminders' });
	expect((await search('searchVerifyServices')).results).toEqual([
		{ name: 'Login (6 digits)', value: output[0].json.sid },
	]);
	expect((await search('searchStudioFlows', undefined, 'remind')).results).toEqual([
		{ name: 'Reminders (published)', value: flow.sid },
	]);
});
