/**
 * Which tab the weapp's own tab bar (custom-tab-bar/) shows as selected. WeChat gives every tab
 * page its own instance of that bar, and none of them knows which page it sits on: each tab page
 * names itself here when it shows (hooks/useTabPage.ts), and a tap on the bar names its target
 * before switching, so the bar on the page being opened is right from its first frame.
 */
let selected = '';
const listeners = new Set<() => void>();

export const selectedTab = {
  get: (): string => selected,
  set(path: string): void {
    if (path === selected) return;
    selected = path;
    listeners.forEach((l) => l());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
