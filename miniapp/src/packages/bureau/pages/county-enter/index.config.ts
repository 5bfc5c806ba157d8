export default definePageConfig({ navigationBarTitleText: '录入线索' });
