import type { TwilioEmulator } from '../../emulator';

/**
 * Fails when any request the emulator received broke Twilio's OpenAPI description; every test file
 * that talks to the emulator calls it after its tests.
 */
export function expectContractClean(emulator: TwilioEmulator): void {
	expect(emulator.contractViolations).toEqual([]);
}
