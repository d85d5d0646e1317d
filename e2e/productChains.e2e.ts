import { seedProductRecord, TwilioEmulator } from '../emulator';
import { emulatorCredential } from '../scripts/n8n/examples';
import type { N8n } from '../scripts/n8n/instance';
import { expectContractClean } from '../test/helpers/contract';
import { newN8n, nodeOutput } from './helpers/n8n';
import { storeMedia } from '../emulator/mediaContent';
import {
	alertChain,
	CONVERSATION_MEDIA_SID,
	conversationChain,
	transcriptChain,
} from './workflows/productChains';

/**
 * Voice Intelligence, Conversations and Monitor in the real n8n, each as a chain a user would
 * build: every step reads the one before it, and the last one's output is what Twilio made.
 */
describe('the product nodes in chains, run by n8n execute', () => {
	let emulator: TwilioEmulator;
	let n8n: N8n;

	beforeAll(async () => {
		emulator = await TwilioEmulator.start();
		seedProductRecord(emulator, 'monitor', '/v1/Alerts/{Sid}', {}, { error_code: '11200' });
		// The file the chain's message carries, on the default Conversation Service.
		const { default_chat_service_sid } = emulator.perform(
			'conversations',
			'GET',
			'/v1/Configuration',
			{},
		);
		storeMedia(emulator.store, {
			accountSid: emulator.account.sid,
			serviceSid: String(default_chat_service_sid),
			sid: CONVERSATION_MEDIA_SID,
			contentType: 'image/png',
			body: Buffer.from('a picture'),
			filename: 'parcel.png',
			now: new Date(),
		});
		n8n = await newN8n();
		await n8n.importCredentials([emulatorCredential(emulator.url, emulator.account)]);
		await n8n.importWorkflows([transcriptChain, conversationChain, alertChain]);
	});

	afterAll(async () => {
		expectContractClean(emulator);
		await emulator.close();
	});

	test('a recording → a transcript, read until completed → its sentences', async () => {
		const { run } = await n8n.execute(transcriptChain.id);
		expect(run.status).toBe('success');
		const states = ['Queued', 'In Progress', 'Completed'].map(
			(state) => nodeOutput(run, `Get (${state})`)[0].status,
		);
		expect(states).toEqual(['queued', 'in-progress', 'completed']);
		const sentences = nodeOutput(run, 'Sentences');
		expect(sentences.map((sentence) => sentence.sentence_index)).toEqual([0, 1]);
	});

	test('a conversation → an SMS participant → a message with a file → the file → the messages, listed', async () => {
		const { run } = await n8n.execute(conversationChain.id);
		expect(run.status).toBe('success');
		const [withFile] = run.data.resultData.runData['Message File'][0].data!.main[0]!;
		expect(withFile.binary?.media_0).toMatchObject({
			fileName: 'parcel.png',
			mimeType: 'image/png',
		});
		expect(emulator.fileHost.requests.map(({ headers }) => headers.authorization)).toEqual([
			undefined,
		]);
		const [participant] = nodeOutput(run, 'Participant');
		expect(participant.messaging_binding).toMatchObject({ type: 'sms', address: '+14155552671' });
		const messages = nodeOutput(run, 'Messages');
		expect(messages.map((message) => message.body)).toEqual(['Your order has shipped']);
		expect(messages[0].conversation_sid).toBe(nodeOutput(run, 'Conversation')[0].sid);
	});

	test("the account's latest alert → the alert itself", async () => {
		const { run } = await n8n.execute(alertChain.id);
		expect(run.status).toBe('success');
		expect(nodeOutput(run, 'Alert')[0]).toMatchObject({ error_code: '11200' });
	});
});
