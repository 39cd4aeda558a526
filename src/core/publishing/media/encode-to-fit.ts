// Encodes decoded pixels in the chosen type under a byte budget: lossy types step their quality
// down, PNG tries lossless then a reduced palette, and when no setting fits the image shrinks by a
// quarter and tries again, down to a size still worth posting.
import sharp from 'sharp';
import type { OutputType } from './image-types.ts';
import type { Sharp } from 'sharp';

export type Pixels = { data: Buffer; info: { width: number; height: number; channels: 1 | 2 | 3 | 4 } };
export type Encoded = { data: Buffer; width: number; height: number };

const LOSSY_QUALITIES = [85, 75, 65, 55, 45, 35];
const SHRINK = 0.75;
/** Below this many pixels on the short side an image is no longer worth posting. */
export const MIN_SHORT_SIDE = 320;

function settingsFor(type: OutputType): Array<(img: Sharp) => Sharp> {
  switch (type) {
    case 'image/jpeg':
      return LOSSY_QUALITIES.map((quality) => (img) => img.jpeg({ quality, mozjpeg: true }));
    case 'image/webp':
      return LOSSY_QUALITIES.map((quality) => (img) => img.webp({ quality }));
    case 'image/png':
      return [(img) => img.png({ compressionLevel: 9 }), (img) => img.png({ compressionLevel: 9, palette: true })];
    case 'image/gif':
      return [(img) => img.gif()];
  }
}

async function encodeAt(pixels: Pixels, width: number, height: number, setting: (img: Sharp) => Sharp) {
  let img = sharp(pixels.data, { raw: pixels.info });
  if (width !== pixels.info.width) img = img.resize(width, height, { fit: 'fill' });
  return setting(img).toBuffer();
}

/** null when even the smallest acceptable size does not fit. */
export async function encodeToFit(pixels: Pixels, type: OutputType, maxBytes: number): Promise<Encoded | null> {
  const { width, height } = pixels.info;
  for (let scale = 1; ; scale *= SHRINK) {
    const w = Math.max(1, Math.round(width * scale));
    const h = Math.max(1, Math.round(height * scale));
    if (scale < 1 && Math.min(w, h) < Math.min(MIN_SHORT_SIDE, width, height)) return null;
    for (const setting of settingsFor(type)) {
      const data = await encodeAt(pixels, w, h, setting);
      if (data.length <= maxBytes) return { data, width: w, height: h };
    }
  }
}
