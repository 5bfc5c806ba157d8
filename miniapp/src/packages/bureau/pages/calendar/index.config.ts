export default definePageConfig({
  navigationBarTitleText: '法定节假日安排',
});
