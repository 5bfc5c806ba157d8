export default definePageConfig({
  navigationBarTitleText: '报告已提交',
});
