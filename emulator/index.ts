export { DEMO, seedDemo } from './demo';
export { seedMessages } from './seed';
export { seedRecord } from './products/api/seedRecord';
export {
	TwilioEmulator,
	DEFAULT_ACCOUNT,
	type EmulatorOptions,
	type ReceivedRequest,
} from './server';
export type { Fault, FaultKind, FaultPlan } from './faults';
export type { EmulatedAccount, SeededRecord, SeedTarget, TwilioRecord } from './types';
export {
	seedProductRecord,
	expireVerification,
	openSnaUrl,
	seedStudioFlow,
	setContentApproval,
	verificationCode,
	type ApprovalStatus,
	type FlowSeed,
} from './products';
