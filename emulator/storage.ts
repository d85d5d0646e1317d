import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Twilio keeps recordings, transcription files and message media on a storage host of another
 * origin and answers a GET of the file at the API with a redirect to a short-lived pre-signed URL
 * there (Twilio Help Center, "Protect Media Access with HTTP Basic Authentication for Programmable
 * Messaging": "Requests to fetch your media will redirect you to a secure URL that is only valid
 * for 4 hours", on mms.twiliocdn.com; the media request answers 302, twilio-csharp issue #455).
 * The storage host is Amazon S3 behind that URL, and S3 refuses a request that carries an
 * `Authorization` header besides the URL's signature: 400 InvalidArgument, "Only one auth
 * mechanism allowed" (Amazon S3 API reference, "Authenticating Requests: Using Query Parameters").
 * This server plays that host: another port of 127.0.0.1, so another origin than the API.
 */

/** How long a pre-signed URL stays valid, as Twilio documents for media. */
const PRESIGNED_URL_LIFETIME_MS = 4 * 60 * 60_000;

/** One request the storage host received, for tests to assert on. */
interface StorageRequest {
	method: string;
	/** Path and query as sent. */
	url: string;
	/** Every header as received (an `authorization` here is what the host refuses). */
	headers: Record<string, string | string[] | undefined>;
	status?: number;
	receivedAt: number;
	answeredAt?: number;
}

interface StoredFile {
	contentType: string;
	body: Buffer;
}

const S3_ERROR = (code: string, message: string) =>
	`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;

export class FileStorage {
	readonly requests: StorageRequest[] = [];
	/** Extra time before every answer, as a slow storage host takes. */
	latencyMs = 0;
	private readonly files = new Map<string, StoredFile>();
	private readonly key = randomBytes(32);
	private readonly held: Array<() => void> = [];
	private holding = false;
	private server?: Server;

	static async start(): Promise<FileStorage> {
		const storage = new FileStorage();
		const server = createServer((request, response) => void storage.handle(request, response));
		server.unref();
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		storage.server = server;
		return storage;
	}

	/** Where files are served from: another origin than the API's. */
	get origin(): string {
		return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
	}

	/**
	 * Stores the bytes under a fresh key and returns a URL for them, signed and valid for
	 * {@link PRESIGNED_URL_LIFETIME_MS}, in the form of an S3 pre-signed URL.
	 */
	presign(name: string, contentType: string, body: Buffer, now = Date.now()): string {
		const path = `/${randomBytes(12).toString('hex')}/${encodeURIComponent(name)}`;
		this.files.set(path, { contentType, body });
		const expires = String(Math.floor((now + PRESIGNED_URL_LIFETIME_MS) / 1000));
		return `${this.origin}${path}?Expires=${expires}&Signature=${encodeURIComponent(this.sign(path, expires))}`;
	}

	/** Answers nothing until the returned function is called: a test sees what happens meanwhile. */
	hold(): () => void {
		this.holding = true;
		return () => {
			this.holding = false;
			for (const release of this.held.splice(0)) release();
		};
	}

	/** Requests received and not answered yet. */
	get pending(): number {
		return this.requests.filter((request) => request.answeredAt === undefined).length;
	}

	reset(): void {
		this.requests.length = 0;
		this.files.clear();
		this.latencyMs = 0;
		this.hold()();
	}

	async close(): Promise<void> {
		this.hold()();
		if (!this.server) return;
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
	}

	private sign(path: string, expires: string): string {
		return createHmac('sha256', this.key).update(`GET\n${path}\n${expires}`).digest('base64');
	}

	private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const received: StorageRequest = {
			method: request.method ?? 'GET',
			url: request.url ?? '/',
			headers: { ...request.headers },
			receivedAt: Date.now(),
		};
		this.requests.push(received);
		request.resume();
		if (this.holding) await new Promise<void>((resolve) => this.held.push(resolve));
		if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
		const { status, contentType, body } = this.answer(request);
		received.status = status;
		received.answeredAt = Date.now();
		if (response.destroyed) return;
		response.writeHead(status, {
			'Content-Type': contentType,
			'Content-Length': String(body.length),
		});
		response.end(body);
	}

	private answer(request: IncomingMessage): { status: number; contentType: string; body: Buffer } {
		const xml = (status: number, code: string, message: string) => ({
			status,
			contentType: 'application/xml',
			body: Buffer.from(S3_ERROR(code, message)),
		});
		if (request.headers.authorization !== undefined) {
			return xml(
				400,
				'InvalidArgument',
				'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified',
			);
		}
		const url = new URL(request.url ?? '/', 'http://storage');
		const expires = url.searchParams.get('Expires') ?? '';
		const signature = Buffer.from(url.searchParams.get('Signature') ?? '');
		const expected = Buffer.from(this.sign(url.pathname, expires));
		const signed = signature.length === expected.length && timingSafeEqual(signature, expected);
		if (request.method !== 'GET' || !signed) return xml(403, 'AccessDenied', 'Access Denied');
		if (Number(expires) * 1000 < Date.now()) return xml(403, 'AccessDenied', 'Request has expired');
		const file = this.files.get(url.pathname);
		if (!file) return xml(404, 'NoSuchKey', 'The specified key does not exist.');
		return { status: 200, contentType: file.contentType, body: file.body };
	}
}
