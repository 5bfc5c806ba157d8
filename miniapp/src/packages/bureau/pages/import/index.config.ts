export default definePageConfig({
  navigationBarTitleText: '导入召回信息',
});
