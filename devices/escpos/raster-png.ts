// Turns a decoded GS v 0 image back into a PNG, so a test (or a person) can look at exactly
// the dots the printer received.
import { PNG } from 'pngjs';
import { unpackBits, type ImageItem } from './transcript.js';

export function rasterToPng(item: ImageItem): Buffer {
  const png = new PNG({ width: item.width, height: item.height });
  const dots = unpackBits(item);
  for (let i = 0; i < dots.length; i++) {
    const v = dots[i] ? 0 : 255;
    png.data[i * 4] = v;
    png.data[i * 4 + 1] = v;
    png.data[i * 4 + 2] = v;
    png.data[i * 4 + 3] = 255;
  }
  return PNG.sync.write(png);
}
