export default definePageConfig({
  navigationBarTitleText: '请求技术机构',
});
