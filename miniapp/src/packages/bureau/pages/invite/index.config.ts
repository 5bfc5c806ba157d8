export default definePageConfig({
  navigationBarTitleText: '生产者邀请码',
});
