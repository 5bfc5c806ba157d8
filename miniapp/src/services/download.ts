import Taro from '@tarojs/taro';
import { isWeapp } from '../utils/env';
import { ApiError, toastError } from './errors';
import { fullUrl } from './http';
import { tokenStore } from './storage';

/**
 * Opens a signed download link (`/api/documents/12.docx?exp=&sig=`, `/api/cases/3/dossier.zip?…`).
 * The signature is the authorisation, so no header is sent. Browser: the file is downloaded.
 * WeChat: a DOCX is downloaded and opened with the system viewer; a ZIP cannot be opened on the
 * phone, so its link is copied for a computer's browser.
 */
export async function openSignedFile(path: string, kind: 'docx' | 'xlsx' | 'pdf' | 'zip'): Promise<void> {
  const link = fullUrl(path);
  if (!isWeapp()) {
    const a = document.createElement('a');
    a.href = link;
    a.rel = 'noopener';
    a.setAttribute('download', '');
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    return;
  }
  if (kind === 'zip') {
    const answer = await Taro.showModal({
      title: '请在电脑浏览器下载',
      content: '电子案卷是 ZIP 压缩包，手机上无法打开。复制下载链接后，请在电脑浏览器中打开（链接有效期有限）。',
      confirmText: '复制链接',
      confirmColor: '#1B5BBF',
    });
    if (answer.confirm) await Taro.setClipboardData({ data: link });
    return;
  }
  void Taro.showLoading({ title: '正在下载', mask: true });
  try {
    const res = await Taro.downloadFile({ url: link });
    if (res.statusCode !== 200)
      throw new ApiError(res.statusCode, 'DOWNLOAD', '下载失败，链接可能已过期，请刷新后重试');
    Taro.hideLoading();
    await Taro.openDocument({ filePath: res.tempFilePath, fileType: kind, showMenu: true });
  } catch (err) {
    Taro.hideLoading();
    toastError(err instanceof ApiError ? err : new ApiError(0, 'DOWNLOAD', '下载失败，请检查网络后重试'));
  }
}

/**
 * Downloads a file only a signed-in staff member may have (statistics exports) with the session's
 * token. Browser: fetched, then saved under `name`. WeChat: downloaded and opened with the system viewer.
 */
export async function openStaffFile(path: string, fileType: 'docx' | 'xlsx' | 'zip', name: string): Promise<void> {
  const header = { Authorization: `Bearer ${tokenStore.getToken() ?? ''}` };
  try {
    if (!isWeapp()) {
      const res = await fetch(fullUrl(path), { headers: header });
      if (!res.ok) throw new ApiError(res.status, 'DOWNLOAD', '下载失败，请稍后重试');
      const a = document.createElement('a');
      a.href = URL.createObjectURL(await res.blob());
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      return;
    }
    if (fileType === 'zip') {
      // A ZIP cannot be opened on the phone, and this link needs the session: the computer's workspace has it.
      await Taro.showModal({
        title: '请在电脑上下载',
        content: 'ZIP 压缩包在手机上无法打开，请在电脑浏览器登录工作台后下载。',
        showCancel: false,
        confirmColor: '#1B5BBF',
      });
      return;
    }
    void Taro.showLoading({ title: '正在下载', mask: true });
    const res = await Taro.downloadFile({ url: fullUrl(path), header });
    Taro.hideLoading();
    if (res.statusCode !== 200) throw new ApiError(res.statusCode, 'DOWNLOAD', '下载失败，请稍后重试');
    await Taro.openDocument({ filePath: res.tempFilePath, fileType, showMenu: true });
  } catch (err) {
    if (isWeapp()) Taro.hideLoading();
    toastError(err instanceof ApiError ? err : new ApiError(0, 'DOWNLOAD', '下载失败，请检查网络后重试'));
  }
}
