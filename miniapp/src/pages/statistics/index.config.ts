export default definePageConfig({
  navigationBarTitleText: '召回统计',
});
