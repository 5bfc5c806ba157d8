export default definePageConfig({
  navigationBarTitleText: '召回申请',
  enablePullDownRefresh: true,
});
