/** A Twilio error answer: HTTP status plus Twilio's body `{ code, message, more_info, status }`. */
export class TwilioError extends Error {
	constructor(
		readonly status: number,
		readonly code: number,
		message: string,
	) {
		super(message);
	}

	body() {
		return {
			code: this.code,
			message: this.message,
			more_info: `https://www.twilio.com/docs/errors/${this.code}`,
			status: this.status,
		};
	}
}

export const notFound = (path: string) =>
	new TwilioError(404, 20404, `The requested resource ${path} was not found`);

export const invalidParameter = (code: number, message: string) =>
	new TwilioError(400, code, message);
