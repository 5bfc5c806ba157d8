import { ImageRun, Paragraph } from 'docx';

/** Embedded photos: scaled to at most 12 cm wide, aspect ratio kept. */
const MAX_WIDTH_PX = Math.floor((12 / 2.54) * 96); // docx sizes images in 96-dpi pixels

interface Size {
  width: number;
  height: number;
  type: 'jpg' | 'png';
}

/** Reads the pixel size from a JPEG SOF marker or a PNG IHDR chunk; null if neither. */
export function imageSize(b: Buffer): Size | null {
  if (b.length > 24 && b.readUInt32BE(0) === 0x89504e47) {
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), type: 'png' };
  }
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1];
    const len = b.readUInt16BE(i + 2);
    const sof = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (sof) return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7), type: 'jpg' };
    i += 2 + len;
  }
  return null;
}

/** One paragraph per image; data that is not a readable JPEG/PNG is skipped. */
export function imageParagraphs(images: Buffer[]): Paragraph[] {
  return images.flatMap((data) => {
    const size = imageSize(data);
    if (!size || !size.width || !size.height) return [];
    const scale = Math.min(1, MAX_WIDTH_PX / size.width);
    const transformation = { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
    return [new Paragraph({ children: [new ImageRun({ type: size.type, data, transformation })] })];
  });
}
