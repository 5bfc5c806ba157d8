export default definePageConfig({
  navigationBarTitleText: '导入国外召回',
});
