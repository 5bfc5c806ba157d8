export default definePageConfig({
  navigationBarTitleText: '报告事故或伤害',
});
