import JSZip from 'jszip';

/** One file of the e-dossier (电子案卷): a relative path with '/' separators. */
export interface DossierEntry {
  path: string;
  data: Buffer | string;
}

function checkPath(path: string): string {
  const p = path.replace(/\\/g, '/');
  if (!p || p.startsWith('/') || p.split('/').some((s) => s === '..' || s === '')) {
    throw new Error(`invalid dossier path: ${path}`);
  }
  return p;
}

/** Zips the entries (DEFLATE), in path order so the same case always gives the same listing. */
export async function buildDossierZip(entries: DossierEntry[]): Promise<Buffer> {
  const zip = new JSZip();
  const sorted = entries
    .map((e) => ({ ...e, path: checkPath(e.path) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const e of sorted) zip.file(e.path, e.data, { createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
