export default definePageConfig({
  navigationBarTitleText: '事故报告详情',
  enablePullDownRefresh: true,
});
