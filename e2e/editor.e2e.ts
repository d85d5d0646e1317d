import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import type { INodeProperties } from 'n8n-workflow';
import {
	chromium,
	selectors,
	type Browser,
	type BrowserContext,
	type Locator,
	type Page,
} from 'playwright-core';

import { DEMO, seedDemo, TwilioEmulator } from '../emulator';
import { TwilioConnector } from '../nodes/TwilioConnector/TwilioConnector.node';
import { TwilioConnectorTrigger } from '../nodes/TwilioConnector/TwilioConnectorTrigger.node';
import { catalog } from '../nodes/Twilio/products';
import { triggerEvents } from '../nodes/Twilio/trigger/events';
import { expectContractClean } from '../test/helpers/contract';
import { DEMO_NUMBER, emulatorCredential, loadExamples } from '../scripts/n8n/examples';
import type { N8n } from '../scripts/n8n/instance';
import { createOwner, DEMO_OWNER } from '../scripts/n8n/owner';
import { PACKAGE_ROOT } from '../scripts/n8n/package';
import type { ManagedProcess } from '../scripts/n8n/processes';
import { newN8n, until } from './helpers/n8n';

const resources = catalog('twilioConnector');

/** Debian's Chromium (`apt-get install chromium`), headless. */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** README.md shows the screenshots this test takes. */
const SCREENSHOTS = path.join(PACKAGE_ROOT, 'docs', 'screenshots');

/**
 * The account's numbers, as `npm start`'s emulator holds them and the editor should list them: the
 * auto-reply's, free ones, then the phone menu's.
 */
const LISTED = DEMO.numbers.map(
	({ phoneNumber, friendlyName }) => `${phoneNumber} (${friendlyName})`,
);
/** The published example that takes the first number, as `npm start` publishes it. */
const AUTO_REPLY = 'twilioAutoReply01';

// n8n marks its controls with data-test-id.
selectors.setTestIdAttribute('data-test-id');

const action = new TwilioConnector().description;
const trigger = new TwilioConnectorTrigger().description;

/**
 * n8n's nodes panel has one entry for the action node and its trigger, and shows the trigger's
 * description there.
 */
const PACKAGE_ENTRY = trigger.description!;

/** The example whose From the editor should show in its own mode, and the node that has it. */
const EXAMPLE = { id: 'twilioSmsToAList', node: 'Text each customer' };

/** A property of the action node for Message → Send, such as From. */
const messageSendProperty = (name: string): INodeProperties =>
	action.properties.find(
		(property) =>
			property.name === name &&
			property.displayOptions?.show?.resource?.includes('message') &&
			property.displayOptions?.show?.operation?.includes('send'),
	)!;

/**
 * The label n8n shows for a resource locator's mode: its own for From List, By ID and By URL, else
 * the mode's name.
 */
const modeLabel = (mode: { name: string; displayName: string }) =>
	({ list: 'From list', id: 'By ID', url: 'By URL' })[mode.name] ?? mode.displayName;

/**
 * Whether any text in the element is cut off (shown with an ellipsis, or clipped) rather than shown
 * whole.
 */
const isCutOff = (locator: Locator) =>
	locator.evaluate((element) =>
		[element, ...element.querySelectorAll('*')].some(
			(part) =>
				[...part.childNodes].some(
					(child) => child.nodeType === 3 /* a text node */ && child.textContent!.trim() !== '',
				) &&
				(part.scrollWidth > part.clientWidth + 1 || part.scrollHeight > part.clientHeight + 1),
		),
	);

/**
 * A new n8n, with the packed package and a credential for the emulator, set up and opened as its
 * owner would.
 */
describe('the package in the n8n editor, in Chromium', () => {
	let emulator: TwilioEmulator;
	let n8n: N8n;
	let server: ManagedProcess | undefined;
	let browser: Browser | undefined;
	let context: BrowserContext;
	let page: Page;
	let requestsBeforeTests = 0;

	beforeAll(async () => {
		if (!existsSync(CHROMIUM))
			throw new Error(`No browser at ${CHROMIUM}: apt-get install chromium (.ci/run does)`);
		emulator = await TwilioEmulator.start();
		seedDemo(emulator);
		n8n = await newN8n();
		await n8n.importCredentials([emulatorCredential(emulator.url, emulator.account)]);
		await n8n.importWorkflows(
			loadExamples().filter((workflow) => [EXAMPLE.id, AUTO_REPLY].includes(workflow.id)),
		);
		// As npm start does: the auto-reply is published, and takes its number when n8n starts.
		await n8n.publish(AUTO_REPLY);
		server = await n8n.start();
		await until('the auto-reply to take its number', () =>
			numberRecord(DEMO_NUMBER).sms_url ? true : undefined,
		);
		requestsBeforeTests = emulator.requests.length;
		await createOwner(n8n.localUrl);
		await mkdir(SCREENSHOTS, { recursive: true });

		browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
		context = await browser.newContext({
			viewport: { width: 1440, height: 900 },
			baseURL: n8n.localUrl,
		});
		const login = await context.request.post('/rest/login', {
			data: { emailOrLdapLoginId: DEMO_OWNER.email, password: DEMO_OWNER.password },
		});
		expect(login.status()).toBe(200);
		page = await context.newPage();
		await page.goto('/workflow/new');
	});

	afterAll(async () => {
		await browser?.close();
		await server?.stop();
		expectContractClean(emulator);
		await emulator.close();
	});

	/**
	 * A screenshot with the pointer parked in a corner, so that no hover effect differs from run to
	 * run.
	 */
	async function screenshot(name: string): Promise<void> {
		await page.mouse.move(1, 1);
		await page.screenshot({ path: path.join(SCREENSHOTS, name), animations: 'disabled' });
	}
	const itemNamed = (name: string) =>
		page.getByTestId('node-creator-item-name').getByText(name, { exact: true });

	/**
	 * Opens the nodes panel with the button, searches "Twilio Connector", checks that the package's
	 * one entry describes the package, whole, and opens the entry.
	 */
	async function openPackage(button: string, screenshotName?: string): Promise<void> {
		await page.getByTestId(button).last().click();
		await page.getByTestId('node-creator-search-bar').fill('Twilio Connector');
		await itemNamed('Twilio Connector').waitFor();
		const entries = page
			.getByTestId('item-iterator-item')
			.filter({ has: itemNamed('Twilio Connector') });
		await expect(entries.count()).resolves.toBe(1);
		const description = entries.getByTestId('node-creator-item-description');
		await expect(description.innerText()).resolves.toBe(PACKAGE_ENTRY);
		// It says what the action node does ("Send messages, make calls…") and what the trigger does.
		expect(PACKAGE_ENTRY).toContain(action.description.split(' and ')[0]);
		expect(PACKAGE_ENTRY).toMatch(/start workflows on incoming messages, calls and status changes/);
		await expect(isCutOff(description)).resolves.toBe(false);
		if (screenshotName) await screenshot(screenshotName);
		await itemNamed('Twilio Connector').click();
	}

	/**
	 * The mode box of a resource locator: the label of the chosen mode (or, when none is, the grey
	 * placeholder n8n shows instead), and whether the label is cut off: wider than the box by more
	 * than the pixel of rounding that n8n's own "From list" shows in it.
	 */
	async function modeShown(
		on: Page,
		parameter: string,
	): Promise<{ label: string; cutOff: boolean }> {
		const input = on
			.getByTestId(`resource-locator-${parameter}`)
			.getByTestId('rlc-mode-selector')
			.locator('input');
		return input.evaluate((element) => {
			const box = element as unknown as {
				value: string;
				placeholder: string;
				scrollWidth: number;
				clientWidth: number;
			};
			return {
				label: box.value || `placeholder: ${box.placeholder}`,
				cutOff: box.scrollWidth > box.clientWidth + 1,
			};
		});
	}

	/** Chooses each of a resource locator's modes in turn and returns what its mode box shows. */
	async function everyModeShown(
		parameter: INodeProperties,
	): Promise<Array<{ label: string; cutOff: boolean }>> {
		const shown = [];
		for (const mode of parameter.modes!) {
			await page
				.getByTestId(`resource-locator-${parameter.name}`)
				.getByTestId('rlc-mode-selector')
				.click();
			await page.locator(`[data-test-id="mode-${mode.name}"]:visible`).click();
			shown.push(await modeShown(page, parameter.name));
		}
		return shown;
	}

	/**
	 * The labels of the parameters the node's panel shows (without the Fixed/Expression switch beside
	 * some).
	 */
	async function parameterLabels(): Promise<string[]> {
		const labels = page
			.getByTestId('ndv')
			.getByTestId('node-parameters')
			.locator('[data-test-id="parameter-item"] label');
		await labels.first().waitFor();
		return (await labels.allInnerTexts())
			.map((label) => label.split('\n')[0].trim())
			.filter(Boolean);
	}

	/** Opens a resource locator's list and returns its entries once they have loaded. */
	async function openList(parameter: string): Promise<string[]> {
		await page.getByTestId(`resource-locator-${parameter}`).getByTestId('rlc-input').click();
		const entries = page.getByTestId('rlc-item');
		await entries.first().waitFor();
		return (await entries.allInnerTexts()).map((entry) => entry.trim());
	}

	function numberRecord(phoneNumber: string) {
		return emulator
			.records(`/2010-04-01/Accounts/${emulator.account.sid}/IncomingPhoneNumbers`)
			.find((record) => record.phone_number === phoneNumber)!;
	}

	/**
	 * The editor's number lists (the auto-reply's activation, before the tests, looked its number up
	 * too).
	 */
	const numberListRequests = () =>
		emulator.requests
			.slice(requestsBeforeTests)
			.filter(
				(request) =>
					request.method === 'GET' && request.path.endsWith('/IncomingPhoneNumbers.json'),
			);

	test("the trigger: found in the nodes panel, added, and its number picked from the account's list", async () => {
		await openPackage('node-creator-plus-button', 'nodes-panel.png');
		await page
			.getByTestId('node-creator-category-item')
			.getByText(`Triggers (${triggerEvents.length})`)
			.waitFor();
		await itemNamed('On incoming message').click();

		expect(await parameterLabels()).toEqual(
			expect.arrayContaining([
				'Credential',
				'Event',
				'Webhook Setup',
				'Phone Number',
				'Respond',
				'Reply Text',
			]),
		);
		expect(await openList('phoneNumber')).toEqual(LISTED);
		expect(numberListRequests()).toHaveLength(1);
		await screenshot('trigger.png');

		await page.getByTestId('rlc-item').getByText(LISTED[0], { exact: true }).click();
		await expect(
			page.getByTestId('resource-locator-phoneNumber').getByTestId('rlc-input').inputValue(),
		).resolves.toBe(LISTED[0]);

		// Each mode's label fits the mode box.
		const phoneNumber = trigger.properties.find((property) => property.name === 'phoneNumber')!;
		expect(await everyModeShown(phoneNumber)).toEqual(
			phoneNumber.modes!.map((mode) => ({ label: modeLabel(mode), cutOff: false })),
		);
		await page.getByTestId('ndv-close-button').click();
	});

	/** Picks an entry of a resource locator's list, in its From List mode. */
	async function pickFromList(parameter: string, entry: string): Promise<void> {
		await page
			.getByTestId(`resource-locator-${parameter}`)
			.getByTestId('rlc-mode-selector')
			.click();
		await page.locator('[data-test-id="mode-list"]:visible').click();
		await openList(parameter);
		await page.getByTestId('rlc-item').getByText(entry, { exact: true }).click();
	}

	test("a trigger's test listening while the auto-reply is published: a free number is taken; the auto-reply's is refused with its URL and what frees it", async () => {
		const close = page.getByTestId('ndv-close-button');
		if (await close.isVisible()) await close.click();
		await page
			.locator('[data-test-id="canvas-node"][data-node-name="Twilio Connector Trigger"]')
			.dblclick();
		const free = DEMO.numbers[1];
		await pickFromList('phoneNumber', LISTED[1]);
		await page.getByTestId('node-execute-button').click();
		const testUrl = await until('the free number to point at the test URL', () => {
			const url = String(numberRecord(free.phoneNumber).sms_url ?? '');
			return url.includes('/webhook-test/') ? url : undefined;
		});
		expect(testUrl.startsWith(n8n.url)).toBe(true);
		// Listening ends (n8n deregisters the test webhook), and the number gets its earlier URL back.
		await page.getByRole('button', { name: 'Stop Listening' }).first().click();
		await until('the free number to be given back', () =>
			numberRecord(free.phoneNumber).sms_url === '' ? true : undefined,
		);

		await pickFromList('phoneNumber', LISTED[0]);
		await page.getByTestId('node-execute-button').click();
		const toast = page.locator('.el-notification').filter({ hasText: DEMO_NUMBER });
		await toast.waitFor();
		const productionUrl = String(numberRecord(DEMO_NUMBER).sms_url);
		expect(productionUrl).toContain('/webhook/');
		await expect(toast.innerText()).resolves.toContain(
			`${DEMO_NUMBER} already sends "A message comes in" to another workflow of this n8n (${productionUrl}): deactivate that workflow to free the number, or pick another number`,
		);
		await screenshot('trigger-number-taken.png');
		// An error toast stays until closed: later screenshots must not show it.
		await toast.locator('.el-notification__closeBtn').click();
		await toast.waitFor({ state: 'detached' });
		await page.getByTestId('ndv-close-button').click();
	});

	test.each([
		['sms', ['Twilio Connector', 'Twilio Messaging']],
		['whatsapp', ['Twilio Connector', 'Twilio Content']],
		['verify', ['Twilio Verify']],
		['lookup', ['Twilio Lookup']],
		['call', ['Twilio Connector']],
		['otp', ['Twilio Verify']],
	])('the nodes panel finds the package for "%s"', async (search, expected) => {
		const close = page.getByTestId('ndv-close-button');
		if (await close.isVisible()) await close.click();
		await page.getByTestId('node-creator-plus-button').last().click();
		await page.getByTestId('node-creator-search-bar').fill(search);
		await itemNamed(expected[0]).waitFor();
		const found = (await page.getByTestId('node-creator-item-name').allInnerTexts()).map((name) =>
			name.trim(),
		);
		expect(found).toEqual(expect.arrayContaining(expected));
		await page.keyboard.press('Escape');
	});

	test("the action: Message → Send shows its fields, and From lists the account's numbers", async () => {
		const close = page.getByTestId('ndv-close-button');
		if (await close.isVisible()) await close.click();
		await openPackage('canvas-handle-plus');
		const operations = resources.reduce((count, resource) => count + resource.operations.length, 0);
		await page
			.getByTestId('node-creator-category-item')
			.getByText(`Actions (${operations})`)
			.waitFor();
		await itemNamed('Send a message').waitFor();
		await screenshot('actions.png');
		await itemNamed('Send a message').click();

		expect(await parameterLabels()).toEqual(
			expect.arrayContaining([
				'Credential',
				'Resource',
				'Operation',
				'From',
				'To',
				'Body',
				'Additional Fields',
				'Options',
			]),
		);
		await expect(
			page.getByTestId('parameter-input-resource').locator('input').inputValue(),
		).resolves.toBe('Message');
		await expect(
			page.getByTestId('parameter-input-operation').locator('input').inputValue(),
		).resolves.toBe('Send');
		await screenshot('message-send.png');
		const listsBefore = numberListRequests().length;
		expect(await openList('from')).toEqual(LISTED);
		expect(numberListRequests()).toHaveLength(listsBefore + 1);
		await page.keyboard.press('Escape');

		const from = messageSendProperty('from');
		expect(await everyModeShown(from)).toEqual(
			from.modes!.map((mode) => ({ label: modeLabel(mode), cutOff: false })),
		);
	});

	/**
	 * Picks an option of one of the node's choices (Resource, Operation…) the way a user does: open
	 * it, type, click.
	 */
	async function choose(parameter: string, option: string): Promise<void> {
		const input = page.getByTestId(`parameter-input-${parameter}`).locator('input');
		await input.click();
		await input.fill(option);
		await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click();
		await expect(input.inputValue()).resolves.toBe(option);
	}

	test('a resource far down the list: Usage Trigger → Create shows its own fields', async () => {
		const close = page.getByTestId('ndv-close-button');
		if (await close.isVisible()) await close.click();
		await openPackage('canvas-handle-plus');
		await itemNamed('Send a message').click();
		const resourceNames = resources
			.map((resource) => resource.name)
			.sort((a, b) => a.localeCompare(b));
		// Far down: among the last few of the 38 resources.
		expect(resourceNames.indexOf('Usage Trigger')).toBeGreaterThan(resourceNames.length - 5);
		await choose('resource', 'Usage Trigger');
		await choose('operation', 'Create');
		expect(await parameterLabels()).toEqual(
			expect.arrayContaining([
				'Resource',
				'Operation',
				'Callback URL',
				'Trigger Value',
				'Usage Category',
				'Additional Fields',
				'Options',
			]),
		);
		await screenshot('usage-trigger-create.png');
		await page.getByTestId('ndv-close-button').click();
	});

	test("an example opens with From in its own mode and number, not n8n's grey placeholder", async () => {
		// The example sends from the demo number, typed in: From's typed mode.
		const typed = messageSendProperty('from').modes!.find((mode) => mode.type === 'string')!;

		const examplePage = await context.newPage();
		await examplePage.goto(`/workflow/${EXAMPLE.id}`);
		await examplePage
			.locator(`[data-test-id="canvas-node"][data-node-name="${EXAMPLE.node}"]`)
			.dblclick();
		const fromField = examplePage.getByTestId('resource-locator-from');
		await fromField.waitFor();
		expect(await modeShown(examplePage, 'from')).toEqual({
			label: modeLabel(typed),
			cutOff: false,
		});
		await expect(fromField.getByTestId('rlc-input').inputValue()).resolves.toBe(DEMO_NUMBER);
		await examplePage.close();
	});
});
