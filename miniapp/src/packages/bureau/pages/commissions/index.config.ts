export default definePageConfig({
  navigationBarTitleText: '委托核查',
  enablePullDownRefresh: true,
});
