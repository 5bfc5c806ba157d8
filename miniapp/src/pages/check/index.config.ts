export default definePageConfig({
  navigationBarTitleText: '查一查我的产品',
});
