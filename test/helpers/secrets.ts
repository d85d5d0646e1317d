import { format } from 'node:util';

import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import { LoggerProxy, type LogMetadata } from 'n8n-workflow';

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
		/**
		 * Every form a secret could leak in: as is, URL-encoded, base64 alone and as Basic credentials.
		 */
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

/** n8n's log levels, as its Logger service and LoggerProxy have them. */
const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;

/**
 * Records, instead of printing, everything logged while it runs: n8n's logger, the console, and
 * whatever reaches stdout or stderr directly. n8n's logger is recorded call by call, both through
 * LoggerProxy (n8n-workflow's, which n8n-core and nodes use) and through the Logger service itself
 * (which n8n-core's error reporter calls): in tests it prints nothing (test/setup/globalSetup.ts).
 */
export class LogCapture {
	readonly lines: string[] = [];
	private readonly restores: Array<() => void> = [];

	start(): void {
		const logger = Container.get(Logger);
		const record = (level: string, message: string, metadata?: LogMetadata) =>
			this.lines.push(`${level} ${message} ${format('%o', metadata ?? {})}`);
		const recording = (level: (typeof LOG_LEVELS)[number]) => {
			const log = logger[level].bind(logger);
			return (message: string, metadata?: LogMetadata) => {
				record(level, message, metadata);
				log(message, metadata);
			};
		};
		const proxied = Object.fromEntries(LOG_LEVELS.map((level) => [level, recording(level)]));
		for (const level of LOG_LEVELS) {
			// A level below n8n's configured one is a read-only no-op on the service: nothing to record
			// there.
			const own = Object.getOwnPropertyDescriptor(logger, level);
			if (own?.writable === false) continue;
			logger[level] = recording(level);
			this.restores.push(() =>
				own ? Object.defineProperty(logger, level, own) : delete logger[level],
			);
		}
		LoggerProxy.init(proxied as unknown as Parameters<typeof LoggerProxy.init>[0]);
		this.restores.push(() => LoggerProxy.init(logger));
		// Every method of Jest's consoles goes through `_log`; patched on their class, it also covers a
		// console that a library bound before this capture started.
		const consoleClass = Object.getPrototypeOf(console) as {
			_log(type: string, message: string): void;
		};
		const log = consoleClass._log;
		consoleClass._log = (_type, message) => this.lines.push(message);
		this.restores.push(() => (consoleClass._log = log));
		// A logger set to print (N8N_LOG_LEVEL) writes to `console._stdout` when there is one; under
		// Jest's workers that is the test's console buffer, otherwise process.stdout.
		const { _stdout, _stderr } = console as unknown as Record<
			string,
			NodeJS.WritableStream | undefined
		>;
		const streams = new Set(
			[process.stdout, process.stderr, _stdout, _stderr].filter((stream) => stream !== undefined),
		);
		for (const stream of streams) {
			const write = stream.write;
			stream.write = ((chunk: unknown) =>
				this.lines.push(String(chunk)) > 0) as typeof stream.write;
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
			for (const entry of value instanceof Map ? value.entries() : value.values())
				visit(entry, depth + 1);
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
		forms
			.filter((form) => text.includes(form))
			.map((form) => `"${form}" in: ${text.slice(0, 200)}`),
	);
}
