export default definePageConfig({
  navigationBarTitleText: '电商平台',
});
