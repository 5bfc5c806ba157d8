export default definePageConfig({
  navigationBarTitleText: '召回查询',
});
