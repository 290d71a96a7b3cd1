/**
 * One square PNG image in an ICO file, the form of ICO that every browser since Windows Vista's
 * reads: a 6-byte header, one 16-byte directory entry, then the PNG as it is. So small a
 * container needs no library (Microsoft's "Icons" reference, ICONDIR and ICONDIRENTRY).
 */
export function icoFile(png: Buffer, size: number): Buffer {
  if (size < 1 || size > 256) throw new Error(`an ICO image is 1 to 256 pixels square, not ${size}`);
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // an icon, not a cursor
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size === 256 ? 0 : size, 6); // width; 0 means 256
  header.writeUInt8(size === 256 ? 0 : size, 7); // height
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9); // reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14); // the image's bytes
  header.writeUInt32LE(header.length, 18); // where they start
  return Buffer.concat([header, png]);
}
