import fs from 'fs';
import os from 'os';
import path from 'path';

/** The phone's file system as the app sees it: `wxfile://tmp_…` paths backed by a temp directory. */
export class TempFiles {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-files-'));
  private seq = 0;

  /** Copies a real file in, as the camera or album would hand it over. */
  add(source: string, ext = path.extname(source)): { path: string; size: number } {
    const name = `tmp_${++this.seq}${ext}`;
    fs.copyFileSync(source, path.join(this.dir, name));
    return { path: `wxfile://${name}`, size: fs.statSync(path.join(this.dir, name)).size };
  }

  write(bytes: Buffer, ext: string): string {
    const name = `tmp_${++this.seq}${ext}`;
    fs.writeFileSync(path.join(this.dir, name), bytes);
    return `wxfile://${name}`;
  }

  read(wxPath: string): Buffer {
    const local = this.local(wxPath);
    if (!local || !fs.existsSync(local)) throw new Error(`no such file ${wxPath}`);
    return fs.readFileSync(local);
  }

  local(wxPath: string): string | undefined {
    const m = /^wxfile:\/\/([\w.-]+)$/.exec(wxPath);
    return m ? path.join(this.dir, m[1]) : undefined;
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
