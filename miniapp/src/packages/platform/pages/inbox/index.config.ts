export default definePageConfig({
  navigationBarTitleText: '电商平台工作台',
  enablePullDownRefresh: true,
});
