import { readFileSync, writeFileSync } from 'node:fs';

/** What one measured piece of work cost. */
interface Measurement<T> {
	result: T;
	ms: number;
	/** CPU time of this process during the work (user + system). */
	cpuMs: number;
	/** Peak resident memory during the work, above what the process held just before it. */
	peakRssGrowth: number;
}

/**
 * Resets the process's peak resident memory to its current size (Linux: `clear_refs`), so the next
 * peak belongs to the work measured. Returns false where that is not possible.
 */
function resetPeakRss(): boolean {
	try {
		writeFileSync('/proc/self/clear_refs', '5');
		return true;
	} catch {
		return false;
	}
}

/**
 * Peak resident memory in bytes: since the reset (VmHWM), else over the process's life (never
 * less).
 */
function peakRss(afterReset: boolean): number {
	if (afterReset) {
		const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
		if (match) return Number(match[1]) * 1024;
	}
	return process.resourceUsage().maxRSS * 1024;
}

/** Times the work and its peak memory growth. Run under `node --expose-gc` for a settled start. */
export async function measure<T>(work: () => Promise<T>): Promise<Measurement<T>> {
	(globalThis as { gc?: () => void }).gc?.();
	const before = process.memoryUsage().rss;
	const afterReset = resetPeakRss();
	const cpuStart = process.cpuUsage();
	const start = performance.now();
	const result = await work();
	const ms = performance.now() - start;
	const cpu = process.cpuUsage(cpuStart);
	return {
		result,
		ms,
		cpuMs: (cpu.user + cpu.system) / 1000,
		peakRssGrowth: Math.max(0, peakRss(afterReset) - before),
	};
}
