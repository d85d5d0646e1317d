/**
 * File extensions of the content types Twilio accepts for MMS and WhatsApp media (Twilio docs:
 * "Accepted Content Types for Media") and a few more a phone sends.
 */
const EXTENSIONS: Record<string, string> = {
	'image/jpeg': 'jpg',
	'image/jpg': 'jpg',
	'image/pjpeg': 'jpg',
	'image/gif': 'gif',
	'image/png': 'png',
	'image/bmp': 'bmp',
	'image/tiff': 'tiff',
	'image/webp': 'webp',
	'image/heic': 'heic',
	'image/heif': 'heif',
	'audio/basic': 'au',
	'audio/mp4': 'm4a',
	'audio/mpeg': 'mp3',
	'audio/mp3': 'mp3',
	'audio/ogg': 'ogg',
	'audio/vnd.wave': 'wav',
	'audio/wav': 'wav',
	'audio/x-wav': 'wav',
	'audio/3gpp': '3gp',
	'audio/3gpp2': '3g2',
	'audio/ac3': 'ac3',
	'audio/aac': 'aac',
	'audio/amr': 'amr',
	'audio/amr-nb': 'amr',
	'audio/webm': 'weba',
	'video/mpeg': 'mpeg',
	'video/mp4': 'mp4',
	'video/quicktime': 'mov',
	'video/webm': 'webm',
	'video/3gpp': '3gp',
	'video/3gpp2': '3g2',
	'text/vcard': 'vcf',
	'text/x-vcard': 'vcf',
	'text/directory': 'vcf',
	'application/vcard': 'vcf',
	'text/csv': 'csv',
	'text/rtf': 'rtf',
	'text/richtext': 'rtx',
	'text/calendar': 'ics',
	'text/plain': 'txt',
	'application/pdf': 'pdf',
	'application/vnd.apple.pkpass': 'pkpass',
	'application/msword': 'doc',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
	'application/vnd.ms-excel': 'xls',
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
	'application/vnd.ms-powerpoint': 'ppt',
	'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
};

/**
 * The extension of a content type: from the table, else a plain subtype (`image/avif` → `avif`),
 * else `bin`.
 */
export function extensionOf(contentType: string): string {
	const type = contentType.split(';')[0].trim().toLowerCase();
	if (EXTENSIONS[type]) return EXTENSIONS[type];
	const subtype = type.split('/')[1]?.replace(/^x-/, '') ?? '';
	return /^[a-z0-9]{1,10}$/.test(subtype) ? subtype : 'bin';
}
