// Small files for the media tests, made here: images with sharp, and the first bytes of video
// containers (an ISO BMFF ftyp box, a WebM EBML header) followed by filler, which is all the type
// check reads.
import sharp from 'sharp';

export const sampleJpeg = (width = 640, height = 480) => sharp({ create: { width, height, channels: 3, background: '#3366aa' } }).jpeg().toBuffer();
export const samplePng = (width = 200, height = 100) => sharp({ create: { width, height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } } }).png().toBuffer();

/** An ISO BMFF file: brand `isom` is MP4, `qt  ` QuickTime. */
export const sampleIsoBmff = (brand: 'isom' | 'qt  ' = 'isom', filler = 4_000) =>
  Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from(`ftyp${brand}\0\0\x02\0${brand}iso2`, 'latin1'), Buffer.alloc(filler, 7)]);

export const sampleWebm = (filler = 4_000) =>
  Buffer.concat([
    Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 1, 0x42, 0xf7, 0x81, 1, 0x42, 0xf2, 0x81, 4, 0x42, 0xf3, 0x81, 8, 0x42, 0x82, 0x84]),
    Buffer.from('webm'),
    Buffer.from([0x42, 0x87, 0x81, 4, 0x42, 0x85, 0x81, 2]),
    Buffer.alloc(filler, 0),
  ]);

const box = (type: string, ...parts: Buffer[]) => {
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
};
const u32 = (...values: number[]) => Buffer.concat(values.map((v) => { const b = Buffer.alloc(4); b.writeUInt32BE(v); return b; }));

/** A track header (version 0): 76 bytes of times, ids, layer, volume and matrix, then width and height in 16.16. */
const tkhd = (width: number, height: number) => box('tkhd', Buffer.alloc(76), u32(width * 65536, height * 65536));

/**
 * An MP4 whose moov says: `seconds` long, an audio track (no picture) then a video track of
 * width x height; then an mdat of filler. Enough for the type check and the size reader.
 */
export function sampleMp4WithSize(width: number, height: number, seconds: number, brand: 'isom' | 'qt  ' = 'isom') {
  const ftyp = box('ftyp', Buffer.from(`${brand}\0\0\x02\0${brand}iso2`, 'latin1'));
  const mvhd = box('mvhd', Buffer.from([0, 0, 0, 0]), u32(0, 0, 1000, seconds * 1000), Buffer.alloc(80));
  const moov = box('moov', mvhd, box('trak', tkhd(0, 0)), box('trak', tkhd(width, height)));
  return Buffer.concat([ftyp, moov, box('mdat', Buffer.alloc(2_000, 9))]);
}
