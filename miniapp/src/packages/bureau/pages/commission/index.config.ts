export default definePageConfig({
  navigationBarTitleText: '委托事项',
  enablePullDownRefresh: true,
});
