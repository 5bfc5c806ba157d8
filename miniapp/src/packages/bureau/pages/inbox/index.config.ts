export default definePageConfig({
  navigationBarTitleText: '市场监管局工作台',
  enablePullDownRefresh: true,
});
