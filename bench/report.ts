/** Medians, ratios and the printed table. */

export const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The p-th percentile (nearest rank) of the values. */
export const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

/** Median over rounds of a / b, each pair measured in the same round. */
export const pairedRatio = (a: number[], b: number[]) =>
	median(a.map((value, round) => value / b[round]));

export const formatMs = (ms: number) =>
	ms < 1000 ? `${ms.toFixed(ms < 10 ? 2 : 1)} ms` : `${(ms / 1000).toFixed(2)} s`;
export const formatBytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
export const formatTimes = (ratio: number) => `${ratio.toFixed(2)}×`;

/** A limit a figure must meet, and whether it did. */
interface Target {
	text: string;
	met: boolean;
}

export interface Row {
	scenario: string;
	measured: string;
	baseline: string;
	ratio: string;
	target?: Target;
	rss: string;
}

export function table(rows: Row[], checkTargets: boolean): string {
	const header = [
		'Scenario',
		'Twilio Connector',
		'baseline',
		'ratio',
		'target',
		'peak RSS growth (node / undici)',
	];
	const cells = rows.map((row) => [
		row.scenario,
		row.measured,
		row.baseline,
		row.ratio,
		row.target
			? `${row.target.text}${checkTargets ? (row.target.met ? ' ✓' : ' ✗ NOT MET') : ''}`
			: '',
		row.rss,
	]);
	const line = (values: string[]) => `| ${values.join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...cells.map(line)].join('\n');
}
