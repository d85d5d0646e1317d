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

	/**
	 * Adds a record under its SID, or another key for records without one (a participant's call SID).
	 */
	add(uri: string, record: TwilioRecord, key = String(record.sid)): void {
		const collection = this.collection(uri);
		collection.records.push(record);
		collection.bySid.set(key, record);
	}

	remove(uri: string, sid: string): boolean {
		const record = this.collection(uri).bySid.get(sid);
		return record ? this.removeRecord(uri, record) : false;
	}

	/** Removes a record found some other way, e.g. a participant found by its label. */
	removeRecord(uri: string, record: TwilioRecord): boolean {
		const collection = this.collection(uri);
		const index = collection.records.indexOf(record);
		if (index < 0) return false;
		collection.records.splice(index, 1);
		for (const [key, stored] of collection.bySid)
			if (stored === record) collection.bySid.delete(key);
		return true;
	}

	clear(): void {
		this.collections.clear();
	}
}
