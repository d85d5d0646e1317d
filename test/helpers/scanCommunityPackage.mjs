/**
 * Runs n8n's community-package scanner (`@n8n/scan-community-package`) on two folders, as its
 * `analyzePackageByName` does once it has a package's source and tarball: `analyzePackage()` on
 * the source with `SOURCE_FILE_PATTERNS`, and on the unpacked tarball with the patterns below.
 * The scanner is an ES module that Jest cannot load, so `test/scan.test.ts` runs this file with
 * node:
 *
 *   node scanCommunityPackage.mjs <source folder> <unpacked tarball folder>
 *
 * and reads one JSON object from stdout: per leg, the scanner's verdict, the files it linted and
 * every message ESLint gave them. The scanner's verdict counts errors only; the messages also hold
 * the warnings of its rules, which the test refuses as well.
 */
import { ESLint } from 'eslint';
import {
	analyzePackage,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

/**
 * What `analyzePackageByName` lints in the published tarball (the scanner does not export them).
 */
const TARBALL_FILE_PATTERNS = ['**/*.js', 'package.json'];

const [sourceFolder, packageFolder] = process.argv.slice(2);
if (!sourceFolder || !packageFolder) {
	console.error('Usage: node scanCommunityPackage.mjs <source folder> <unpacked tarball folder>');
	process.exit(2);
}

// The scanner lints through ESLint's lintFiles and keeps only a verdict: record what it returns.
let linted = [];
const lintFiles = ESLint.prototype.lintFiles;
ESLint.prototype.lintFiles = async function (...args) {
	const results = await lintFiles.apply(this, args);
	linted.push(...results);
	return results;
};

async function leg(folder, patterns) {
	linted = [];
	const verdict = await analyzePackage(folder, patterns);
	return {
		verdict: { passed: verdict.passed, message: verdict.message, details: verdict.details },
		files: linted.map((result) => result.filePath),
		messages: linted.flatMap((result) =>
			result.messages.map((message) => ({
				file: result.filePath,
				line: message.line,
				rule: message.ruleId,
				severity: message.severity === 2 ? 'error' : 'warning',
				message: message.message,
			})),
		),
	};
}

const source = await leg(sourceFolder, SOURCE_FILE_PATTERNS);
const tarball = await leg(packageFolder, TARBALL_FILE_PATTERNS);
const patterns = { source: SOURCE_FILE_PATTERNS, tarball: TARBALL_FILE_PATTERNS };
process.stdout.write(`${JSON.stringify({ patterns, source, tarball })}\n`);
