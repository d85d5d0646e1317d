import type { ResourceDeclaration } from '../../../declarations/complete';
import { choice } from '../../../fields/basic';
import { sidLocator } from '../../../fields/locator';
import { sid } from '../../../fields/sid';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import type { FieldDefinition } from '../../../engine/types';
import { STUDIO_V2 } from '../digest';
import { studioFlows } from '../lists';

const flowSid = (): FieldDefinition =>
	sidLocator({
		name: 'flowSid',
		displayName: 'Flow SID',
		twilioName: 'FlowSid',
		lookup: studioFlows,
		location: 'path',
		required: true,
		description: 'The Studio flow (FW…)',
	});

/**
 * An execution by its SID, in the path as `Sid` (the execution's own operations) or `ExecutionSid`
 * (its context and steps).
 */
const executionSid = (twilioName: 'Sid' | 'ExecutionSid'): FieldDefinition =>
	sid({
		name: 'executionSid',
		displayName: 'Execution SID',
		twilioName,
		kind: 'studioExecution',
		location: 'path',
		required: true,
		description:
			'The execution, FN followed by 32 hexadecimal characters, from the output of Start',
	});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const studioFlowResource = (): ResourceDeclaration => ({
	value: 'studioFlow',
	name: 'Studio Flow',
	description: 'Flows built in Twilio Studio',
	parameters: {
		Sid: {
			displayName: 'Flow SID',
			description: 'The Studio flow, FW followed by 32 hexadecimal characters',
		},
		FriendlyName: { description: 'The name of the flow, as the Studio editor shows it' },
		Status: {
			description:
				'Draft saves the definition as a draft revision; Published makes it the one that runs',
		},
		Definition: {
			description:
				'The flow as Studio exports it (Export to JSON in the editor): {"description": "…", "states": […], "initial_state": "Trigger", "flags": {…}}',
		},
		CommitMessage: { description: 'What the new revision changes, kept with it' },
		TestUsers: {
			description: 'Who may test the draft: phone numbers or client identities, replacing the list',
		},
		Revision: {
			description: 'A revision number, or LatestPublished or LatestRevision',
			placeholder: 'LatestPublished',
		},
	},
	operations: [
		...standardOperations(
			{ one: 'a studio flow', many: 'studio flows' },
			collectionOf(STUDIO_V2, STUDIO_V2.ListFlow),
			{
				create: {
					description:
						'Create a flow from its definition (JSON, as Studio exports it); the output holds its SID (FW…) and revision 1',
				},
				get: {
					description: 'Get one Studio flow by its SID, with its definition, status and revision',
				},
				getMany: {
					description: "List the account's Studio flows: all of them, or up to a limit",
				},
				update: {
					description:
						'Save a new revision of a flow: its definition, name or status (Published makes it the one that runs)',
				},
			},
		),
		{
			value: 'validate',
			name: 'Validate',
			action: 'Validate a studio flow definition',
			description:
				'Check a definition as Create would, without creating anything: the output says whether it is valid',
			spec: STUDIO_V2.UpdateFlowValidate,
		},
		{
			value: 'getRevisions',
			name: 'Get Revisions',
			action: 'Get the revisions of a studio flow',
			description: "List a flow's revisions: all of them, or up to a limit",
			spec: STUDIO_V2.ListFlowRevision,
		},
		{
			value: 'getRevision',
			name: 'Get Revision',
			action: 'Get a revision of a studio flow',
			description: 'Get one revision of a flow, with its definition: by number, or the latest',
			spec: STUDIO_V2.FetchFlowRevision,
		},
		{
			value: 'getTestUsers',
			name: 'Get Test Users',
			action: 'Get the test users of a studio flow',
			description: "Get who may test the flow's draft revision",
			spec: STUDIO_V2.FetchTestUser,
		},
		{
			value: 'setTestUsers',
			name: 'Set Test Users',
			action: 'Set the test users of a studio flow',
			description: "Set who may test the flow's draft revision, replacing the list",
			spec: STUDIO_V2.UpdateTestUser,
		},
	],
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const studioExecutionResource = (): ResourceDeclaration => ({
	value: 'studioExecution',
	name: 'Studio Execution',
	description: 'Runs of a Studio flow for one contact',
	parameters: {
		To: {
			description:
				'The contact the flow runs for, as a phone number in E.164 format (the flow reads it as {{contact.channel.address}})',
			placeholder: '+14155552671',
		},
		From: {
			description:
				'The Twilio number the flow sends messages and calls from, or for SMS a Messaging Service SID (the flow reads it as {{flow.channel.address}})',
			placeholder: '+15005550006',
		},
		Parameters: {
			description:
				'Data for the flow as a JSON object, which its widgets read as {{flow.data.…}}: {"name": "Ana"}',
		},
		status: {
			description: 'Only executions in this state',
			filter: 'Only executions that are active, or ended',
		},
		DateCreatedFrom: { description: 'Only executions started at or after this time' },
		DateCreatedTo: { description: 'Only executions started before this time' },
	},
	operations: [
		{
			value: 'start',
			name: 'Start',
			action: 'Start a studio flow for a contact',
			description:
				'Run a Studio flow for a contact, with your data as Parameters; the output is the execution, with its SID (FN…)',
			spec: STUDIO_V2.CreateExecution,
			fields: [flowSid()],
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a flow execution',
			description: 'Get one execution of a flow: its contact, status (active or ended) and dates',
			spec: STUDIO_V2.FetchExecution,
			fields: [flowSid(), executionSid('Sid')],
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many flow executions',
			description: "List a flow's executions, newest first: all of them, or up to a limit",
			spec: STUDIO_V2.ListExecution,
			fields: [flowSid()],
		},
		{
			value: 'getContext',
			name: 'Get Context',
			action: 'Get the context of a flow execution',
			description:
				"Get what an execution holds: the flow's data, the contact, the trigger and what each widget returned",
			spec: STUDIO_V2.FetchExecutionContext,
			fields: [flowSid(), executionSid('ExecutionSid')],
		},
		{
			value: 'end',
			name: 'End',
			action: 'End a flow execution',
			description:
				'End an active execution: the flow stops for that contact, who can then start it again',
			spec: STUDIO_V2.UpdateExecution,
			fields: [
				flowSid(),
				executionSid('Sid'),
				choice({
					name: 'status',
					displayName: 'Status',
					twilioName: 'Status',
					required: true,
					choices: [{ name: 'Ended', value: 'ended' }],
					description: 'Ended is the only state an execution can be set to',
				}),
			],
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a flow execution',
			description: 'Delete an execution and its steps from Twilio',
			spec: STUDIO_V2.DeleteExecution,
			fields: [flowSid(), executionSid('Sid')],
		},
	],
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const studioExecutionStepResource = (): ResourceDeclaration => ({
	value: 'studioExecutionStep',
	name: 'Studio Execution Step',
	description: 'The steps of a Studio execution: each move from one widget to the next',
	parameters: {
		Sid: {
			displayName: 'Step SID',
			description: 'The step, FT followed by 32 hexadecimal characters',
		},
	},
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a step of a flow execution',
			description: 'Get one step of an execution: the widget it left, the one it went to, and when',
			spec: STUDIO_V2.FetchExecutionStep,
			fields: [flowSid(), executionSid('ExecutionSid')],
		},
		{
			value: 'getContext',
			name: 'Get Context',
			action: 'Get the context of a step of a flow execution',
			description:
				'Get what the execution held when the step happened: the widgets run so far and their results',
			spec: STUDIO_V2.FetchExecutionStepContext,
			fields: [flowSid(), executionSid('ExecutionSid')],
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many steps of a flow execution',
			description: "List an execution's steps: all of them, or up to a limit",
			spec: STUDIO_V2.ListExecutionStep,
			fields: [flowSid(), executionSid('ExecutionSid')],
		},
	],
});
