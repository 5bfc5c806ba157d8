export default definePageConfig({
  navigationBarTitleText: '立案',
});
