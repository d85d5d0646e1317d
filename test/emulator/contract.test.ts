import { ContractChecker } from '../../emulator/contract';
import { Params } from '../../emulator/params';

let checker: ContractChecker;

beforeAll(async () => {
	checker = await ContractChecker.load();
});

const account = '/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef';
const form = (body: string) => new Params(body);
const none = new Params('');

describe('the contract check accepts what Twilio accepts', () => {
	test.each([
		[
			'POST',
			`${account}/Messages.json`,
			none,
			form(
				'To=%2B14155551234&Body=Hi&MediaUrl=https%3A%2F%2Fa.example%2F1&MediaUrl=https%3A%2F%2Fa.example%2F2',
			),
			'CreateMessage',
		],
		[
			'GET',
			`${account}/Calls.json`,
			new Params('Status=in-progress&StartTime%3E=2026-01-01T00%3A00%3A00Z&PageSize=1000'),
			undefined,
			'ListCall',
		],
		[
			'DELETE',
			`${account}/Recordings/RE0123456789abcdef0123456789abcdef.json`,
			none,
			undefined,
			'DeleteRecording',
		],
	])('%s %s', (method, path, query, body, operationId) => {
		expect(checker.check(method, path, query, body)).toEqual({
			operationId,
			outsideSpec: false,
			errors: [],
		});
	});
});

describe('the contract check refuses what the spec does not allow', () => {
	test.each([
		[
			'a missing required parameter',
			'POST',
			`${account}/Messages.json`,
			none,
			form('Body=Hi'),
			/must have required property 'To'/,
		],
		[
			'an undeclared body parameter',
			'POST',
			`${account}/Messages.json`,
			none,
			form('To=%2B1&IfMachine=Continue'),
			/body parameter "IfMachine" is not declared/,
		],
		[
			'an undeclared query parameter',
			'GET',
			`${account}/Messages.json`,
			new Params('DateSentAfter=2026-01-01'),
			undefined,
			/query parameter "DateSentAfter" is not declared/,
		],
		[
			'a value outside an enumeration',
			'GET',
			`${account}/Calls.json`,
			new Params('Status=busy-ish'),
			undefined,
			/Status must be equal to one of the allowed values/,
		],
		[
			'a date where the spec wants a date-time',
			'POST',
			`${account}/Messages.json`,
			none,
			form('To=%2B14155551234&Body=Hi&SendAt=2026-01-01'),
			/SendAt must match format "date-time"/,
		],
		[
			'a time that is not a date where a filter takes a day or an instant',
			'GET',
			`${account}/Calls.json`,
			new Params('StartTime%3C=tomorrow'),
			undefined,
			/StartTime< must match format "date"/,
		],
		[
			'a page size over 1,000',
			'GET',
			`${account}/Calls.json`,
			new Params('PageSize=1001'),
			undefined,
			/PageSize must be <= 1000/,
		],
		[
			'an integer parameter given text',
			'POST',
			`${account}/Calls.json`,
			none,
			form('To=%2B1&From=%2B2&Url=https%3A%2F%2Fx.example&Timeout=soon'),
			/Timeout must be integer/,
		],
		[
			'a malformed account SID',
			'GET',
			'/2010-04-01/Accounts/AC123/Messages.json',
			none,
			undefined,
			/AccountSid must match pattern/,
		],
		[
			'a path the API does not have',
			'GET',
			`${account}/SMS/Messages.json`,
			none,
			undefined,
			/is not an operation of the spec/,
		],
		[
			'a method the path does not have',
			'DELETE',
			`${account}/Messages.json`,
			none,
			undefined,
			/is not an operation of the spec/,
		],
	])('%s', (_, method, path, query, body, message) => {
		const { errors } = checker.check(method, path, query, body);
		expect(errors.join('\n')).toMatch(message);
	});
});

test('a date filter whose description asks for YYYY-MM-DD takes a day as well as an instant', () => {
	for (const value of ['2026-01-01', '2026-01-01T12:00:00Z']) {
		expect(
			checker.check('GET', `${account}/Calls.json`, new Params(`StartTime%3C=${value}`), undefined)
				.errors,
		).toEqual([]);
	}
});

describe('answers', () => {
	test('a record with a field missing or added is reported', () => {
		const errors = checker.checkResponse('FetchAccount', 200, {
			sid: 'AC0123456789abcdef0123456789abcdef',
			extra: 1,
		});
		expect(errors).toEqual(
			expect.arrayContaining(['answer lacks "friendly_name"', 'answer has undeclared "extra"']),
		);
	});
});
