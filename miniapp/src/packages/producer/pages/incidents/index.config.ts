export default definePageConfig({
  navigationBarTitleText: '事故报告',
  enablePullDownRefresh: true,
});
