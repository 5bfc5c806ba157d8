import Taro from '@tarojs/taro';

/** Asks before a form's draft (text and uploaded photos kept on the phone) is thrown away. */
export async function confirmClearDraft(): Promise<boolean> {
  const answer = await Taro.showModal({
    title: '清空草稿？',
    content: '已填写的内容和已上传的照片将从本机清除。',
    confirmText: '清空',
    confirmColor: '#D93025',
  });
  return answer.confirm;
}
