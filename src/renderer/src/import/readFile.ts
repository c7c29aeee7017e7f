import { MAX_IMPORT_BYTES } from '../../../shared/import/wizard';

/**
 * Reads the file the user picked as base64, the way it travels to main over either transport.
 * Refused here, before anything is sent, when it is over the engine's 50 MB limit.
 */
export function readAsBase64(file: File): Promise<string> {
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    return Promise.reject(new Error(`文件「${file.name}」大小为 ${mb} MB，超过 50 MB 的导入上限；请删去无关的工作表或拆分成几个文件后再导入`));
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`无法读取文件「${file.name}」：文件可能已被移动或正被其他程序占用，请关闭后重试`));
    reader.readAsDataURL(file);
  });
}
