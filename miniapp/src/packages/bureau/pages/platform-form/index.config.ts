export default definePageConfig({
  navigationBarTitleText: '登记电商平台',
});
