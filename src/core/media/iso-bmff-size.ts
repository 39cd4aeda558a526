// The picture size and duration of an MP4 or QuickTime file, read from its `moov` box: the movie
// header (mvhd: timescale and duration) and the first video track's header (tkhd: width and height
// as 16.16 fixed-point numbers). Only box headers are read; nothing is decoded. Anything unexpected
// gives nulls, never an error: the upload is still a valid video, just without these facts.
export type VideoFacts = { width: number | null; height: number | null; durationSeconds: number | null };

const none: VideoFacts = { width: null, height: null, durationSeconds: null };

type Box = { type: string; start: number; end: number };

function* boxes(data: Buffer, from: number, to: number): Generator<Box> {
  let at = from;
  while (at + 8 <= to) {
    let size = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    let header = 8;
    if (size === 1) {
      if (at + 16 > to) return;
      size = Number(data.readBigUInt64BE(at + 8));
      header = 16;
    } else if (size === 0) size = to - at;
    if (size < header || at + size > to) return;
    yield { type, start: at + header, end: at + size };
    at += size;
  }
}

const child = (data: Buffer, parent: Box, type: string) => [...boxes(data, parent.start, parent.end)].find((b) => b.type === type);

function movieDuration(data: Buffer, mvhd: Box): number | null {
  const version = data.readUInt8(mvhd.start);
  const need = version === 1 ? 32 : 20;
  if (mvhd.start + need > mvhd.end) return null;
  const timescale = data.readUInt32BE(mvhd.start + (version === 1 ? 20 : 12));
  const duration = version === 1 ? Number(data.readBigUInt64BE(mvhd.start + 24)) : data.readUInt32BE(mvhd.start + 16);
  return timescale > 0 ? Math.round((duration / timescale) * 1000) / 1000 : null;
}

function trackSize(data: Buffer, tkhd: Box): { width: number; height: number } | null {
  const version = data.readUInt8(tkhd.start);
  // After the version-dependent times come the matrix and then width and height (16.16 each).
  const offset = tkhd.start + (version === 1 ? 88 : 76);
  if (offset + 8 > tkhd.end) return null;
  const width = Math.round(data.readUInt32BE(offset) / 65536);
  const height = Math.round(data.readUInt32BE(offset + 4) / 65536);
  return width > 0 && height > 0 ? { width, height } : null;
}

export function readIsoBmffFacts(data: Buffer): VideoFacts {
  try {
    const moov = [...boxes(data, 0, data.length)].find((b) => b.type === 'moov');
    if (!moov) return none;
    const mvhd = child(data, moov, 'mvhd');
    const durationSeconds = mvhd ? movieDuration(data, mvhd) : null;
    for (const trak of boxes(data, moov.start, moov.end)) {
      if (trak.type !== 'trak') continue;
      const tkhd = child(data, trak, 'tkhd');
      const size = tkhd && trackSize(data, tkhd);
      if (size) return { ...size, durationSeconds };
    }
    return { ...none, durationSeconds };
  } catch {
    return none;
  }
}
