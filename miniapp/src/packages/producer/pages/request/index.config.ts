export default definePageConfig({
  navigationBarTitleText: '召回申请详情',
  enablePullDownRefresh: true,
});
