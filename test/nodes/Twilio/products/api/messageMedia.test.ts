import { seedRecord } from '../../../../../emulator';
import { mediaRecord } from '../../../../../emulator/products/api/behaviours/messageMedia';
import { fileHostRequests } from '../../../../helpers/fileHost';
import { useTwilio } from '../../../../helpers/twilio';

const twilio = useTwilio();

const MESSAGE = 'MM0123456789abcdef0123456789abcdef';
const MEDIA = 'ME0123456789abcdef0123456789abcdef';
const jpeg = Buffer.from('ffd8ffe000104a46494600010100000100010000ffdb', 'hex');

/** A media file of a message the account received (Twilio has no media of a message it lacks). */
function addMedia(contentType = 'image/jpeg', content = jpeg) {
	seedRecord(twilio.emulator, '/Accounts/{AccountSid}/Messages/{Sid}.json', { Sid: MESSAGE });
	return twilio.emulator.store.add(
		twilio.accountPath(`/Messages/${MESSAGE}/Media`),
		mediaRecord(twilio.emulator.account.sid, MESSAGE, MEDIA, contentType, content),
	);
}

describe('Message Media → Get', () => {
	test("gives the media file's details, and no file unless asked", async () => {
		addMedia();
		const { output, error } = await twilio.run({
			parameters: { resource: 'messageMedia', operation: 'get', messageSid: MESSAGE, sid: MEDIA },
		});
		expect(error).toBeUndefined();
		expect(output[0].json).toMatchObject({
			sid: MEDIA,
			parent_sid: MESSAGE,
			content_type: 'image/jpeg',
		});
		expect(output[0].binary).toBeUndefined();
		expect(twilio.emulator.requests.map((request) => request.path)).toEqual([
			twilio.accountPath(`/Messages/${MESSAGE}/Media/${MEDIA}.json`),
		]);
	});

	test('with Details and File, adds the file as binary data named after its SID and type, fetched from the storage host without the credential', async () => {
		addMedia();
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'messageMedia',
				operation: 'get',
				messageSid: MESSAGE,
				sid: MEDIA,
				additionalFields: { download: 'file' },
			},
		});
		expect(error).toBeUndefined();
		const data = output[0].binary!.data;
		expect(data).toMatchObject({ fileName: `${MEDIA}.jpg`, mimeType: 'image/jpeg' });
		expect(Buffer.from(data.data, 'base64')).toEqual(jpeg);
		expect(twilio.emulator.requests.map((request) => request.path)).toEqual([
			twilio.accountPath(`/Messages/${MESSAGE}/Media/${MEDIA}.json`),
			twilio.accountPath(`/Messages/${MESSAGE}/Media/${MEDIA}`),
		]);
		expect(fileHostRequests(twilio.emulator, twilio.credentials)).toEqual([
			{ status: 200, authorization: false, secret: false },
		]);
	});

	test('a vCard is named .vcf', async () => {
		addMedia('text/vcard', Buffer.from('BEGIN:VCARD\nEND:VCARD\n'));
		const { output } = await twilio.run({
			parameters: {
				resource: 'messageMedia',
				operation: 'get',
				messageSid: MESSAGE,
				sid: MEDIA,
				additionalFields: { download: 'file' },
			},
		});
		expect(output[0].binary!.data.fileName).toBe(`${MEDIA}.vcf`);
	});
});
