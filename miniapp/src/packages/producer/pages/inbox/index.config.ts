export default definePageConfig({
  navigationBarTitleText: '生产者工作台',
});
