import { sleep } from 'n8n-workflow';

/**
 * Runs `run(0)`, `run(1)`, … with at most `limit` running at once, starting them in index order.
 * After a result for which `stopAfter` is true, nothing new starts, and the call still waits for
 * those already running: nothing it started outlives it. `run` must not reject.
 * Returns the results by index; an index that never started has none.
 */
export async function runConcurrently<T>(
	count: number,
	limit: number,
	run: (index: number) => Promise<T>,
	stopAfter: (result: T) => boolean,
): Promise<Array<T | undefined>> {
	const results = new Array<T | undefined>(count);
	let next = 0;
	let stopped = false;
	const worker = async () => {
		for (;;) {
			// Let network work that is waiting (connections opening, answers arriving) run before the
			// next item's preparation takes the CPU; otherwise a round of items goes out in one burst
			// and every request of it waits for the whole round's preparation.
			if (limit > 1) await sleep(0);
			if (stopped || next >= count) return;
			const index = next++;
			const result = await run(index);
			results[index] = result;
			if (stopAfter(result)) stopped = true;
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, count)) }, worker));
	return results;
}
