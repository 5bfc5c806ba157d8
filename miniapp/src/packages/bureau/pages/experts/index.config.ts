export default definePageConfig({
  navigationBarTitleText: '专家库',
});
