export default definePageConfig({
  navigationBarTitleText: '申请召回',
});
