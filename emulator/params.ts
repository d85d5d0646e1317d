/** Form or query parameters as Twilio reads them: a key may repeat (`MediaUrl=a&MediaUrl=b`). */
export class Params {
	private readonly entries: Array<[string, string]>;

	constructor(source: string) {
		this.entries = [...new URLSearchParams(source)];
	}

	get(name: string): string | undefined {
		return this.entries.find(([key]) => key === name)?.[1];
	}

	getAll(name: string): string[] {
		return this.entries.filter(([key]) => key === name).map(([, value]) => value);
	}

	has(name: string): boolean {
		return this.entries.some(([key]) => key === name);
	}

	keys(): string[] {
		return [...new Set(this.entries.map(([key]) => key))];
	}

	/** Each key with all its values, as recorded for tests. */
	toRecord(): Record<string, string[]> {
		const record: Record<string, string[]> = {};
		for (const [key, value] of this.entries) (record[key] ??= []).push(value);
		return record;
	}
}
