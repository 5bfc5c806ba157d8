export default definePageConfig({
  navigationBarTitleText: '县级市场监管局工作台',
  enablePullDownRefresh: false,
});
