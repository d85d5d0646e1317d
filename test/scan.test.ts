import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * n8n's scanner for community packages (`@n8n/scan-community-package`), which n8n runs on a package
 * before verifying it: its own analysis, on the source and on what `npm pack` publishes.
 */

const ROOT = path.join(__dirname, '..');
const SCANNER = path.dirname(require.resolve('@n8n/scan-community-package/package.json'));
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
	n8n: { nodes: string[]; credentials: string[] };
};

interface Leg {
	verdict: { passed: boolean; message?: string; details?: string };
	files: string[];
	messages: Array<{
		file: string;
		line: number;
		rule: string | null;
		severity: string;
		message: string;
	}>;
}
interface Scan {
	patterns: { source: string[]; tarball: string[] };
	source: Leg;
	tarball: Leg;
}

const run = promisify(execFile);
let work: string;
let unpacked: string;
let scan: Scan;

beforeAll(async () => {
	// `npm test` builds before the tests; the tarball is packed from that build.
	expect(existsSync(path.join(ROOT, 'dist'))).toBe(true);
	work = mkdtempSync(path.join(tmpdir(), 'twilio-connector-scan-'));
	const { stdout: packed } = await run(
		'npm',
		['pack', '--json', '--ignore-scripts', '--pack-destination', work],
		{ cwd: ROOT },
	);
	const [{ filename }] = JSON.parse(packed) as Array<{ filename: string }>;
	unpacked = path.join(work, 'package');
	mkdirSync(unpacked);
	// Unpacked as the scanner unpacks a downloaded tarball.
	await run('tar', ['-xzf', path.join(work, filename), '-C', unpacked, '--strip-components=1']);
	// Without Jest's NODE_ENV=test, under which eslint-plugin-n8n-nodes-base takes every file for a
	// node file of each kind.
	const env = { ...process.env };
	delete env.NODE_ENV;
	const { stdout } = await run(
		process.execPath,
		[path.join(__dirname, 'helpers', 'scanCommunityPackage.mjs'), ROOT, unpacked],
		{
			env,
			maxBuffer: 64 * 1024 * 1024,
		},
	);
	scan = JSON.parse(stdout) as Scan;
}, 120_000);

afterAll(() => {
	if (work) rmSync(work, { recursive: true, force: true });
});

/** Findings as one line each, so that a failure shows them all at once. */
const findings = (leg: Leg, folder: string) =>
	leg.messages.map(
		({ file, line, rule, severity, message }) =>
			`${path.relative(folder, file)}:${line} ${severity} ${rule ?? ''}: ${message}`,
	);

test('the tarball leg lints what the scanner lints in a published package', () => {
	// analyzePackageByName passes these patterns inline; a scanner that changes them should change
	// them here too.
	const scanner = readFileSync(path.join(SCANNER, 'scanner', 'scanner.mjs'), 'utf8');
	const inline = /analyzePackage\(packageDir, (\[[^\]]*\])\)/.exec(scanner)?.[1];
	expect(inline && JSON.parse(inline.replace(/'/g, '"'))).toEqual(scan.patterns.tarball);
	expect(scan.patterns.source).toEqual(['package.json', '{nodes,credentials}/**/*.{js,ts,json}']);
});

test('the source passes the scanner with no finding', () => {
	const relative = scan.source.files.map((file) => path.relative(ROOT, file));
	const sources = [...manifest.n8n.nodes, ...manifest.n8n.credentials].map((built) =>
		built.replace(/^dist\//, '').replace(/\.js$/, '.ts'),
	);
	expect(relative).toEqual(expect.arrayContaining(['package.json', ...sources]));
	expect(
		relative.filter((file) => !/^(nodes|credentials)\//.test(file) && file !== 'package.json'),
	).toEqual([]);
	expect(findings(scan.source, ROOT)).toEqual([]);
	expect(scan.source.verdict).toEqual({ passed: true });
});

test('the published tarball passes the scanner with no finding', () => {
	const relative = scan.tarball.files.map((file) => path.relative(unpacked, file));
	expect(relative).toEqual(
		expect.arrayContaining(['package.json', ...manifest.n8n.nodes, ...manifest.n8n.credentials]),
	);
	expect(findings(scan.tarball, unpacked)).toEqual([]);
	expect(scan.tarball.verdict).toEqual({ passed: true });
});
