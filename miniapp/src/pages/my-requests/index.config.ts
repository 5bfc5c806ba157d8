export default definePageConfig({
  navigationBarTitleText: '我的召回申请',
  enablePullDownRefresh: true,
});
