/** The HTTP work both clients do, and the emulator they do it against. */

/** What the emulator's command line printed: where it listens and its default account. */
export interface EmulatorInfo {
	url: string;
	accountSid: string;
	authToken: string;
}

export type Client = 'node' | 'minimal' | 'undici' | 'undici-new-connections';

export interface Job {
	scenario: 'send' | 'page';
	client: Client;
	emulator: EmulatorInfo;
	/** Messages to send, or records expected in the list. */
	count: number;
	/** Requests in flight at once (send). */
	concurrency: number;
}

export interface JobResult {
	ms: number;
	/** CPU time the client's process spent on the work. */
	cpuMs: number;
	peakRssGrowth: number;
	/** Bytes of the JSON answers received (page, bare clients). */
	bytes?: number;
}

export const FROM = '+15005550006';
export const BODY = 'Your order has shipped';
/** The n-th customer's number: a valid E.164 number for any n below 10^7. */
export const customerPhone = (n: number) => `+1415${String(n).padStart(7, '0')}`;

export const messagesPath = (accountSid: string) =>
	`/2010-04-01/Accounts/${accountSid}/Messages.json`;

/** Sends warm code paths and connections before anything is timed. */
export const WARM_UP_SENDS = 20;
