import { measure } from './measure';

/**
 * Scenario (c), in a fresh process: require one built node module and build its description, as
 * n8n does when it loads a community package. `--with-n8n-workflow` loads n8n-workflow first, as
 * n8n has before any community node; without it, loading n8n-workflow is part of the time.
 *   node coldLoad.js <path to TwilioVerify.node.js> [--with-n8n-workflow]
 */
async function main([modulePath, ...flags]: string[]): Promise<void> {
	if (flags.includes('--with-n8n-workflow')) await import('n8n-workflow');
	const { ms, peakRssGrowth, result } = await measure(async () => {
		const module = (await import(modulePath)) as Record<
			string,
			new () => { description: { properties: unknown[] } }
		>;
		const [NodeClass] = Object.values(module);
		return new NodeClass().description.properties.length;
	});
	if (!(result > 0)) throw new Error('The node has no properties');
	process.stdout.write(`${JSON.stringify({ ms, peakRssGrowth })}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
	process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
	process.exit(1);
});
