export default definePageConfig({
  navigationBarTitleText: '送达与协查',
  enablePullDownRefresh: true,
});
