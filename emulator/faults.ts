import { seededRandom } from './random';

/**
 * What can go wrong with one request:
 * - `rate-limit`: 429 with Retry-After, not processed (Twilio's 20429);
 * - `unavailable` / `server-error`: 503 / 500, not processed;
 * - `drop-before`: the connection closes before the request is processed;
 * - `drop-after`: the request is processed, then the connection closes with no answer;
 * - `slow`: the answer comes after `slowMs`.
 */
export type FaultKind =
	'rate-limit' | 'unavailable' | 'server-error' | 'drop-before' | 'drop-after' | 'slow';

export interface Fault {
	kind: FaultKind;
	/** Seconds in Retry-After (rate-limit). */
	retryAfter?: number;
	/** Delay of a slow answer. */
	slowMs?: number;
}

/** Which requests a fault applies to: by method, path and query string (without `?`). */
interface FaultTarget {
	method?: string;
	path?: RegExp;
	query?: RegExp;
}

/** Random faults at given rates, drawn from a seeded generator so runs can be repeated. */
export interface FaultPlan extends FaultTarget {
	seed: number;
	rates: Partial<Record<FaultKind, number>>;
	retryAfter?: number;
	slowMs?: number;
}

/** Decides the fault, if any, of each request: queued faults first, then the random plan. */
export class FaultInjector {
	private queue: Array<Fault & FaultTarget> = [];
	private plan?: FaultPlan;
	private random: () => number = Math.random;
	/** Faults injected so far, by kind. */
	readonly counts: Partial<Record<FaultKind, number>> = {};

	/** Faults for the next matching requests, in order. */
	enqueue(...faults: Array<Fault & FaultTarget>): void {
		this.queue.push(...faults);
	}

	setPlan(plan: FaultPlan | undefined): void {
		this.plan = plan;
		this.random = plan ? seededRandom(plan.seed) : Math.random;
	}

	reset(): void {
		this.queue = [];
		this.setPlan(undefined);
		for (const kind of Object.keys(this.counts) as FaultKind[]) delete this.counts[kind];
	}

	next(method: string, path: string, query = ''): Fault | undefined {
		const matches = (target: FaultTarget) =>
			(!target.method || target.method === method) &&
			(!target.path || target.path.test(path)) &&
			(!target.query || target.query.test(query));
		const queued = this.queue.findIndex(matches);
		if (queued >= 0) return this.count(this.queue.splice(queued, 1)[0]);
		if (!this.plan || !matches(this.plan)) return undefined;
		let draw = this.random();
		for (const [kind, rate] of Object.entries(this.plan.rates) as Array<[FaultKind, number]>) {
			if (draw < rate) {
				return this.count({ kind, retryAfter: this.plan.retryAfter, slowMs: this.plan.slowMs });
			}
			draw -= rate;
		}
		return undefined;
	}

	private count(fault: Fault): Fault {
		this.counts[fault.kind] = (this.counts[fault.kind] ?? 0) + 1;
		return fault;
	}
}
