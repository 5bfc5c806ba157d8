export default definePageConfig({
  navigationBarTitleText: '查询结果',
  onReachBottomDistance: 120,
});
