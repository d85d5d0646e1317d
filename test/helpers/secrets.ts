import { format } from 'node:util';

import { LoggerProxy, type Logger, type LogMetadata } from 'n8n-workflow';

import type { TwilioFixture } from './twilio';

/** Secrets no test value could contain by chance, so that any trace of them is a leak. */
export const SENTINEL_AUTH_TOKEN = 'AuthTokenSentinel7f3e9a1c5b2d4e6f';
export const SENTINEL_API_KEY_SECRET = 'ApiKeySecretSentinel0c8b6a4e2f1d3';

/**
 * Gives the fixture's account the sentinel Auth Token and API key secret, and returns a credential
 * of each kind that authenticates with them.
 */
export function useSentinelSecrets(twilio: TwilioFixture) {
	const account = twilio.emulator.account;
	account.authToken = SENTINEL_AUTH_TOKEN;
	account.apiKeys[0].secret = SENTINEL_API_KEY_SECRET;
	return {
		authToken: { ...twilio.credentials, authType: 'authToken', authToken: SENTINEL_AUTH_TOKEN },
		apiKey: {
			...twilio.credentials,
			authType: 'apiKey',
			apiKeySid: account.apiKeys[0].sid,
			apiKeySecret: SENTINEL_API_KEY_SECRET,
			authToken: '',
		},
		/** Every form a secret could leak in: as is, URL-encoded, base64 alone and as Basic credentials. */
		forms(): string[] {
			const users = [account.sid, account.apiKeys[0].sid];
			return [SENTINEL_AUTH_TOKEN, SENTINEL_API_KEY_SECRET].flatMap((secret) => [
				secret,
				encodeURIComponent(secret),
				Buffer.from(secret).toString('base64'),
				...users.map((user) => Buffer.from(`${user}:${secret}`).toString('base64')),
			]);
		},
	};
}

/**
 * Records, instead of printing, everything logged while it runs: n8n's LoggerProxy, the console,
 * and whatever reaches stdout or stderr directly (n8n's own logger writes there).
 */
export class LogCapture {
	readonly lines: string[] = [];
	private readonly restores: Array<() => void> = [];

	start(): void {
		// n8n's logger installs itself in LoggerProxy when first used: record in front of whichever logger is installed.
		const proxy = LoggerProxy as unknown as { init(logger: Logger): void };
		const install = proxy.init;
		const recording = (logger: Logger) => {
			const level = (name: keyof Logger) => (message: string, metadata?: LogMetadata) => {
				this.lines.push(`${name} ${message} ${format('%o', metadata ?? {})}`);
				logger[name](message, metadata);
			};
			install({ error: level('error'), warn: level('warn'), info: level('info'), debug: level('debug') });
		};
		proxy.init = recording;
		recording({ error: () => {}, warn: () => {}, info: () => {}, debug: () => {} });
		this.restores.push(() => (proxy.init = install));
		// Every method of Jest's consoles goes through `_log`; patched on their class, it also covers a
		// console that a library bound before this capture started.
		const consoleClass = Object.getPrototypeOf(console) as { _log(type: string, message: string): void };
		const log = consoleClass._log;
		consoleClass._log = (_type, message) => this.lines.push(message);
		this.restores.push(() => (consoleClass._log = log));
		// n8n's logger (winston) writes to `console._stdout` when there is one; under Jest's workers that is
		// the test's console buffer, otherwise process.stdout.
		const { _stdout, _stderr } = console as unknown as Record<string, NodeJS.WritableStream | undefined>;
		const streams = new Set([process.stdout, process.stderr, _stdout, _stderr].filter((stream) => stream !== undefined));
		for (const stream of streams) {
			const write = stream.write;
			stream.write = ((chunk: unknown) => this.lines.push(String(chunk)) > 0) as typeof stream.write;
			this.restores.push(() => (stream.write = write));
		}
	}

	stop(): void {
		for (const restore of this.restores.splice(0)) restore();
	}
}

/**
 * Every string reachable from a value: own properties of objects and errors, enumerable or not
 * (message, stack, description, cause, context…), arrays, maps and sets.
 */
export function reachableStrings(root: unknown): string[] {
	const strings: string[] = [];
	const seen = new Set<unknown>();
	const visit = (value: unknown, depth: number) => {
		if (typeof value === 'string') return void strings.push(value);
		if (value === null || typeof value !== 'object' || seen.has(value) || depth > 40) return;
		seen.add(value);
		if (Buffer.isBuffer(value)) return void strings.push(value.toString('utf8'));
		if (value instanceof Map || value instanceof Set) {
			for (const entry of value instanceof Map ? value.entries() : value.values()) visit(entry, depth + 1);
			return;
		}
		for (const key of Object.getOwnPropertyNames(value)) {
			strings.push(key);
			let property: unknown;
			try {
				property = (value as Record<string, unknown>)[key];
			} catch {
				continue;
			}
			visit(property, depth + 1);
		}
	};
	visit(root, 0);
	return strings;
}

/** The secret forms found in any of the texts, each with where it was seen. */
export function leaks(texts: string[], forms: string[]): string[] {
	return texts.flatMap((text) =>
		forms.filter((form) => text.includes(form)).map((form) => `"${form}" in: ${text.slice(0, 200)}`),
	);
}
