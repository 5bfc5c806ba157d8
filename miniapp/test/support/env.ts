// What the Taro build defines for app and runtime code, set before any module loads: the app's
// own constants (config/index.ts) and the runtime flags Taro's webpack plugins define.
const defined: Record<string, unknown> = {
  API_BASE: '',
  ENABLE_INNER_HTML: true,
  ENABLE_ADJACENT_HTML: false,
  ENABLE_SIZE_APIS: false,
  ENABLE_TEMPLATE_CONTENT: false,
  ENABLE_CLONE_NODE: false,
  ENABLE_CONTAINS: false,
  ENABLE_MUTATION_OBSERVER: false,
  DEPRECATED_ADAPTER_COMPONENT: false,
};
Object.assign(globalThis, defined);
process.env.TARO_ENV = 'h5';
process.env.SUPPORT_TARO_POLYFILL = 'disabled';
process.env.SUPPORT_DINGTALK_NAVIGATE = 'disabled';
