import { loadExamples, provisionDemo } from '../scripts/n8n/examples';
import { n8nWith, until, type RunningN8n } from './helpers/n8n';

/** The phone menu example's number (emulator/demo.ts). */
const MENU_NUMBER = '+14155550110';

/**
 * The phone menu example (examples/phone-menu.json), a menu of two levels in one workflow, in a
 * running n8n: the trigger takes the call and its menu input (Gather's relative action
 * `?step=menu` comes back to it), an IF node branches on the step, a Twilio TwiML node builds each
 * level's answer, and n8n's Respond to Webhook sends it.
 */
const workflow = loadExamples().find(({ id }) => id === 'twilioPhoneMenu01')!;

describe('a phone menu in a running n8n, driven by the emulator as a caller', () => {
	let running: RunningN8n;

	beforeAll(async () => {
		running = await n8nWith([workflow]);
		await provisionDemo(running.emulator.url);
		await running.start();
	});
	afterAll(() => running.stop());

	const call = (digits: string[]) =>
		fetch(`${running.emulator.url}/__emulator/incoming-call`, {
			method: 'POST',
			body: JSON.stringify({ from: '+14155552671', to: MENU_NUMBER, digits }),
		}).then(
			(response) =>
				response.json() as Promise<{ heard?: string[]; turns?: Array<{ status: number }> }>,
		);

	test.each([
		['1', 'Connecting you to sales', '+14155550181'],
		['2', 'Connecting you to support', '+14155550182'],
	])(
		'pressing %s: welcome, menu, then "%s" and the call goes to %s',
		async (digit, said, number) => {
			// The workflow serves its webhook a moment after n8n starts.
			const outcome = await until('the menu to answer', async () => {
				const answered = await call([digit]);
				return answered.turns?.[0]?.status === 200 ? answered : undefined;
			});
			expect(outcome.heard).toEqual([
				'Say: Welcome to the shop',
				'Say: Press 1 for sales, 2 for support',
				`Say: ${said}`,
				`Dial: Number ${number}`,
			]);
		},
	);
});
