import sharp from 'sharp';

/** A 1200×800 JPEG as a phone takes it: camera EXIF, GPS position, and "rotate 90°" orientation. */
export function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 200, g: 60, b: 40 } } })
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 18/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '120/1 35/1 0/1' },
    })
    .toBuffer();
}
