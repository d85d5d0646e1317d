import type { TwilioRecord } from './types';

interface Collection {
	/** In creation order. */
	records: TwilioRecord[];
	bySid: Map<string, TwilioRecord>;
}

/** Records by collection URI (`/2010-04-01/Accounts/AC…/Messages`), in creation order. */
export class RecordStore {
	private readonly collections = new Map<string, Collection>();

	private collection(uri: string): Collection {
		let collection = this.collections.get(uri);
		if (!collection) {
			collection = { records: [], bySid: new Map() };
			this.collections.set(uri, collection);
		}
		return collection;
	}

	list(uri: string): TwilioRecord[] {
		return this.collection(uri).records;
	}

	get(uri: string, sid: string): TwilioRecord | undefined {
		return this.collection(uri).bySid.get(sid);
	}

	add(uri: string, record: TwilioRecord): void {
		const collection = this.collection(uri);
		collection.records.push(record);
		collection.bySid.set(String(record.sid), record);
	}

	remove(uri: string, sid: string): boolean {
		const collection = this.collection(uri);
		const record = collection.bySid.get(sid);
		if (!record) return false;
		collection.bySid.delete(sid);
		collection.records.splice(collection.records.indexOf(record), 1);
		return true;
	}

	clear(): void {
		this.collections.clear();
	}
}
