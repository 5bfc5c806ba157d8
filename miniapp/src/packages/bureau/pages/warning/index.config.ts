export default definePageConfig({
  navigationBarTitleText: '发布消费提示',
});
