// A PDF written by hand: one page per entry, lines of Helvetica at given places, and the Info
// fields a producer fills in (Title, Author). Small enough to read; pdf.js reads it as any other.
export interface TinyLine {
  text: string;
  x: number;
  y: number;
  size?: number;
}

const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

export function tinyPdf(pages: TinyLine[][], info: Record<string, string> = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) + 2; // object numbers start at 3: 1 is the catalog, 2 the page tree
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids = pages.map((lines) => {
    const content = lines.map((l) => `BT /F1 ${l.size ?? 11} Tf ${l.x} ${l.y} Td (${escape(l.text)}) Tj ET`).join('\n');
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    return add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`);
  });
  const fields = Object.entries(info).map(([k, v]) => `/${k} (${escape(v)})`).join(' ');
  const infoRef = add(`<< ${fields} >>`);
  const all = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`, ...objects];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  all.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${all.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${all.length + 1} /Root 1 0 R /Info ${infoRef} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
