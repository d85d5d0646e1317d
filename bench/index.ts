import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { DEFAULT_ACCOUNT } from '../emulator';
import { READY_LINE } from '../emulator/cli';
import {
	formatBytes,
	formatMs,
	formatTimes,
	median,
	pairedRatio,
	percentile,
	table,
	type Row,
} from './report';
import { PRODUCTS } from '../nodes/Twilio/products/registry';
import {
	runEventStreamsBenchmark,
	type EventStreamsResults,
	type EventStreamsSettings,
} from './eventStreams';
import { runPollBenchmark, type PollResults, type PollSettings } from './poll';
import { runTriggerBenchmark, type TriggerResults, type TriggerSettings } from './trigger';
import { type Client, type EmulatorInfo, type Job, type JobResult } from './workload';

/**
 * The benchmark: runs the node through n8n-core and a bare undici client against the emulator
 * (its own process, with added latency), each measurement in a fresh process, alternating which
 * client goes first, and prints medians with their ratios and targets.
 *
 * npm run bench -- [--smoke] [--runs 5] [--latency 25] [--sends 2000] [--concurrency 10]
 * [--messages 100000]
 * [--deliveries 1000] [--in-flight 20] [--trigger-rounds 3] [--slow-media 20000]
 * [--event-batches 20] [--event-batch-size 50] [--only a,b,c,d,e,f]
 *                    [--n8n-env NAME=value …]
 *
 * --smoke runs every scenario once, small, and checks no target: it only proves the script works.
 * --only runs the named scenarios and checks their targets.
 * --n8n-env sets a variable of n8n's environment in (d) and (e), e.g.
 * N8N_CONCURRENCY_PRODUCTION_LIMIT=20
 * (repeatable).
 */
interface Settings {
	smoke: boolean;
	runs: number;
	latencyMs: number;
	sends: number;
	concurrency: number;
	messages: number;
	trigger: TriggerSettings;
	events: EventStreamsSettings;
	poll: PollSettings;
	only: Set<string>;
}

/** The `--n8n-env NAME=value` pairs, as an environment. */
function n8nEnvironment(args: string[]): Record<string, string> {
	const environment: Record<string, string> = {};
	args.forEach((arg, index) => {
		if (arg !== '--n8n-env') return;
		const [, name, value] = /^([A-Z0-9_]+)=(.*)$/.exec(args[index + 1] ?? '') ?? [];
		if (!name) throw new Error('--n8n-env needs NAME=value');
		environment[name] = value;
	});
	return environment;
}

function readSettings(args: string[]): Settings {
	const smoke = args.includes('--smoke');
	const numberAfter = (flag: string, fallback: number) => {
		const value = args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : fallback;
		if (!Number.isInteger(value) || value < 0) throw new Error(`${flag} needs a whole number`);
		return value;
	};
	return {
		smoke,
		runs: numberAfter('--runs', smoke ? 1 : 5),
		latencyMs: numberAfter('--latency', smoke ? 5 : 25),
		sends: numberAfter('--sends', smoke ? 40 : 2000),
		concurrency: numberAfter('--concurrency', 10),
		messages: numberAfter('--messages', smoke ? 3000 : 100_000),
		trigger: {
			deliveries: numberAfter('--deliveries', smoke ? 40 : 1000),
			inFlight: numberAfter('--in-flight', 20),
			rounds: numberAfter('--trigger-rounds', smoke ? 1 : 3),
			slowMediaMs: numberAfter('--slow-media', smoke ? 2000 : 20_000),
			slowDeliveries: smoke ? 4 : 20,
			n8nEnv: n8nEnvironment(args),
		},
		events: {
			batchSize: numberAfter('--event-batch-size', 50),
			batches: numberAfter('--event-batches', smoke ? 3 : 20),
			rounds: numberAfter('--trigger-rounds', smoke ? 1 : 3),
			n8nEnv: n8nEnvironment(args),
		},
		poll: {
			history: smoke ? 2000 : 50_000,
			today: smoke ? 100 : 500,
			runs: numberAfter('--runs', smoke ? 1 : 5),
			latencyMs: numberAfter('--latency', smoke ? 5 : 25),
		},
		only: new Set(
			args.includes('--only')
				? args[args.indexOf('--only') + 1].split(',')
				: ['a', 'b', 'c', 'd', 'e', 'f'],
		),
	};
}

const ROOT = path.resolve(__dirname, '../..');
const EMULATOR_CLI = path.join(__dirname, '../emulator/cli.js');
/** Each action node of the product registry, built: its name and its module. */
const BUILT_NODES = [...new Map(PRODUCTS.map(({ node }) => [node.name, node])).values()].map(
	({ displayName, folder }) => ({
		displayName,
		module: path.join(ROOT, `dist/nodes/${folder}/${folder}.node.js`),
	}),
);
/** n8n-core keeps instance settings under N8N_USER_FOLDER: a temporary one, not ~/.n8n. */
const CHILD_ENV = {
	...process.env,
	N8N_USER_FOLDER: mkdtempSync(path.join(os.tmpdir(), 'twilio-connector-bench-')),
};

const progress = (message: string) => process.stderr.write(`${message}\n`);

/** Runs a script in a fresh Node.js process and returns the JSON line it prints. */
/**
 * A built node's description as n8n serves it to the editor (JSON), and its size per operation.
 */
async function describedSize(
	module: string,
): Promise<{ bytesPerOperation: number; operations: number }> {
	const exported = (await import(module)) as Record<
		string,
		new () => { description: { properties: Array<{ name: string; options?: unknown[] }> } }
	>;
	const { description } = new (Object.values(exported)[0])();
	const operations = description.properties
		.filter((property) => property.name === 'operation')
		.reduce((count, property) => count + (property.options?.length ?? 0), 0);
	return {
		bytesPerOperation: Buffer.byteLength(JSON.stringify(description)) / operations,
		operations,
	};
}

function runScript<T>(script: string, args: string[]): Promise<T> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--expose-gc', script, ...args], {
			env: CHILD_ENV,
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code !== 0)
				return reject(new Error(`${path.basename(script)} ${args.join(' ')} exited with ${code}`));
			resolve(JSON.parse(output.trim().split('\n').pop()!) as T);
		});
	});
}

/** Starts the emulator's command line with the given latency; `stop()` ends it. */
function startEmulator(latencyMs: number): Promise<{ info: EmulatorInfo; stop(): void }> {
	return new Promise((resolve, reject) => {
		// Requests are checked against Twilio's API description; the emulator's own answers are not
		// (tests do that).
		const child = spawn(
			process.execPath,
			[EMULATOR_CLI, '--latency', String(latencyMs), '--no-answer-check'],
			{
				stdio: ['ignore', 'pipe', 'pipe'],
			},
		);
		const stop = () => void child.kill();
		process.once('exit', stop);
		child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
		child.on('error', reject);
		child.on('exit', (code) => reject(new Error(`The emulator exited with ${code}`)));
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk;
			const url = new RegExp(`${READY_LINE}(\\S+)`).exec(output)?.[1];
			if (url)
				resolve({
					info: { url, accountSid: DEFAULT_ACCOUNT.sid, authToken: DEFAULT_ACCOUNT.authToken },
					stop,
				});
		});
	});
}

/**
 * Scenario (d)'s rows: time to the TwiML answer, trigger and Webhook node in the same n8n and run.
 * ratio = median over rounds of (the trigger's median ÷ the Webhook node's median) of the same
 * round.
 */
function triggerRows(results: TriggerResults, settings: TriggerSettings): Row[] {
	const all = (rounds: number[][]) => rounds.flat();
	const medianRatio = median(
		results.trigger.map((times, round) => median(times) / median(results.webhook[round])),
	);
	const p99Ratio = median(
		results.trigger.map(
			(times, round) => percentile(times, 99) / percentile(results.webhook[round], 99),
		),
	);
	const triggerP99 = percentile(all(results.trigger), 99);
	const slowest = Math.max(...results.slowMedia);
	const what = `${settings.deliveries.toLocaleString('en-US')} signed incoming SMS × ${settings.rounds}, ${settings.inFlight} in flight`;
	const { failures } = results;
	return [
		{
			scenario: `(d) Trigger vs. Webhook + Respond to Webhook, ${what}: median time to the TwiML answer`,
			measured: formatMs(median(all(results.trigger))),
			baseline: formatMs(median(all(results.webhook))),
			ratio: formatTimes(medianRatio),
			target: { text: '≤ 1.20×', met: medianRatio <= 1.2 },
			rss: '',
		},
		{
			scenario:
				'(d) Deliveries answered with anything but the TwiML (trigger, slow media included / Webhook node)',
			measured: String(failures.trigger),
			baseline: String(failures.webhook),
			ratio: '',
			target: { text: '0 (trigger)', met: failures.trigger === 0 },
			rss: '',
		},
		{
			scenario: '(d) 99th percentile of the same',
			measured: formatMs(triggerP99),
			baseline: formatMs(percentile(all(results.webhook), 99)),
			ratio: formatTimes(p99Ratio),
			target: { text: '< 1 s (trigger)', met: triggerP99 < 1000 },
			rss: '',
		},
		{
			scenario: `(d) Download Media, storage host ${settings.slowMediaMs / 1000} s per file, ${settings.slowDeliveries} MMS × 2 files: slowest answer (median)`,
			measured: `${formatMs(slowest)} (${formatMs(median(results.slowMedia))})`,
			baseline: '',
			ratio: '',
			target: { text: '< 2 s', met: slowest < 2000 },
			rss: '',
		},
		{
			scenario: '(d) … all of their files downloaded after',
			measured: formatMs(results.slowMediaFilesMs),
			baseline: '',
			ratio: '',
			rss: '',
		},
		{
			scenario: "(d) n8n's CPU time per delivery, its execution included (median of rounds)",
			measured: results.n8nCpuMs.trigger.length
				? formatMs(median(results.n8nCpuMs.trigger))
				: 'not measured',
			baseline: results.n8nCpuMs.webhook.length ? formatMs(median(results.n8nCpuMs.webhook)) : '',
			ratio: results.n8nCpuMs.trigger.length
				? formatTimes(
						median(
							results.n8nCpuMs.trigger.map((ms, round) => ms / results.n8nCpuMs.webhook[round]),
						),
					)
				: '',
			rss: '',
		},
		{
			scenario: "(d) n8n's resident memory after each stage",
			measured: results.n8nRss
				.map(({ after, bytes }) => `${after}: ${formatBytes(bytes)}`)
				.join(', '),
			baseline: '',
			ratio: '',
			rss: '',
		},
	];
}

/**
 * Scenario (e)'s rows: time to the answer and n8n's CPU time per event, the Event Streams trigger
 * against the Webhook node in the same n8n and run (ratio: median over rounds of the same round's).
 */
function eventStreamsRows(results: EventStreamsResults, settings: EventStreamsSettings): Row[] {
	const ratio = (a: number[], b: number[]) => median(a.map((value, round) => value / b[round]));
	const medians = (rounds: number[][]) => rounds.map((times) => median(times));
	const answer = ratio(medians(results.trigger), medians(results.webhook));
	const what = `${settings.batches} signed batches of ${settings.batchSize} events × ${settings.rounds}, one at a time`;
	return [
		{
			scenario: `(e) Event Streams trigger vs. Webhook node, ${what}: median time to the answer`,
			measured: formatMs(median(results.trigger.flat())),
			baseline: formatMs(median(results.webhook.flat())),
			ratio: formatTimes(answer),
			target: { text: '< 1 s (trigger)', met: median(results.trigger.flat()) < 1000 },
			rss: '',
		},
		{
			scenario: "(e) n8n's CPU time per event, the executions included (median of rounds)",
			measured: formatMs(median(results.n8nCpuMs.trigger)),
			baseline: formatMs(median(results.n8nCpuMs.webhook)),
			ratio: formatTimes(ratio(results.n8nCpuMs.trigger, results.n8nCpuMs.webhook)),
			rss: '',
		},
		{
			scenario: '(e) Deliveries not answered 200',
			measured: String(results.failures),
			baseline: '',
			ratio: '',
			target: { text: '0', met: results.failures === 0 },
			rss: '',
		},
	];
}

/** Scenario (f)'s rows: an idle poll's requests and time against one bare request of the page. */
function pollRows(results: PollResults, settings: PollSettings): Row[] {
	const requests = Math.max(...results.requestsPerPoll);
	const account = `${settings.history.toLocaleString('en-US')} recordings of earlier days and ${settings.today} of today`;
	return [
		{
			scenario: `(f) New Recording, idle poll, ${account}: requests`,
			measured: String(requests),
			baseline: '1',
			ratio: '',
			target: { text: '≤ 2', met: requests <= 2 },
			rss: '',
		},
		{
			scenario: '(f) … its time, against one bare request of the same page (n8n-core, undici)',
			measured: formatMs(median(results.idleMs)),
			baseline: formatMs(median(results.bareMs)),
			ratio: formatTimes(median(results.idleMs.map((ms, run) => ms / results.bareMs[run]))),
			rss: '',
		},
	];
}

/** Alternates who goes first: round r starts with the r-th client. */
const rotate = <T>(values: T[], round: number) =>
	values.map((_, index) => values[(index + round) % values.length]);

async function main(settings: Settings): Promise<boolean> {
	const loadBefore = os.loadavg()[0];
	const emulator = await startEmulator(settings.latencyMs);
	/** The emulator's control endpoints: GET without a body, POST with one. */
	const control = async (name: string, body?: unknown) => {
		const response = await fetch(`${emulator.info.url}/__emulator/${name}`, {
			method: body === undefined ? 'GET' : 'POST',
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		if (!response.ok)
			throw new Error(`Emulator ${name}: HTTP ${response.status} ${await response.text()}`);
		return response.json();
	};
	/** Every request of the job must have been valid against Twilio's OpenAPI description. */
	const runJob = async (job: Omit<Job, 'emulator'>) => {
		const result = await runScript<JobResult>(path.join(__dirname, 'worker.js'), [
			JSON.stringify({ ...job, emulator: emulator.info }),
		]);
		const violations = (await control('violations')) as unknown[];
		if (violations.length)
			throw new Error(`Requests broke Twilio's API description: ${JSON.stringify(violations[0])}`);
		return result;
	};
	const results = new Map<string, JobResult[]>();
	const record = (key: string, result: JobResult) =>
		results.set(key, [...(results.get(key) ?? []), result]);
	const times = (key: string) => (results.get(key) ?? []).map((result) => result.ms);
	const cpuPerItem = (key: string, items: number) =>
		median((results.get(key) ?? []).map((result) => result.cpuMs)) / items;
	const growth = (key: string) =>
		median((results.get(key) ?? []).map((result) => result.peakRssGrowth));

	let trigger: TriggerResults | undefined;
	let events: EventStreamsResults | undefined;
	let polls: PollResults | undefined;
	const { only } = settings;
	try {
		const { runs, sends, messages } = settings;
		const sendClients: Client[] = ['node', 'minimal', 'undici', 'undici-new-connections'];
		for (const concurrency of only.has('a') ? [1, settings.concurrency] : []) {
			for (let round = 0; round < runs; round++) {
				for (const client of rotate(sendClients, round)) {
					progress(
						`(a) send ${sends}, concurrency ${concurrency}, ${client}, run ${round + 1}/${runs}`,
					);
					await control('reset', {});
					record(
						`send${concurrency}:${client}`,
						await runJob({ scenario: 'send', client, count: sends, concurrency }),
					);
				}
			}
		}

		await control('reset', {});
		if (only.has('b')) await control('seed-messages', { count: messages });
		for (let round = 0; round < (only.has('b') ? runs : 0); round++) {
			for (const client of rotate<Client>(['node', 'undici'], round)) {
				progress(`(b) get many ${messages}, ${client}, run ${round + 1}/${runs}`);
				record(
					`page:${client}`,
					await runJob({ scenario: 'page', client, count: messages, concurrency: 1 }),
				);
			}
		}

		for (let round = 0; round < (only.has('c') ? runs : 0); round++) {
			for (const { displayName, module } of BUILT_NODES) {
				for (const preload of rotate([true, false], round)) {
					progress(
						`(c) cold load of ${displayName}, ${preload ? 'with' : 'without'} n8n-workflow loaded, run ${round + 1}/${runs}`,
					);
					const flags = preload ? ['--with-n8n-workflow'] : [];
					record(
						`load:${displayName}:${preload}`,
						await runScript<JobResult>(path.join(__dirname, 'coldLoad.js'), [module, ...flags]),
					);
				}
			}
		}

		if (only.has('d')) {
			await control('reset', {});
			await control('latency', { ms: 0 });
			trigger = await runTriggerBenchmark(emulator.info, settings.trigger, progress);
			const violations = (await control('violations')) as unknown[];
			if (violations.length)
				throw new Error(
					`Requests broke Twilio's API description: ${JSON.stringify(violations[0])}`,
				);
		}
		if (only.has('e')) {
			await control('reset', {});
			await control('latency', { ms: 0 });
			events = await runEventStreamsBenchmark(emulator.info, settings.events, progress);
		}
		if (only.has('f')) polls = await runPollBenchmark(settings.poll, progress);
	} finally {
		emulator.stop();
	}

	const check = !settings.smoke;
	const c = settings.concurrency;
	const count = (n: number) => n.toLocaleString('en-US');
	const rss = (a: string, b?: string) =>
		b ? `${formatBytes(growth(a))} / ${formatBytes(growth(b))}` : formatBytes(growth(a));
	const sendRatio = (concurrency: number) =>
		pairedRatio(times(`send${concurrency}:node`), times(`send${concurrency}:undici`));
	const speedUp = (client: Client) =>
		median(times(`send1:${client}`)) / median(times(`send${c}:${client}`));
	const pageRatio = pairedRatio(times('page:node'), times('page:undici'));
	const jsonBytes = median((results.get('page:undici') ?? []).map((result) => result.bytes ?? 0));
	const memoryRatio = (client: Client) => growth(`page:${client}`) / jsonBytes;

	const rowsA: Row[] = [
		...[1, c].map((concurrency) => ({
			scenario: `(a) Message → Send, ${count(settings.sends)} items, concurrency ${concurrency}`,
			measured: formatMs(median(times(`send${concurrency}:node`))),
			baseline: formatMs(median(times(`send${concurrency}:undici`))),
			ratio: formatTimes(sendRatio(concurrency)),
			target: concurrency === 1 ? { text: '≤ 1.10×', met: sendRatio(1) <= 1.1 } : undefined,
			rss: rss(`send${concurrency}:node`, `send${concurrency}:undici`),
		})),
		...[1, c].map((concurrency) => {
			const ratio = pairedRatio(
				times(`send${concurrency}:node`),
				times(`send${concurrency}:minimal`),
			);
			return {
				scenario: `(a) The engine's own cost: Message → Send vs. a minimal n8n node (n8n's request helper, a pool of the same width), concurrency ${concurrency}`,
				measured: formatMs(median(times(`send${concurrency}:node`))),
				baseline: formatMs(median(times(`send${concurrency}:minimal`))),
				ratio: formatTimes(ratio),
				target: { text: '≤ 1.05×', met: ratio <= 1.05 },
				rss: rss(`send${concurrency}:node`, `send${concurrency}:minimal`),
			};
		}),
		{
			scenario: `(a) Speed-up of concurrency ${c} over 1`,
			measured: formatTimes(speedUp('node')),
			baseline: formatTimes(speedUp('undici')),
			ratio: '',
			target: { text: '≥ 8× (node)', met: speedUp('node') >= 8 },
			rss: '',
		},
		{
			scenario: `(a) CPU time of the client's process per item, concurrency ${c}`,
			measured: formatMs(cpuPerItem(`send${c}:node`, settings.sends)),
			baseline: formatMs(cpuPerItem(`send${c}:undici`, settings.sends)),
			ratio: formatTimes(cpuPerItem(`send${c}:node`, 1) / cpuPerItem(`send${c}:undici`, 1)),
			rss: '',
		},
		...[1, c].map((concurrency) => ({
			scenario: `(a) bare undici, a new connection per request (as n8n's helper), concurrency ${concurrency}`,
			measured: formatMs(median(times(`send${concurrency}:undici-new-connections`))),
			baseline: formatMs(median(times(`send${concurrency}:undici`))),
			ratio: formatTimes(
				pairedRatio(
					times(`send${concurrency}:undici-new-connections`),
					times(`send${concurrency}:undici`),
				),
			),
			rss: rss(`send${concurrency}:undici-new-connections`, `send${concurrency}:undici`),
		})),
	];
	const rowsB: Row[] = [
		{
			scenario: `(b) Message → Get Many, Return All, ${count(settings.messages)} messages`,
			measured: formatMs(median(times('page:node'))),
			baseline: formatMs(median(times('page:undici'))),
			ratio: formatTimes(pageRatio),
			target: { text: '≤ 1.30×', met: pageRatio <= 1.3 },
			rss: rss('page:node', 'page:undici'),
		},
		{
			scenario: `(b) Peak RSS growth ÷ JSON received (${formatBytes(jsonBytes)})`,
			measured: formatTimes(memoryRatio('node')),
			baseline: formatTimes(memoryRatio('undici')),
			ratio: '',
			target: { text: '≤ 3× (node)', met: memoryRatio('node') <= 3 },
			rss: '',
		},
	];
	const rowsC: Row[] = [];
	for (const { displayName, module } of only.has('c') ? BUILT_NODES : []) {
		const { bytesPerOperation, operations } = await describedSize(module);
		const loadMs = median(times(`load:${displayName}:true`));
		rowsC.push(
			{
				scenario: `(c) ${displayName}: cold load, require the node and build its description, n8n-workflow already loaded`,
				measured: formatMs(loadMs),
				baseline: '',
				ratio: '',
				target: { text: '≤ 50 ms', met: loadMs <= 50 },
				rss: rss(`load:${displayName}:true`),
			},
			{
				scenario: `(c) ${displayName}: its description as n8n serves it to the editor, per operation (${operations} operations)`,
				measured: `${(bytesPerOperation / 1024).toFixed(2)} KB`,
				baseline: '',
				ratio: '',
				target: { text: '≤ 4 KB', met: bytesPerOperation <= 4096 },
				rss: '',
			},
			{
				scenario: `(c) ${displayName}: cold load, n8n-workflow loaded too`,
				measured: formatMs(median(times(`load:${displayName}:false`))),
				baseline: '',
				ratio: '',
				rss: rss(`load:${displayName}:false`),
			},
		);
	}
	const rows = [
		...(only.has('a') ? rowsA : []),
		...(only.has('b') ? rowsB : []),
		...(only.has('c') ? rowsC : []),
		...(trigger ? triggerRows(trigger, settings.trigger) : []),
		...(events ? eventStreamsRows(events, settings.events) : []),
		...(polls ? pollRows(polls, settings.poll) : []),
	];
	const cpus = os.cpus();
	process.stdout.write(
		[
			`Twilio Connector benchmark${settings.smoke ? ' (smoke: small, targets not checked)' : ''}`,
			`Node.js ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, emulator latency ${settings.latencyMs} ms, ` +
				`medians of ${settings.runs} run${settings.runs === 1 ? '' : 's'}; ratio = median over runs of node ÷ undici in the same run`,
			`Load average (1 min) before: ${loadBefore.toFixed(2)}, after: ${os.loadavg()[0].toFixed(2)}: other work on the machine slows the node more than undici`,
			"Baseline: bare undici in (a), (b) and (f); n8n's own Webhook node answered by a Respond to Webhook node, in the same n8n, in (d); the Webhook node answering at once in (e)",
			...(Object.keys(settings.trigger.n8nEnv).length
				? [
						`n8n's environment in (d) and (e) adds: ${Object.entries(settings.trigger.n8nEnv)
							.map(([name, value]) => `${name}=${value}`)
							.join(' ')}`,
					]
				: []),
			'',
			table(rows, check),
			'',
		].join('\n'),
	);
	return !check || rows.every((row) => row.target?.met !== false);
}

main(readSettings(process.argv.slice(2))).then(
	(met) => {
		if (!met) progress('Some targets were not met.');
		process.exit(met ? 0 : 1);
	},
	(error: unknown) => {
		progress(String((error as Error)?.stack ?? error));
		process.exit(1);
	},
);
