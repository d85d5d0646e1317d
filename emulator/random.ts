/** A small seeded generator (mulberry32): the same seed gives the same faults in every run. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
	};
}

const HEX = '0123456789abcdef';

/** A fresh SID with the given prefix: two letters and 32 hexadecimal characters. */
export function newSid(prefix: string, random: () => number = Math.random): string {
	let sid = prefix;
	for (let index = 0; index < 32; index++) sid += HEX[Math.floor(random() * 16)];
	return sid;
}

/** Twilio writes dates in RFC 2822 form: `Mon, 16 Aug 2010 03:45:01 +0000`. */
export function rfc2822(date: Date): string {
	return date.toUTCString().replace('GMT', '+0000');
}
