export default definePageConfig({
  navigationBarTitleText: '召回处置',
  enablePullDownRefresh: true,
});
