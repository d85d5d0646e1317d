import { Agent, request } from 'undici';

import { measure } from './measure';
import {
	BODY,
	customerPhone,
	FROM,
	messagesPath,
	WARM_UP_SENDS,
	type Job,
	type JobResult,
} from './workload';

/**
 * The baseline: a bare undici client doing the node's HTTP work with nothing around it. The same
 * requests, bodies and Basic authentication; answers parsed with JSON.parse and kept, as the node
 * keeps its output. `undici-new-connections` opens a connection per request, as n8n's request
 * helper does (a new http.Agent per request), to show what keep-alive is worth.
 */
export async function runUndici(job: Job): Promise<JobResult> {
	const { url, accountSid, authToken } = job.emulator;
	const dispatcher = new Agent();
	const reset = job.client === 'undici-new-connections';
	const headers = {
		authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
		accept: 'application/json',
	};
	const getJson = async (path: string, method: 'GET' | 'POST' = 'GET', form?: URLSearchParams) => {
		const response = await request(`${url}${path}`, {
			method,
			dispatcher,
			reset,
			headers: form ? { ...headers, 'content-type': 'application/x-www-form-urlencoded' } : headers,
			body: form?.toString(),
		});
		const text = await response.body.text();
		if (response.statusCode >= 400) throw new Error(`HTTP ${response.statusCode}: ${text}`);
		return { text, json: JSON.parse(text) };
	};

	if (job.scenario === 'send') {
		const send = async (n: number) => {
			const form = new URLSearchParams({ From: FROM, To: customerPhone(n), Body: BODY });
			const { json } = await getJson(messagesPath(accountSid), 'POST', form);
			if (json.to !== customerPhone(n)) throw new Error(`Message ${n} went to ${json.to}`);
			return json;
		};
		for (let n = 0; n < WARM_UP_SENDS; n++) await send(n);
		const { ms, cpuMs, peakRssGrowth, result } = await measure(async () => {
			const sent = new Array(job.count);
			let next = 0;
			const worker = async () => {
				while (next < job.count) {
					const n = next++;
					sent[n] = await send(n);
				}
			};
			await Promise.all(Array.from({ length: job.concurrency }, worker));
			return sent;
		});
		if (result.length !== job.count) throw new Error(`Sent ${result.length} of ${job.count}`);
		return { ms, cpuMs, peakRssGrowth };
	}

	const firstPage = `${messagesPath(accountSid)}?PageSize=1000`;
	await getJson(firstPage);
	let bytes = 0;
	const { ms, cpuMs, peakRssGrowth, result } = await measure(async () => {
		const records: unknown[] = [];
		for (let path: string | null = firstPage; path;) {
			const { text, json } = await getJson(path);
			bytes += Buffer.byteLength(text);
			for (const record of json.messages) records.push(record);
			path = json.next_page_uri;
		}
		return records;
	});
	if (result.length !== job.count)
		throw new Error(`Listed ${result.length} of ${job.count} messages`);
	return { ms, cpuMs, peakRssGrowth, bytes };
}
