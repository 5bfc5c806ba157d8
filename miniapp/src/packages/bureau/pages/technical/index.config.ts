export default definePageConfig({
  navigationBarTitleText: '召回技术机构工作台',
  enablePullDownRefresh: true,
});
