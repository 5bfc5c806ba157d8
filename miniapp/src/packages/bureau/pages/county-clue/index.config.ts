export default definePageConfig({
  navigationBarTitleText: '线索详情',
  enablePullDownRefresh: true,
});
