import { describe, expect, it } from 'vitest';
import { decodeXdr, encodeXdr, withXdrPath, type XdrCodec, type XdrReader, type XdrWriter } from '../../src/index.js';

// The worked example of RFC 4506 section 7: the file "sillyprog", an EXEC file run by "lisp",
// owned by "john", holding the six bytes "(quit)".
//   enum filekind { TEXT = 0, DATA = 1, EXEC = 2 };
//   union filetype switch (filekind kind) {
//     case TEXT: void; case DATA: string creator<MAXNAMELEN>; case EXEC: string interpretor<MAXNAMELEN>;
//   };
//   struct file { string filename<MAXNAMELEN>; filetype type; string owner<MAXUSERNAME>; opaque data<MAXFILELEN>; };

const MAXUSERNAME = 32;
const MAXFILELEN = 65535;
const MAXNAMELEN = 255;

type FileType = { kind: 0 } | { kind: 1; creator: string } | { kind: 2; interpretor: string };
interface File {
  filename: string;
  type: FileType;
  owner: string;
  data: Uint8Array;
}

const isFileKind = (value: number): boolean => value >= 0 && value <= 2;

function encodeFileType(w: XdrWriter, v: FileType): void {
  w.writeEnum(v.kind, isFileKind, 'filekind');
  if (v.kind === 1) w.writeString(v.creator, MAXNAMELEN);
  if (v.kind === 2) w.writeString(v.interpretor, MAXNAMELEN);
}

function decodeFileType(r: XdrReader): FileType {
  const kind = r.readEnum(isFileKind, 'filekind');
  if (kind === 1) return { kind, creator: r.readString(MAXNAMELEN) };
  if (kind === 2) return { kind, interpretor: r.readString(MAXNAMELEN) };
  return { kind: 0 };
}

const FileCodec: XdrCodec<File> = {
  name: 'file',
  encode(w, v) {
    let field = 'filename';
    try {
      w.writeString(v.filename, MAXNAMELEN);
      field = 'type';
      encodeFileType(w, v.type);
      field = 'owner';
      w.writeString(v.owner, MAXUSERNAME);
      field = 'data';
      w.writeOpaque(v.data, MAXFILELEN);
    } catch (error) {
      throw withXdrPath(error, 'file', field, w.length);
    }
  },
  decode(r) {
    let field = 'filename';
    try {
      const filename = r.readString(MAXNAMELEN);
      field = 'type';
      const type = decodeFileType(r);
      field = 'owner';
      const owner = r.readString(MAXUSERNAME);
      field = 'data';
      const data = r.readOpaque(MAXFILELEN);
      return { filename, type, owner, data };
    } catch (error) {
      throw withXdrPath(error, 'file', field, r.offset);
    }
  },
};

// The hex dump of RFC 4506 section 7, line by line.
const RFC_BYTES = [
  [0x00, 0x00, 0x00, 0x09], // length of filename = 9
  [0x73, 0x69, 0x6c, 0x6c], // "sill"
  [0x79, 0x70, 0x72, 0x6f], // "ypro"
  [0x67, 0x00, 0x00, 0x00], // "g" and 3 zero bytes of fill
  [0x00, 0x00, 0x00, 0x02], // filekind is EXEC = 2
  [0x00, 0x00, 0x00, 0x04], // length of interpretor = 4
  [0x6c, 0x69, 0x73, 0x70], // "lisp"
  [0x00, 0x00, 0x00, 0x04], // length of owner = 4
  [0x6a, 0x6f, 0x68, 0x6e], // "john"
  [0x00, 0x00, 0x00, 0x06], // length of file data = 6
  [0x28, 0x71, 0x75, 0x69], // "(qui"
  [0x74, 0x29, 0x00, 0x00], // "t)" and 2 zero bytes of fill
].flat();

const SILLYPROG: File = {
  filename: 'sillyprog',
  type: { kind: 2, interpretor: 'lisp' },
  owner: 'john',
  data: new TextEncoder().encode('(quit)'),
};

describe('RFC 4506 section 7 example', () => {
  it('encodes to the 48 bytes of the RFC', () => {
    expect(Array.from(encodeXdr(FileCodec, SILLYPROG))).toEqual(RFC_BYTES);
  });

  it('decodes the 48 bytes of the RFC', () => {
    expect(decodeXdr(FileCodec, new Uint8Array(RFC_BYTES))).toEqual(SILLYPROG);
  });

  it('names the failing field when the owner is too long', () => {
    expect(() => encodeXdr(FileCodec, { ...SILLYPROG, owner: 'j'.repeat(33) })).toThrow(
      'file.owner: string length 33 exceeds its maximum 32 (at byte 28)',
    );
  });
});
