import { getCurrentInstance } from '@tarojs/taro';

const SHADE = 'taro_page_shade';

/**
 * Taro's h5 router hides (shades) the page below a new one 350 ms after the new one opens, and
 * shows it again 300 ms after a back. A back within 50 ms of opening lets that late shade land on
 * the page just shown again: a blank screen, the address saying where the person is (router's
 * MultiPageHandler.hide and show; noted at stop 24). Whenever the page in front gets the shade,
 * it is taken off: only pages behind are ever shaded.
 */
export function keepFrontPageShown(): void {
  const front = () => getCurrentInstance().page?.path;
  const unshade = new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target as HTMLElement;
      if (el.classList.contains(SHADE) && el.id === front()) el.classList.remove(SHADE);
    }
  });
  const watch = (el: Element) => unshade.observe(el, { attributes: true, attributeFilter: ['class'] });
  document.querySelectorAll('.taro_page').forEach(watch);
  // Pages are added as they open: each is watched for its class only, not its content.
  new MutationObserver((records) => {
    for (const r of records)
      r.addedNodes.forEach((n) => n instanceof HTMLElement && n.classList.contains('taro_page') && watch(n));
  }).observe(document.body, { childList: true, subtree: true });
}
