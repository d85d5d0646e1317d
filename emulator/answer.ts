/** What the emulator sends back for one request. */
export interface Answer {
	status: number;
	contentType: string;
	body: string | Buffer;
	headers?: Record<string, string>;
}

export function json(status: number, body: unknown): Answer {
	return {
		status,
		contentType: 'application/json; charset=utf-8',
		body: status === 204 ? '' : JSON.stringify(body),
	};
}

/** A 200 answer that is not JSON: audio, plain text, XML. */
export function file(contentType: string, body: string | Buffer): Answer {
	return { status: 200, contentType, body };
}

/**
 * A redirect with an empty body, as Twilio answers a GET of a stored file (recording audio,
 * transcription text, message media): the file itself is at `location`, on the storage host.
 */
export function redirect(status: 302 | 307, location: string): Answer {
	return {
		status,
		contentType: 'text/plain; charset=utf-8',
		body: '',
		headers: { Location: location },
	};
}
