export default definePageConfig({
  navigationBarTitleText: '开通生产者账号',
});
