import { extensionOf } from '../../../../nodes/Twilio/transport/fileTypes';
import { twilioMediaPath } from '../../../../nodes/Twilio/trigger/media';

const PATH =
	'/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/MM0123456789abcdef0123456789abcdef/Media/ME0123456789abcdef0123456789abcdef';

test("only media files of Twilio's API, at Twilio over https or at the credential's base URL, get the credential", () => {
	expect(twilioMediaPath(`https://api.twilio.com${PATH}`, 'https://api.twilio.com')).toBe(PATH);
	expect(
		twilioMediaPath(`https://api.twilio.com${PATH}`, 'https://api.dublin.ie1.twilio.com'),
	).toBe(PATH);
	expect(twilioMediaPath(`http://127.0.0.1:4010${PATH}`, 'http://127.0.0.1:4010')).toBe(PATH);

	expect(twilioMediaPath(`http://api.twilio.com${PATH}`, 'https://api.twilio.com')).toBeUndefined();
	expect(
		twilioMediaPath(`https://api.twilio.com.evil.example${PATH}`, 'https://api.twilio.com'),
	).toBeUndefined();
	expect(twilioMediaPath(`https://evil.example${PATH}`, 'https://api.twilio.com')).toBeUndefined();
	expect(
		twilioMediaPath(`https://api.twilio.com${PATH}?redirect=x`, 'https://api.twilio.com'),
	).toBeUndefined();
	expect(
		twilioMediaPath('https://api.twilio.com/2010-04-01/Accounts.json', 'https://api.twilio.com'),
	).toBeUndefined();
	expect(twilioMediaPath('not a url', 'https://api.twilio.com')).toBeUndefined();
});

test("an MMS file's extension comes from its content type", () => {
	expect(
		[
			'image/jpeg',
			'image/png',
			'image/gif',
			'text/vcard',
			'text/x-vcard',
			'audio/mpeg',
			'video/mp4',
			'application/pdf',
			'IMAGE/JPEG; charset=binary',
		].map(extensionOf),
	).toEqual(['jpg', 'png', 'gif', 'vcf', 'vcf', 'mp3', 'mp4', 'pdf', 'jpg']);
	// A type the table does not know gives its plain subtype, else `bin`.
	expect(
		['image/avif', 'application/x-foo', 'application/vnd.weird+json', '', 'nonsense'].map(
			extensionOf,
		),
	).toEqual(['avif', 'foo', 'bin', 'bin', 'bin']);
});
