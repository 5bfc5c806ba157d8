/**
 * The person holding the phone, and what the phone shows them outside the page: toasts, modals,
 * the privacy sheet's outcome, subscribe prompts, tab badges. Tests script the person's choices
 * (the photo they pick, the code they scan) here and read what they saw.
 */
export interface Modal {
  api: 'showModal' | 'showActionSheet';
  title?: string;
  content?: string;
  items?: string[];
  answer(choice: { confirm?: boolean; index?: number; content?: string }): void;
}

export class Phone {
  /** Photos the person will pick at the next chooseMedia, as real files on disk. */
  readonly media: string[][] = [];
  readonly scans: Array<{ result: string; scanType: string }> = [];
  readonly messageFiles: Array<Array<{ path: string; name: string }>> = [];
  /** WeChat's 字体大小 (设置 › 通用 › 字体大小), in px: 17 is the iOS standard, 23.8 关怀模式. */
  fontSizeSetting = 17;
  /** What the person taps in a subscribe prompt. */
  subscribeAnswer: 'accept' | 'reject' = 'accept';

  readonly toasts: Array<{ title: string; icon?: string; route?: string }> = [];
  readonly modals: Modal[] = [];
  readonly subscribePrompts: Array<{ tmplIds: string[]; route?: string }> = [];
  /** What setTabBarBadge drew on WeChat's own tab bar, by tab index (not shown under a custom tab bar). */
  readonly badges = new Map<number, string>();
  readonly titles = new Map<string, string>();
  readonly documents: Array<{ fileType?: string; size: number; magic: string }> = [];
  readonly clipboard: string[] = [];
  readonly calls: string[] = [];

  /** Consent given through the agree button of the app's privacy popup. */
  privacyAgreed = false;
  /** Ids of agreePrivacyAuthorization buttons the person really tapped. */
  readonly agreeButtonsTapped = new Set<string>();

  pendingModal(): Modal | undefined {
    return this.modals[0];
  }

  lastToast(): string | undefined {
    return this.toasts[this.toasts.length - 1]?.title;
  }
}
