export default definePageConfig({
  navigationBarTitleText: '我的产品',
  enablePullDownRefresh: true,
});
