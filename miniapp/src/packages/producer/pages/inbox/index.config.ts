export default definePageConfig({
  navigationBarTitleText: '生产者工作台',
  enablePullDownRefresh: true,
});
