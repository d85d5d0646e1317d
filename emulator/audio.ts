import { createHash } from 'node:crypto';

/** Audio the emulator serves for recordings and transcripts: short, and the same for a SID. */

/** Bytes that differ for every SID and are the same every time. */
function bytesOf(sid: string, length: number): Buffer {
	const chunks: Buffer[] = [];
	for (let block = 0; chunks.length * 32 < length; block++) {
		chunks.push(createHash('sha256').update(`${sid}:${block}`).digest());
	}
	return Buffer.concat(chunks).subarray(0, length);
}

/** A tenth of a second of 8 kHz 16-bit mono PCM in a RIFF/WAVE container. */
function wav(sid: string): Buffer {
	const samples = bytesOf(sid, 1600);
	const header = Buffer.alloc(44);
	header.write('RIFF', 0, 'ascii');
	header.writeUInt32LE(36 + samples.length, 4);
	header.write('WAVEfmt ', 8, 'ascii');
	header.writeUInt32LE(16, 16);
	header.writeUInt16LE(1, 20);
	header.writeUInt16LE(1, 22);
	header.writeUInt32LE(8000, 24);
	header.writeUInt32LE(16000, 28);
	header.writeUInt16LE(2, 32);
	header.writeUInt16LE(16, 34);
	header.write('data', 36, 'ascii');
	header.writeUInt32LE(samples.length, 40);
	return Buffer.concat([header, samples]);
}

/** An ID3v2 tag and one MPEG-1 Layer III frame (128 kbit/s, 44.1 kHz). */
function mp3(sid: string): Buffer {
	const tag = Buffer.from([0x49, 0x44, 0x33, 0x04, 0, 0, 0, 0, 0, 0]);
	const frameHeader = Buffer.from([0xff, 0xfb, 0x90, 0x64]);
	return Buffer.concat([tag, frameHeader, bytesOf(sid, 413)]);
}

/** The audio the emulator serves for a recording, by extension. */
export function recordingAudio(sid: string, format: 'mp3' | 'wav'): Buffer {
	return format === 'mp3' ? mp3(sid) : wav(sid);
}
