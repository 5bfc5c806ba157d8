export default definePageConfig({
  navigationBarTitleText: '技术会商与风险评估',
});
