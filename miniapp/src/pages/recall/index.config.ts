export default definePageConfig({
  navigationBarTitleText: '召回详情',
  enableShareAppMessage: true,
});
