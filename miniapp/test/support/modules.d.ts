// Modules the Taro shim (taro.ts) loads that ship no types of their own.
declare module 'react-dom';
declare module '@tarojs/plugin-framework-react/dist/runtime' {
  export function createH5NativeComponentConfig(component: unknown, react: unknown, reactDOM: unknown): unknown;
}
